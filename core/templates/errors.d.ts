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
export declare class TemplateDoesNotExist extends Error {
    name: string;
    /** The name that was asked for. */
    readonly templateName: string;
    /** Every template the engine knows about, sorted. */
    readonly available: string[];
    /** The template whose `extends`/`include`/`import` asked for it, if any. */
    readonly referencedBy: string | undefined;
    constructor(templateName: string, available: string[], referencedBy?: string);
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
export declare class TemplateSyntaxError extends Error {
    name: string;
    /** The template whose source is broken. */
    readonly templateName: string;
    /** Where the source came from (a file path for TEMPLATE_DIRS), else the name. */
    readonly path: string;
    /** 1-based line of the problem, when known. */
    readonly line: number | undefined;
    /** 1-based column of the problem, when known. */
    readonly column: number | undefined;
    /** The message nunjucks gave, without our prefix. */
    readonly reason: string;
    /** The template's source, so an error page can show the lines around `line`. */
    readonly source: string | undefined;
    constructor(options: {
        templateName: string;
        path?: string;
        line?: number;
        column?: number;
        reason: string;
        source?: string | undefined;
    });
}
/**
 * Where an error raised while rendering happened. The engine attaches it to the
 * error it rethrows as `error.templateDebug`, as Django attaches
 * `template_debug`, so the DEBUG page can show the template line while the
 * error keeps its own class (an `Http404` from a global stays an `Http404`).
 */
export interface TemplateDebugInfo {
    /** Template whose code was running. */
    name: string;
    /** Source path of that template (file path or name). */
    path: string;
    /** 1-based line, when known. */
    line: number | undefined;
    /** 1-based column, when known. */
    column: number | undefined;
    /** That template's source, so an error page can show the lines around `line`. */
    source: string | undefined;
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
export declare function templateDebugOf(error: unknown): TemplateDebugInfo | undefined;
