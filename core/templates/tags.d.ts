/**
 * Django's `{% url %}` and `{% csrf_token %}` tags as nunjucks extensions. A
 * fresh instance is added to every engine, so no state is shared between apps.
 *
 * @module
 */
import nunjucks from "nunjucks";
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
    parseExpression(): {
        lineno: number;
        colno: number;
    };
    advanceAfterBlockEnd(name?: string): Token;
    fail(message: string, lineno?: number, colno?: number): never;
}
type NodeCtor = new (...args: unknown[]) => {
    addChild(child: unknown): void;
    children: unknown[];
};
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
    env: {
        globals: Record<string, unknown>;
    };
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
export declare class UrlTag {
    readonly tags: string[];
    parse(parser: Parser, nodes: Nodes, lexer: Lexer): unknown;
    run(context: RenderContext, ...args: unknown[]): string;
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
export declare class CsrfTokenTag {
    readonly tags: string[];
    parse(parser: Parser, nodes: Nodes): unknown;
    run(context: RenderContext): string | nunjucks.runtime.SafeString;
}
export {};
