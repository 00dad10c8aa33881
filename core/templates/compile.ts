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
import { TemplateSyntaxError } from "./errors.ts";
// nunjucks' runtime, made faster before any template runs (see the module).
import "./runtime-speed.ts";

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

interface CompilerModule {
  compile(src: string, asyncFilters: string[], extensions: object[], name: string, opts: object): string;
}
const { compiler } = nunjucks as unknown as { compiler: CompilerModule };

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
export function compileTemplate(env: CompileEnvironment, name: string, source: string, path: string): NunjucksTemplate {
  let code: string;
  try {
    code = compiler.compile(source, env.asyncFilters, env.extensionsList, name, env.opts);
  } catch (error) {
    const e = error as { message?: string; lineno?: number; colno?: number };
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
  const props: unknown = new Function(`${code}\n//# sourceURL=${TEMPLATE_URL_PREFIX}${encodeURIComponent(name)}`)();
  const Template = nunjucks.Template as unknown as new (src: object, env: object, path: string, eager: boolean) => NunjucksTemplate;
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
export function templateInStack(stack: string | undefined): string | undefined {
  if (typeof stack !== "string") return undefined;
  const match = /onefile-template:([^\s:()@]+)/.exec(stack);
  return match ? decodeURIComponent(match[1]!) : undefined;
}
