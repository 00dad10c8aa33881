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
  const Template = nunjucks.Template as unknown as new (src: object, env: object, path: string, eager: boolean) => NunjucksTemplate;
  return new Template({ type: "code", obj: compiledCode(env, name, source, path) }, env, name, true);
}

/**
 * Compiled template code, by what decides it: the compile options, the tags and async filters
 * the environment knows, the name and the source. Apps are made anew often with the same
 * templates (every edit in the sandbox, every Check of a tutorial, every test that builds an
 * app, and the admin's templates in each of them), and compiling is the slow part: this way a
 * process compiles each template once. The code's functions take the environment, context and
 * frame as arguments, so one compiled object serves every environment.
 */
const compiled = new Map<string, object>();
const MAX_COMPILED = 2_000;

function compiledCode(env: CompileEnvironment, name: string, source: string, path: string): object {
  const key = `${JSON.stringify(env.opts)}\0${env.asyncFilters.join(",")}\0${extensionNames(env)}\0${name}\0${source}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const props = compileCode(env, name, source, path);
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(key, props);
  return props;
}

/** What the parser knows of the environment's tags: their names and the tags they take. */
function extensionNames(env: CompileEnvironment): string {
  return env.extensionsList.map((extension) => `${extension.constructor.name}:${((extension as { tags?: string[] }).tags ?? []).join("|")}`).join(",");
}

function compileCode(env: CompileEnvironment, name: string, source: string, path: string): object {
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
  return new Function(`${code}\n//# sourceURL=${TEMPLATE_URL_PREFIX}${encodeURIComponent(name)}`)() as object;
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
