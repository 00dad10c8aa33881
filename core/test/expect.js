/**
 * `expect`, the assertions of in-file tests: a few matchers with Jest's names and shapes, plus
 * three for responses (Django's `assertContains`, `assertRedirects` and status checks). A failed
 * assertion throws an `AssertionFailure` that carries what it got and what it wanted as text, so
 * every host (the terminal, the sandbox's Tests panel) can show them the same way.
 */
import { dequal } from "dequal";
import { formatValue } from "../debug/format.js";
import { collapseWhitespace, textOf } from "./html-text.js";
/** A failed assertion: `got` and `want` are already readable text. */
export class AssertionFailure extends Error {
    got;
    want;
    name = "AssertionFailure";
    constructor(message, got, want) {
        super(message);
        this.got = got;
        this.want = want;
    }
}
/**
 * Starts an assertion about `value`.
 *
 * @example
 * ```ts
 * app.test("the index greets", async ({ client, expect }) => {
 *   const response = await client.get("/");
 *   expect(response).toHaveStatus(200);
 *   expect(response).toContainText("Hello, world");
 *   expect(response.context?.name).toBe("world");
 *   expect(await client.get("/old/")).toRedirectTo("/new/");
 *   expect([1, 2]).not.toContain(3);
 * });
 * ```
 */
export const expect = (value) => {
    const assertion = matchers(value, false);
    Object.defineProperty(assertion, "not", { value: matchers(value, true) });
    return assertion;
};
function matchers(value, negated) {
    const assert = (name, argument, verdict) => {
        if (verdict.pass !== negated)
            return;
        const call = `expect(got)${negated ? ".not" : ""}.${name}(${argument})`;
        const message = verdict.hint ? `${call}\n${verdict.hint}` : call;
        throw new AssertionFailure(message, verdict.got, negated ? `not ${verdict.want}` : verdict.want);
    };
    return {
        toBe(want) {
            const pass = Object.is(value, want);
            const lookAlike = !pass && typeof value === "object" && value !== null && dequal(value, want);
            const hint = lookAlike ? "They are equal but not the same object: use toEqual to compare contents." : undefined;
            assert("toBe", "want", { pass, got: show(value), want: show(want), ...(hint && { hint }) });
        },
        toEqual(want) {
            assert("toEqual", "want", { pass: dequal(value, want), got: show(value), want: show(want) });
        },
        toContain(item) {
            if (typeof value === "string") {
                const pass = typeof item === "string" && value.includes(item);
                assert("toContain", "item", { pass, got: show(value), want: `a string containing ${show(item)}` });
            }
            else if (Array.isArray(value) || value instanceof Set) {
                const pass = [...value].some((element) => Object.is(element, item));
                assert("toContain", "item", { pass, got: show(value), want: `an array containing ${show(item)}` });
            }
            else {
                throw new AssertionFailure("expect(got).toContain(item) needs a string or an array.", show(value), "a string or an array");
            }
        },
        toMatch(pattern) {
            const text = typeof value === "string" ? value : null;
            const pass = text !== null && (typeof pattern === "string" ? text.includes(pattern) : new RegExp(pattern.source, pattern.flags.replace("g", "")).test(text));
            const wanted = typeof pattern === "string" ? `a string containing ${show(pattern)}` : `a string matching ${pattern}`;
            assert("toMatch", "pattern", { pass, got: show(value), want: wanted });
        },
        toBeTruthy() {
            assert("toBeTruthy", "", { pass: !!value, got: show(value), want: "a truthy value" });
        },
        toHaveStatus(status) {
            const response = asResponse(value, "toHaveStatus");
            assert("toHaveStatus", String(status), { pass: response.status === status, got: describeStatus(response), want: describeCode(status) });
        },
        toRedirectTo(url) {
            const response = asResponse(value, "toRedirectTo");
            const location = response.url ?? response.headers?.get("location") ?? null;
            const pass = response.status >= 300 && response.status < 400 && location !== null && sameTarget(location, url);
            assert("toRedirectTo", show(url), { pass, got: describeStatus(response), want: `a redirect to ${url}` });
        },
        toContainText(text) {
            const html = typeof value === "string" ? value : asResponse(value, "toContainText").content;
            if (typeof html !== "string")
                throw new AssertionFailure("expect(got).toContainText(text) needs a response or an HTML string.", show(value), "a response");
            const visible = textOf(html);
            const pass = visible.includes(collapseWhitespace(text));
            assert("toContainText", show(text), { pass, got: `the text ${show(excerpt(visible))}`, want: `text containing ${show(text)}` });
        },
    };
}
/** A page's text can be long; its start (where headings and messages are) is what helps. */
function excerpt(text, max = 200) {
    return text.length <= max ? text : `${text.slice(0, max)}…`;
}
function show(value) {
    return formatValue(value);
}
function asResponse(value, matcher) {
    if (typeof value === "object" && value !== null && typeof value.status === "number")
        return value;
    throw new AssertionFailure(`expect(got).${matcher}(…) needs a response, such as what client.get() returns.`, show(value), "a response");
}
/** Location may be absolute ("http://testserver/next/"); comparing paths lets tests write "/next/". */
function sameTarget(location, url) {
    if (location === url)
        return true;
    try {
        const base = "http://testserver";
        const a = new URL(location, base);
        const b = new URL(url, base);
        return a.host === b.host && a.pathname === b.pathname && a.search === b.search && a.hash === b.hash;
    }
    catch {
        return false;
    }
}
const REASONS = {
    200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found", 303: "See Other",
    304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
    401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 413: "Payload Too Large",
    500: "Internal Server Error", 503: "Service Unavailable",
};
function describeCode(status) {
    return REASONS[status] ? `${status} ${REASONS[status]}` : String(status);
}
/** "302 Found → /login/", or "200 OK", so a wrong redirect is visible at a glance. */
function describeStatus(response) {
    const location = response.url ?? response.headers?.get("location");
    return location ? `${describeCode(response.status)} → ${location}` : describeCode(response.status);
}
