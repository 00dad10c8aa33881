/**
 * `expect`, the assertions of in-file tests: a few matchers with Jest's names and shapes, plus
 * three for responses (Django's `assertContains`, `assertRedirects` and status checks). A failed
 * assertion throws an `AssertionFailure` that carries what it got and what it wanted as text, so
 * every host (the terminal, the sandbox's Tests panel) can show them the same way.
 */
import { dequal } from "dequal";
import { formatValue } from "../debug/format.ts";
import { collapseWhitespace, textOf } from "./html-text.ts";

/** A failed assertion: `got` and `want` are already readable text. */
export class AssertionFailure extends Error {
  override name = "AssertionFailure";
  constructor(
    message: string,
    readonly got: string,
    readonly want: string,
  ) {
    super(message);
  }
}

/** What the response matchers need from a response: the test `Client`'s responses have it. */
interface ResponseLike {
  status: number;
  content?: string;
  url?: string | null;
  headers?: Headers;
}

/** The assertions on one value. Each throws an `AssertionFailure` when it does not hold. */
export interface Matchers {
  /** Same value (`Object.is`): numbers, strings, booleans, the same object. */
  toBe(want: unknown): void;
  /** Same structure: arrays, plain objects, Maps, Sets and Dates compared deeply. */
  toEqual(want: unknown): void;
  /** A string containing a substring, or an array containing an item (`Object.is`). */
  toContain(item: unknown): void;
  /** A string matching a regular expression (or containing a string). */
  toMatch(pattern: RegExp | string): void;
  /** Any value that is true in an `if`. */
  toBeTruthy(): void;
  /** A response with this status code. */
  toHaveStatus(status: number): void;
  /** A redirect (3xx) whose Location is this URL, as Django's `assertRedirects` (without following it). */
  toRedirectTo(url: string): void;
  /** A response (or HTML string) whose visible text contains this text; tags and spacing are ignored. */
  toContainText(text: string): void;
}

/** `expect(value)`: the matchers, and `.not` for their negation. */
export interface Assertion extends Matchers {
  readonly not: Matchers;
}

/** The `expect` function's type, as tests receive it. */
export type Expect = (value: unknown) => Assertion;

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
export const expect: Expect = (value) => {
  const assertion = matchers(value, false) as Matchers & { not: Matchers };
  Object.defineProperty(assertion, "not", { value: matchers(value, true) });
  return assertion;
};

/** One matcher's verdict: whether it holds, and the got/want texts to show when it fails. */
interface Verdict {
  pass: boolean;
  got: string;
  /** The wanted value described; negation prefixes "not ". */
  want: string;
  hint?: string;
}

function matchers(value: unknown, negated: boolean): Matchers {
  const assert = (name: string, argument: string, verdict: Verdict) => {
    if (verdict.pass !== negated) return;
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
      } else if (Array.isArray(value) || value instanceof Set) {
        const pass = [...value].some((element) => Object.is(element, item));
        assert("toContain", "item", { pass, got: show(value), want: `an array containing ${show(item)}` });
      } else {
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
      if (typeof html !== "string") throw new AssertionFailure("expect(got).toContainText(text) needs a response or an HTML string.", show(value), "a response");
      const visible = textOf(html);
      const pass = visible.includes(collapseWhitespace(text));
      assert("toContainText", show(text), { pass, got: `the text ${show(excerpt(visible))}`, want: `text containing ${show(text)}` });
    },
  };
}

/** A page's text can be long; its start (where headings and messages are) is what helps. */
function excerpt(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

function show(value: unknown): string {
  return formatValue(value);
}

function asResponse(value: unknown, matcher: string): ResponseLike {
  if (typeof value === "object" && value !== null && typeof (value as ResponseLike).status === "number") return value as ResponseLike;
  throw new AssertionFailure(`expect(got).${matcher}(…) needs a response, such as what client.get() returns.`, show(value), "a response");
}

/** Location may be absolute ("http://testserver/next/"); comparing paths lets tests write "/next/". */
function sameTarget(location: string, url: string): boolean {
  if (location === url) return true;
  try {
    const base = "http://testserver";
    const a = new URL(location, base);
    const b = new URL(url, base);
    return a.host === b.host && a.pathname === b.pathname && a.search === b.search && a.hash === b.hash;
  } catch {
    return false;
  }
}

const REASONS: Record<number, string> = {
  200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found", 303: "See Other",
  304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
  401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 413: "Payload Too Large",
  500: "Internal Server Error", 503: "Service Unavailable",
};

function describeCode(status: number): string {
  return REASONS[status] ? `${status} ${REASONS[status]}` : String(status);
}

/** "302 Found → /login/", or "200 OK", so a wrong redirect is visible at a glance. */
function describeStatus(response: ResponseLike): string {
  const location = response.url ?? response.headers?.get("location");
  return location ? `${describeCode(response.status)} → ${location}` : describeCode(response.status);
}
