import { parseSetCookie, stringifySetCookie, type SetCookie } from "cookie";

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
export function parseCookieHeader(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  // Django's parse_cookie: a repeated name takes the last value, a chunk without "=" is a
  // cookie with an empty name (as browsers send one set without a name), and quotes go.
  for (const chunk of header.split(";")) {
    const eq = chunk.indexOf("=");
    const key = (eq === -1 ? "" : chunk.slice(0, eq)).trim();
    let value = (eq === -1 ? chunk : chunk.slice(eq + 1)).trim();
    if (!key && !value) continue;
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    out[key] = safeDecode(value);
  }
  return out;
}

export function serializeSetCookie(name: string, value: string, options: CookieOptions = {}): string {
  const now = Date.now();
  // As Django: a fractional Max-Age is truncated, and an Expires date also gives the Max-Age it
  // means (with Expires recomputed from it, so the two agree).
  let maxAge = options.maxAge === undefined ? undefined : Math.trunc(options.maxAge);
  let expires = options.expires;
  if (expires !== undefined && maxAge === undefined) {
    maxAge = Math.max(0, Math.floor((expires.getTime() - now) / 1000) + 1);
    expires = new Date(now + maxAge * 1000);
  }
  const cookie: SetCookie = {
    name,
    value,
    path: options.path ?? "/",
    domain: options.domain,
    expires,
    maxAge,
    secure: options.secure,
    httpOnly: options.httpOnly,
    partitioned: options.partitioned,
    priority: options.priority,
    sameSite: options.sameSite ? (options.sameSite.toLowerCase() as "lax" | "strict" | "none") : undefined,
  };
  if (maxAge !== undefined && !expires) {
    // Django sends Expires along with Max-Age for old clients; so do we.
    cookie.expires = new Date(now + maxAge * 1000);
  }
  return stringifySetCookie(cookie);
}

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
export function parseSetCookieHeader(header: string, now = Date.now()): ParsedSetCookie | null {
  const cookie = parseSetCookie(header, { decode: keepEncoded });
  if (!cookie.name) return null;
  let value = cookie.value ?? "";
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
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
export function decodeCookieValue(value: string): string {
  return safeDecode(value);
}

function keepEncoded(value: string): string {
  return value;
}

function safeDecode(value: string): string {
  if (value.indexOf("%") === -1) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
