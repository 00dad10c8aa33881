/**
 * Django's `{% url %}` and `{% csrf_token %}` tags as nunjucks extensions. A
 * fresh instance is added to every engine, so no state is shared between apps.
 *
 * @module
 */
import nunjucks from "nunjucks";
import { escapeHtml } from "../util/escape-html.js";
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
    tags = ["url"];
    parse(parser, nodes, lexer) {
        const tag = parser.nextToken();
        const args = new nodes.NodeList(tag.lineno, tag.colno);
        const kwargs = new nodes.KeywordArgs(tag.lineno, tag.colno);
        for (;;) {
            const next = parser.peekToken();
            if (next === null)
                parser.fail("unclosed {% url %} tag", tag.lineno, tag.colno);
            if (next.type === lexer.TOKEN_BLOCK_END)
                break;
            parser.skip(lexer.TOKEN_COMMA);
            const arg = parser.parseExpression();
            if (parser.skipValue(lexer.TOKEN_OPERATOR, "=")) {
                kwargs.addChild(new nodes.Pair(arg.lineno, arg.colno, arg, parser.parseExpression()));
            }
            else {
                args.addChild(arg);
            }
        }
        if (args.children.length === 0) {
            parser.fail('{% url %} needs a URL name, e.g. {% url "index" %}', tag.lineno, tag.colno);
        }
        // nunjucks passes keyword arguments to `run` as one trailing object.
        if (kwargs.children.length > 0)
            args.addChild(kwargs);
        parser.advanceAfterBlockEnd(tag.value);
        return new nodes.CallExtension(this, "run", args);
    }
    run(context, ...args) {
        let keywords;
        const last = args[args.length - 1];
        if (typeof last === "object" && last !== null && last.__keywords === true) {
            args.pop();
            const { __keywords: _marker, ...rest } = last;
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
        return url(name, params);
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
    tags = ["csrf_token"];
    parse(parser, nodes) {
        const tag = parser.nextToken();
        parser.advanceAfterBlockEnd(tag.value);
        return new nodes.CallExtension(this, "run", new nodes.NodeList(tag.lineno, tag.colno));
    }
    run(context) {
        const token = context.lookup("csrf_token");
        if (token === undefined || token === null || token === "" || token === "NOTPROVIDED")
            return "";
        return new nunjucks.runtime.SafeString(`<input type="hidden" name="csrfmiddlewaretoken" value="${escapeHtml(String(token))}">`);
    }
}
