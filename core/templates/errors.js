/**
 * Errors raised by the template engine. They carry structured fields (template
 * name, line, column) so the DEBUG page can point at the exact spot without
 * parsing messages.
 *
 * @module
 */
/**
 * Thrown when a template cannot be found by any loader, either when a view
 * renders it or when another template pulls it in with `{% extends %}`,
 * `{% include %}` or `{% import %}`.
 *
 * @example
 * ```ts
 * try {
 *   engine.render("idnex.html", {});
 * } catch (error) {
 *   if (error instanceof TemplateDoesNotExist) console.log(error.available);
 * }
 * ```
 */
export class TemplateDoesNotExist extends Error {
    name = "TemplateDoesNotExist";
    /** The name that was asked for. */
    templateName;
    /** Every template the engine knows about, sorted. */
    available;
    /** The template whose `extends`/`include`/`import` asked for it, if any. */
    referencedBy;
    constructor(templateName, available, referencedBy) {
        const where = referencedBy === undefined ? "" : ` (referenced by "${referencedBy}")`;
        const list = available.length > 0 ? available.join(", ") : "(none)";
        super(`Template "${templateName}" does not exist${where}. Available: ${list}`);
        this.templateName = templateName;
        this.available = available;
        this.referencedBy = referencedBy;
    }
}
/**
 * Thrown when a template's source cannot be compiled: a typo in a tag, an
 * unclosed block, an unknown filter. `line` and `column` are 1-based; they are
 * `undefined` when nunjucks does not report a position (unknown filters).
 *
 * @example
 * ```ts
 * try {
 *   engine.render("broken.html", {});
 * } catch (error) {
 *   if (error instanceof TemplateSyntaxError) {
 *     console.log(`${error.templateName}:${error.line}:${error.column}`);
 *   }
 * }
 * ```
 */
export class TemplateSyntaxError extends Error {
    name = "TemplateSyntaxError";
    /** The template whose source is broken. */
    templateName;
    /** Where the source came from (a file path for TEMPLATE_DIRS), else the name. */
    path;
    /** 1-based line of the problem, when known. */
    line;
    /** 1-based column of the problem, when known. */
    column;
    /** The message nunjucks gave, without our prefix. */
    reason;
    /** The template's source, so an error page can show the lines around `line`. */
    source;
    constructor(options) {
        const { templateName, line, column, reason } = options;
        const position = line === undefined ? "" : column === undefined ? `, line ${line}` : `, line ${line}, column ${column}`;
        super(`Syntax error in template "${templateName}"${position}: ${reason}`);
        this.templateName = templateName;
        this.path = options.path ?? templateName;
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.source = options.source;
    }
}
/**
 * Reads the template position attached to an error thrown by
 * `TemplateEngine.render`, if any.
 *
 * @example
 * ```ts
 * try { engine.render("page.html", {}); }
 * catch (error) { const where = templateDebugOf(error); }
 * ```
 */
export function templateDebugOf(error) {
    if (typeof error !== "object" || error === null)
        return undefined;
    return error.templateDebug;
}
