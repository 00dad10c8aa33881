import { parseCookie, stringifySetCookie, type SetCookie } from "cookie";

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
  const parsed = parseCookie(header, { decode: safeDecode });
  for (const key in parsed) {
    const value = parsed[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Serialises one `Set-Cookie` header value; `path` defaults to "/" as in Django. */
export function serializeSetCookie(name: string, value: string, options: CookieOptions = {}): string {
  const cookie: SetCookie = {
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
    sameSite: options.sameSite ? (options.sameSite.toLowerCase() as "lax" | "strict" | "none") : undefined,
  };
  if (options.maxAge !== undefined && !options.expires) {
    // Django sends Expires along with Max-Age for old clients; so do we.
    cookie.expires = new Date(Date.now() + options.maxAge * 1000);
  }
  return stringifySetCookie(cookie);
}

function safeDecode(value: string): string {
  if (value.indexOf("%") === -1) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
