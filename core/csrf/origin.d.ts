/**
 * The Origin and Referer checks of Django's CsrfViewMiddleware. A browser sends Origin with
 * every unsafe request it makes; it must be this site's own origin or one listed in
 * `CSRF_TRUSTED_ORIGINS`. Without Origin, an https request must carry a Referer from a
 * trusted host, so a man in the middle on http cannot forge a request to the https site.
 */
import type { HttpRequest } from "../http/request.ts";
/**
 * True when `host` is `pattern` or, for a pattern starting with ".", one of its subdomains
 * (Django's `is_same_domain`; ports must match exactly).
 *
 * @example
 * ```ts
 * isSameDomain("api.example.com", ".example.com"); // true
 * ```
 */
export declare function isSameDomain(host: string, pattern: string): boolean;
/**
 * Returns null when the request's Origin is its own or trusted, else the reason to refuse.
 *
 * @example
 * ```ts
 * checkOrigin(request, "https://evil.example", settings.CSRF_TRUSTED_ORIGINS); // "Origin checking failed - https://evil.example does not match any trusted origins."
 * ```
 */
export declare function checkOrigin(request: HttpRequest, origin: string, trusted: readonly string[]): string | null;
/**
 * For an https request without Origin: returns null when Referer is from this host or a
 * trusted origin's host, else the reason to refuse.
 */
export declare function checkReferer(request: HttpRequest, trusted: readonly string[]): string | null;
