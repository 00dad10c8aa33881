/**
 * Options of `response.setCookie`, Django's `set_cookie` keyword arguments in camelCase.
 * `maxAge` is in seconds; `expires` a Date; `sameSite` "Lax" | "Strict" | "None" (any case).
 */
export interface CookieOptions {
    maxAge?: number;
    expires?: Date;
    path?: string;
    domain?: string;
    secure?: boolean;
    httpOnly?: boolean;
    sameSite?: "Lax" | "Strict" | "None" | "lax" | "strict" | "none" | false;
    partitioned?: boolean;
    priority?: "low" | "medium" | "high";
}
/**
 * Parses a `Cookie` request header into `request.COOKIES`. Malformed pairs are skipped and
 * badly percent-encoded values are kept as sent, so a stray cookie never breaks a request.
 */
export declare function parseCookieHeader(header: string | null): Record<string, string>;
/** Serialises one `Set-Cookie` header value; `path` defaults to "/" as in Django. */
export declare function serializeSetCookie(name: string, value: string, options?: CookieOptions): string;
/** One `Set-Cookie` header as a cookie jar needs it. */
export interface ParsedSetCookie {
    name: string;
    /** The value as sent (percent-encoding kept, surrounding quotes removed); see `decodeCookieValue`. */
    value: string;
    /** When it expires, in ms since the epoch; undefined for a cookie that lasts the browser session. */
    expires: number | undefined;
    /** True when the header deletes the cookie (Max-Age ≤ 0, or Expires in the past). */
    expired: boolean;
}
/**
 * Parses one `Set-Cookie` header value, for the cookie jars that play the browser: the test
 * client, the sandbox's per-project jar and the cli tests. `Max-Age` wins over `Expires`, as
 * RFC 6265 §5.3 says. Returns null for a header without a cookie name.
 *
 * @example
 * ```ts
 * parseSetCookieHeader("sessionid=abc; Max-Age=60; Path=/", 0); // { name: "sessionid", value: "abc", expires: 60000, expired: false }
 * parseSetCookieHeader("a=; Max-Age=0")?.expired;                // true
 * ```
 */
export declare function parseSetCookieHeader(header: string, now?: number): ParsedSetCookie | null;
/**
 * A cookie value as the app will read it from `request.COOKIES`: percent-decoded, or kept as
 * sent when its encoding is broken.
 *
 * @example
 * ```ts
 * decodeCookieValue("a%3Ab"); // "a:b"
 * ```
 */
export declare function decodeCookieValue(value: string): string;
