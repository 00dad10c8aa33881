/** The parts of a nunjucks Template the engine relies on (nunjucks/src/environment.js). */
export interface NunjucksTemplate {
    render(context: object): string;
}
/** The parts of nunjucks' Environment the compiler reads. */
export interface CompileEnvironment {
    asyncFilters: string[];
    extensionsList: object[];
    opts: object;
}
/** Stack frames of template code carry this URL prefix followed by the encoded name. */
export declare const TEMPLATE_URL_PREFIX = "onefile-template:";
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
export declare function compileTemplate(env: CompileEnvironment, name: string, source: string, path: string): NunjucksTemplate;
/**
 * Reads the innermost template named in an error's stack, if any.
 *
 * @example
 * ```ts
 * templateInStack("TypeError: x\n    at b_body (onefile-template:base.html:12:3)"); // "base.html"
 * ```
 */
export declare function templateInStack(stack: string | undefined): string | undefined;
