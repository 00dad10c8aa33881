import { parseCookie, parseSetCookie, stringifySetCookie } from "cookie";
/**
 * Parses a `Cookie` request header into `request.COOKIES`. Malformed pairs are skipped and
 * badly percent-encoded values are kept as sent, so a stray cookie never breaks a request.
 */
export function parseCookieHeader(header) {
    const out = {};
    if (!header)
        return out;
    const parsed = parseCookie(header, { decode: safeDecode });
    for (const key in parsed) {
        const value = parsed[key];
        if (value !== undefined)
            out[key] = value;
    }
    return out;
}
/** Serialises one `Set-Cookie` header value; `path` defaults to "/" as in Django. */
export function serializeSetCookie(name, value, options = {}) {
    const cookie = {
        name,
        value,
        path: options.path ?? "/",
        domain: options.domain,
        expires: options.expires,
        maxAge: options.maxAge,
        secure: options.secure,
        httpOnly: options.httpOnly,
        partitioned: options.partitioned,
        priority: options.priority,
        sameSite: options.sameSite ? options.sameSite.toLowerCase() : undefined,
    };
    if (options.maxAge !== undefined && !options.expires) {
        // Django sends Expires along with Max-Age for old clients; so do we.
        cookie.expires = new Date(Date.now() + options.maxAge * 1000);
    }
    return stringifySetCookie(cookie);
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
export function parseSetCookieHeader(header, now = Date.now()) {
    const cookie = parseSetCookie(header, { decode: keepEncoded });
    if (!cookie.name)
        return null;
    let value = cookie.value ?? "";
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.slice(1, -1);
    const expires = cookie.maxAge !== undefined ? now + cookie.maxAge * 1000 : cookie.expires?.getTime();
    return { name: cookie.name, value, expires, expired: expires !== undefined && expires <= now };
}
/**
 * A cookie value as the app will read it from `request.COOKIES`: percent-decoded, or kept as
 * sent when its encoding is broken.
 *
 * @example
 * ```ts
 * decodeCookieValue("a%3Ab"); // "a:b"
 * ```
 */
export function decodeCookieValue(value) {
    return safeDecode(value);
}
function keepEncoded(value) {
    return value;
}
function safeDecode(value) {
    if (value.indexOf("%") === -1)
        return value;
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
