/**
 * A cookie jar for one sandbox project.
 *
 * A service worker can neither read nor set the browser's real cookies, and browsers drop
 * `Cookie` from constructed requests and `Set-Cookie` from constructed responses. So the worker
 * keeps cookies itself: it applies every `Set-Cookie` the app sends and builds the `Cookie`
 * header for the next request. Paths and domains are ignored on purpose: one jar belongs to one
 * project, which is one site. The header is parsed by core's `parseSetCookieHeader`, the same
 * parser the test client uses.
 */
import { parseSetCookieHeader } from "../core/http/cookies.ts";

/** One stored cookie. `expires` is a Unix time in ms, absent for session cookies. */
export interface StoredCookie {
  value: string;
  expires?: number;
}

/** The serialisable state of a jar (kept in IndexedDB). */
export type JarState = Record<string, StoredCookie>;

/**
 * Applies one `Set-Cookie` header value to the jar state; returns true if anything changed.
 *
 * @example
 * const jar: JarState = {};
 * applySetCookie(jar, "sessionid=abc; Path=/; HttpOnly"); // jar.sessionid.value === "abc"
 * applySetCookie(jar, "sessionid=; Max-Age=0");           // removed
 */
export function applySetCookie(jar: JarState, header: string, now = Date.now()): boolean {
  const cookie = parseSetCookieHeader(header, now);
  if (cookie === null) return false;
  const { name, value, expires } = cookie;
  if (cookie.expired) {
    if (!(name in jar)) return false;
    delete jar[name];
    return true;
  }
  jar[name] = expires === undefined ? { value } : { value, expires };
  return true;
}

/**
 * Builds the `Cookie` request header from the jar, skipping expired cookies; null when empty.
 *
 * @example
 * cookieHeader({ a: { value: "1" }, b: { value: "2" } }); // → "a=1; b=2"
 */
export function cookieHeader(jar: JarState, now = Date.now()): string | null {
  const parts: string[] = [];
  for (const [name, cookie] of Object.entries(jar)) {
    if (cookie.expires !== undefined && cookie.expires <= now) continue;
    parts.push(`${name}=${cookie.value}`);
  }
  return parts.length > 0 ? parts.join("; ") : null;
}
