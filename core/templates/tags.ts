/**
 * Django's `{% url %}` and `{% csrf_token %}` tags as nunjucks extensions. A
 * fresh instance is added to every engine, so no state is shared between apps.
 *
 * @module
 */
import nunjucks from "nunjucks";
import { escapeHtml } from "../util/escape-html.ts";

/**
 * The slice of nunjucks' undocumented parser API the tags use (see
 * nunjucks/src/parser.js); typed here so the rest stays checked.
 */
interface Token {
  type: string;
  value: string;
  lineno: number;
  colno: number;
}
interface Parser {
  nextToken(): Token | null;
  peekToken(): Token | null;
  skip(type: string): boolean;
  skipValue(type: string, value: string): boolean;
  parseExpression(): { lineno: number; colno: number };
  advanceAfterBlockEnd(name?: string): Token;
  fail(message: string, lineno?: number, colno?: number): never;
}
type NodeCtor = new (...args: unknown[]) => { addChild(child: unknown): void; children: unknown[] };
interface Nodes {
  NodeList: NodeCtor;
  KeywordArgs: NodeCtor;
  Pair: NodeCtor;
  CallExtension: new (ext: object, prop: string, args: unknown, contentArgs?: unknown) => unknown;
}
interface Lexer {
  TOKEN_BLOCK_END: string;
  TOKEN_COMMA: string;
  TOKEN_OPERATOR: string;
}
/** The render-time context nunjucks passes as the first argument of `run`. */
interface RenderContext {
  lookup(name: string): unknown;
  env: { globals: Record<string, unknown> };
}

/** The function behind both `url()` and `{% url %}`: the App binds it to its reverse. */
export type UrlFunction = (name: string, params?: Record<string, unknown> | unknown[]) => string;

/**
 * `{% url "name" arg1 arg2 %}` (positional) and `{% url "name" id=3 %}`
 * (keyword) call the engine's `url` global with an array or an object. Commas
 * between arguments are optional, so nunjucks habits work too. The result is
 * autoescaped like Django's tag output (an `&` in a query string becomes
 * `&amp;`, which browsers read back as `&`).
 *
 * @example
 * ```ts
 * env.addExtension("url", new UrlTag());
 * // {% url "article" 2024 "hello" %} → url("article", [2024, "hello"])
 * // {% url "hello" id=7 %}           → url("hello", { id: 7 })
 * ```
 */
export class UrlTag {
  readonly tags = ["url"];

  parse(parser: Parser, nodes: Nodes, lexer: Lexer): unknown {
    const tag = parser.nextToken()!;
    const args = new nodes.NodeList(tag.lineno, tag.colno);
    const kwargs = new nodes.KeywordArgs(tag.lineno, tag.colno);
    for (;;) {
      const next = parser.peekToken();
      if (next === null) parser.fail("unclosed {% url %} tag", tag.lineno, tag.colno);
      if (next.type === lexer.TOKEN_BLOCK_END) break;
      parser.skip(lexer.TOKEN_COMMA);
      const arg = parser.parseExpression();
      if (parser.skipValue(lexer.TOKEN_OPERATOR, "=")) {
        kwargs.addChild(new nodes.Pair(arg.lineno, arg.colno, arg, parser.parseExpression()));
      } else {
        args.addChild(arg);
      }
    }
    if (args.children.length === 0) {
      parser.fail('{% url %} needs a URL name, e.g. {% url "index" %}', tag.lineno, tag.colno);
    }
    // nunjucks passes keyword arguments to `run` as one trailing object.
    if (kwargs.children.length > 0) args.addChild(kwargs);
    parser.advanceAfterBlockEnd(tag.value);
    return new nodes.CallExtension(this, "run", args);
  }

  run(context: RenderContext, ...args: unknown[]): string {
    let keywords: Record<string, unknown> | undefined;
    const last = args[args.length - 1];
    if (typeof last === "object" && last !== null && (last as { __keywords?: boolean }).__keywords === true) {
      args.pop();
      const { __keywords: _marker, ...rest } = last as Record<string, unknown>;
      keywords = rest;
    }
    const [name, ...positional] = args;
    if (typeof name !== "string") {
      throw new TypeError(`{% url %} expects a URL name string first, got ${JSON.stringify(name)}`);
    }
    if (keywords !== undefined && positional.length > 0) {
      throw new TypeError(`{% url "${name}" %} takes positional or keyword arguments, not both (as in Django)`);
    }
    const url = context.env.globals["url"];
    if (typeof url !== "function") {
      throw new TypeError(`{% url "${name}" %} needs a url() template global; this engine has none`);
    }
    const params = keywords ?? (positional.length > 0 ? positional : undefined);
    return (url as UrlFunction)(name, params);
  }
}


/**
 * `{% csrf_token %}` prints Django's hidden form field with the `csrf_token`
 * found in the render context, or nothing when there is none (Django prints
 * nothing too when no token is available). The output is marked safe so
 * autoescape does not escape the markup.
 *
 * @example
 * ```ts
 * env.addExtension("csrf_token", new CsrfTokenTag());
 * // render(..., { csrf_token: "abc" }) of "{% csrf_token %}" →
 * // <input type="hidden" name="csrfmiddlewaretoken" value="abc">
 * ```
 */
export class CsrfTokenTag {
  readonly tags = ["csrf_token"];

  parse(parser: Parser, nodes: Nodes): unknown {
    const tag = parser.nextToken()!;
    parser.advanceAfterBlockEnd(tag.value);
    return new nodes.CallExtension(this, "run", new nodes.NodeList(tag.lineno, tag.colno));
  }

  run(context: RenderContext): string | nunjucks.runtime.SafeString {
    const token = context.lookup("csrf_token");
    if (token === undefined || token === null || token === "" || token === "NOTPROVIDED") return "";
    return new nunjucks.runtime.SafeString(
      `<input type="hidden" name="csrfmiddlewaretoken" value="${escapeHtml(String(token))}">`,
    );
  }
}
