/**
 * Unwraps `thrown` (a chain of nunjucks TemplateErrors linked by `cause`).
 * `describe(name)` gives the path and source of a template for the debug info.
 *
 * @example
 * ```ts
 * try { template.render(ctx); } catch (e) { throw explainRenderError(e, "page.html", describe); }
 * ```
 */
export declare function explainRenderError(thrown: unknown, renderedName: string, describe: (name: string) => {
    path: string;
    source: string | undefined;
}): unknown;
