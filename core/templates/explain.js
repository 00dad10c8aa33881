/**
 * Turns what nunjucks throws while rendering into the error the App should
 * see: our own TemplateDoesNotExist / TemplateSyntaxError as they are, and any
 * other error as the original object (so an `Http404` raised by a global stays
 * an `Http404`) with a `templateDebug` property saying where, as Django
 * attaches `template_debug`.
 *
 * @module
 */
import { TemplateDoesNotExist, TemplateSyntaxError } from "./errors.js";
import { templateInStack } from "./compile.js";
/**
 * Unwraps `thrown` (a chain of nunjucks TemplateErrors linked by `cause`).
 * `describe(name)` gives the path and source of a template for the debug info.
 *
 * @example
 * ```ts
 * try { template.render(ctx); } catch (e) { throw explainRenderError(e, "page.html", describe); }
 * ```
 */
export function explainRenderError(thrown, renderedName, describe) {
    const chain = [];
    for (let e = thrown; typeof e === "object" && e !== null && chain.length < 50; e = e.cause) {
        chain.push(e);
    }
    const own = chain.find((e) => e instanceof TemplateDoesNotExist || e instanceof TemplateSyntaxError);
    if (own !== undefined)
        return own;
    if (chain.length === 0)
        return thrown;
    // The innermost TemplateError was made by the compiled function where the
    // error happened, so its position is the right one. nunjucks wraps again
    // when that position is line 0, which is why we look for the innermost.
    let position;
    for (const e of chain)
        if (typeof e.lineno === "number")
            position = e;
    const original = chain[chain.length - 1];
    // The template whose code ran is the innermost template frame in the stack
    // of the original error (or of nunjucks' wrapper when nunjucks made it).
    const name = templateInStack(original.stack) ??
        chain.map((e) => templateInStack(e.stack)).find((n) => n !== undefined) ??
        renderedName;
    // Runtime positions from nunjucks are 0-based (parse-time ones are 1-based).
    const toOneBased = (n) => (typeof n === "number" ? n + 1 : undefined);
    const where = {
        name,
        ...describe(name),
        line: toOneBased(position?.lineno),
        column: toOneBased(position?.colno),
    };
    if (!("templateDebug" in original)) {
        Object.defineProperty(original, "templateDebug", { value: where, enumerable: false, configurable: true, writable: true });
    }
    return original;
}
