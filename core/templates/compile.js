/**
 * Compiles one template source into a nunjucks Template, the way nunjucks'
 * own `Template._compile` does, with one addition: the generated code gets a
 * `//# sourceURL=` naming the template, so stack frames of code running
 * inside a template say which template it is (used to point errors at the
 * right template, even inside a parent's blocks).
 *
 * @module
 */
import nunjucks from "nunjucks";
import { TemplateSyntaxError } from "./errors.js";
const { compiler } = nunjucks;
/** Stack frames of template code carry this URL prefix followed by the encoded name. */
export const TEMPLATE_URL_PREFIX = "onefile-template:";
/**
 * Compiles `source` for `env`. Throws {@link TemplateSyntaxError} with the
 * template name, 1-based line and column on a parse error.
 *
 * @example
 * ```ts
 * const template = compileTemplate(env, "a.html", "Hi {{ x }}", "a.html");
 * template.render({ x: 1 }); // "Hi 1"
 * ```
 */
export function compileTemplate(env, name, source, path) {
    let code;
    try {
        code = compiler.compile(source, env.asyncFilters, env.extensionsList, name, env.opts);
    }
    catch (error) {
        const e = error;
        throw new TemplateSyntaxError({
            templateName: name,
            path,
            // nunjucks reports parse positions 1-based, and 0 when it has none.
            line: e.lineno || undefined,
            column: e.colno || undefined,
            reason: String(e.message ?? error),
            source,
        });
    }
    // nunjucks itself compiles with new Function; the sourceURL only names it.
    const props = new Function(`${code}\n//# sourceURL=${TEMPLATE_URL_PREFIX}${encodeURIComponent(name)}`)();
    const Template = nunjucks.Template;
    return new Template({ type: "code", obj: props }, env, name, true);
}
/**
 * Reads the innermost template named in an error's stack, if any.
 *
 * @example
 * ```ts
 * templateInStack("TypeError: x\n    at b_body (onefile-template:base.html:12:3)"); // "base.html"
 * ```
 */
export function templateInStack(stack) {
    if (typeof stack !== "string")
        return undefined;
    const match = /onefile-template:([^\s:()@]+)/.exec(stack);
    return match ? decodeURIComponent(match[1]) : undefined;
}
