/**
 * The Origin and Referer checks of Django's CsrfViewMiddleware. A browser sends Origin with
 * every unsafe request it makes; it must be this site's own origin or one listed in
 * `CSRF_TRUSTED_ORIGINS`. Without Origin, an https request must carry a Referer from a
 * trusted host, so a man in the middle on http cannot forge a request to the https site.
 */
import { DisallowedHost } from "../errors.ts";
import type { HttpRequest } from "../http/request.ts";
import { REASON_INSECURE_REFERER, REASON_MALFORMED_REFERER, REASON_NO_REFERER } from "./reasons.ts";

/**
 * True when `host` is `pattern` or, for a pattern starting with ".", one of its subdomains
 * (Django's `is_same_domain`; ports must match exactly).
 *
 * @example
 * ```ts
 * isSameDomain("api.example.com", ".example.com"); // true
 * ```
 */
export function isSameDomain(host: string, pattern: string): boolean {
  if (!pattern) return false;
  const h = host.toLowerCase();
  const p = pattern.toLowerCase();
  return (p.startsWith(".") && (h.endsWith(p) || h === p.slice(1))) || h === p;
}

/**
 * Returns null when the request's Origin is its own or trusted, else the reason to refuse.
 *
 * @example
 * ```ts
 * checkOrigin(request, "https://evil.example", settings.CSRF_TRUSTED_ORIGINS); // "Origin checking failed - https://evil.example does not match any trusted origins."
 * ```
 */
export function checkOrigin(request: HttpRequest, origin: string, trusted: readonly string[]): string | null {
  const host = allowedHost(request);
  if (host && origin === `${request.scheme}://${host}`) return null;
  if (trusted.includes(origin)) return null;
  const parsed = parseUrl(origin);
  if (parsed) {
    for (const entry of trusted) {
      const star = entry.indexOf("://*");
      if (star === -1) continue;
      // "https://*.example.com" trusts https origins on example.com and every subdomain.
      if (entry.slice(0, star + 1) === parsed.protocol && isSameDomain(parsed.host, entry.slice(star + 4))) return null;
    }
  }
  return `Origin checking failed - ${origin} does not match any trusted origins.`;
}

/**
 * For an https request without Origin: returns null when Referer is from a trusted origin's
 * host, or from `cookieDomain` (`CSRF_COOKIE_DOMAIN`, on the request's port unless 443 or 80)
 * when one is set, else from this very host; returns the reason to refuse otherwise.
 *
 * @example
 * ```ts
 * checkReferer(request, ["https://*.example.com"], null); // null for Referer: https://shop.example.com/
 * ```
 */
export function checkReferer(request: HttpRequest, trusted: readonly string[], cookieDomain: string | null = null): string | null {
  const referer = request.header("referer");
  // Only a missing header is "no Referer"; an empty one is a malformed one, as in Django.
  if (referer === null) return REASON_NO_REFERER;
  const parsed = parseUrl(referer);
  if (!parsed || !parsed.host) return REASON_MALFORMED_REFERER;
  if (parsed.protocol !== "https:") return REASON_INSECURE_REFERER;
  for (const entry of trusted) {
    const trustedHost = entry.slice(entry.indexOf("://") + 3).replace(/^\*/, "");
    if (isSameDomain(parsed.host, trustedHost)) return null;
  }
  let good = cookieDomain;
  if (good !== null) {
    const port = request.getPort();
    if (port !== "443" && port !== "80") good = `${good}:${port}`;
  } else {
    good = allowedHost(request);
  }
  if (good && isSameDomain(parsed.host, good)) return null;
  return `Referer checking failed - ${referer} does not match any trusted origins.`;
}

/** The request's host when ALLOWED_HOSTS allows it, else "" (which matches nothing). */
function allowedHost(request: HttpRequest): string {
  try {
    return request.getHost();
  } catch (error) {
    if (error instanceof DisallowedHost) return "";
    throw error;
  }
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
