/**
 * A cookie jar for one sandbox project.
 *
 * A service worker can neither read nor set the browser's real cookies, and browsers drop
 * `Cookie` from constructed requests and `Set-Cookie` from constructed responses. So the worker
 * keeps cookies itself: it applies every `Set-Cookie` the app sends and builds the `Cookie`
 * header for the next request. Paths and domains are ignored on purpose: one jar belongs to one
 * project, which is one site.
 */

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
  const [pair = "", ...attributes] = header.split(";");
  const eq = pair.indexOf("=");
  if (eq <= 0) return false;
  const name = pair.slice(0, eq).trim();
  let value = pair.slice(eq + 1).trim();
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
  let expires: number | undefined;
  for (const attribute of attributes) {
    const [key = "", ...rest] = attribute.split("=");
    const v = rest.join("=").trim();
    const k = key.trim().toLowerCase();
    // Max-Age wins over Expires, as RFC 6265 §5.3 says.
    if (k === "max-age" && /^-?\d+$/.test(v)) expires = now + Number(v) * 1000;
    else if (k === "expires" && expires === undefined) {
      const t = Date.parse(v);
      if (!Number.isNaN(t)) expires = t;
    }
  }
  if (expires !== undefined && expires <= now) {
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
