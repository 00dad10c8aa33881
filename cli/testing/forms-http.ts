/**
 * Helpers for the forms tests over real HTTP: a browser-like cookie jar on top of `fetch`, the
 * CSRF token printed into a page, and a raw-socket POST for bodies the server refuses before
 * reading them (where a full upload would end in a reset that hides the answer).
 */
import { connect } from "node:net";
import { parseSetCookieHeader } from "../../core/http/cookies.ts";

/**
 * The cookies one browser would hold for one server: `Set-Cookie` answers update it, and
 * every request sends it back. Enough for the tests (one host, path `/`); not a full RFC 6265 jar.
 *
 * @example
 * ```ts
 * const jar = new CookieJar(`http://127.0.0.1:${port}`);
 * const page = await jar.fetch("/");
 * jar.get("csrftoken"); // the CSRF secret the server just set
 * ```
 */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  /** @param origin The server's origin, e.g. `http://127.0.0.1:8000`. */
  constructor(readonly origin: string) {}

  /** A cookie's value, or undefined when the jar does not hold it. */
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Sets a cookie by hand (e.g. to tamper with one). */
  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  /** The `Cookie` header this jar sends. */
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /**
   * Fetches `path` on the origin with the jar's cookies, never following redirects (so tests
   * see the 302), and stores what the answer sets. Expired or emptied cookies leave the jar.
   */
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0 && !headers.has("cookie")) headers.set("cookie", this.header());
    const response = await fetch(new URL(path, this.origin), { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const cookie = parseSetCookieHeader(line);
      if (cookie === null) continue;
      if (cookie.expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }
}

/**
 * The token `{% csrf_token %}` printed into a page.
 *
 * @example
 * ```ts
 * const token = csrfToken(await (await jar.fetch("/")).text());
 * ```
 * @throws Error when the page has no CSRF token field.
 */
export function csrfToken(html: string): string {
  const match = /name="csrfmiddlewaretoken" value="([a-zA-Z0-9]{64})"/.exec(html);
  if (!match) throw new Error(`The page has no CSRF token field:\n${html.slice(0, 500)}`);
  return match[1]!;
}

/**
 * Sends a request head and the first `firstBytes` of its body on a new connection, then waits
 * for the status line and headers of the answer. For bodies the server refuses by their
 * announced Content-Length: it answers without reading the rest, and closes the connection.
 * Sending the whole body would make that close a TCP reset, which can discard the answer
 * before the client reads it, so the test would fail for a reason that is not the server's.
 *
 * @example
 * ```ts
 * const head = await rawRequest(port, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 9000000\r\n\r\n", body);
 * expect(head).toMatch(/^HTTP\/1\.1 413 /);
 * ```
 */
export function rawRequest(port: number, head: string, body: Buffer, firstBytes = 65_536, timeoutMs = 15_000): Promise<string> {
  return new Promise((resolve) => {
    let data = "";
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(head);
      socket.write(body.subarray(0, firstBytes));
    });
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(data);
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on("data", (chunk) => {
      data += chunk.toString("latin1");
      if (data.includes("\r\n\r\n")) finish();
    });
    socket.on("error", () => {});
    socket.on("close", finish);
  });
}
