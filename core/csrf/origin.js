import { REASON_INSECURE_REFERER, REASON_MALFORMED_REFERER, REASON_NO_REFERER } from "./reasons.js";
/**
 * True when `host` is `pattern` or, for a pattern starting with ".", one of its subdomains
 * (Django's `is_same_domain`; ports must match exactly).
 *
 * @example
 * ```ts
 * isSameDomain("api.example.com", ".example.com"); // true
 * ```
 */
export function isSameDomain(host, pattern) {
    if (!pattern)
        return false;
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
export function checkOrigin(request, origin, trusted) {
    const host = request.getHost();
    if (host && origin === `${request.scheme}://${host}`)
        return null;
    if (trusted.includes(origin))
        return null;
    const parsed = parseUrl(origin);
    if (parsed) {
        for (const entry of trusted) {
            const star = entry.indexOf("://*");
            if (star === -1)
                continue;
            // "https://*.example.com" trusts https origins on example.com and every subdomain.
            if (entry.slice(0, star + 1) === parsed.protocol && isSameDomain(parsed.host, entry.slice(star + 4)))
                return null;
        }
    }
    return `Origin checking failed - ${origin} does not match any trusted origins.`;
}
/**
 * For an https request without Origin: returns null when Referer is from this host or a
 * trusted origin's host, else the reason to refuse.
 */
export function checkReferer(request, trusted) {
    const referer = request.header("referer");
    if (!referer)
        return REASON_NO_REFERER;
    const parsed = parseUrl(referer);
    if (!parsed || !parsed.host)
        return REASON_MALFORMED_REFERER;
    if (parsed.protocol !== "https:")
        return REASON_INSECURE_REFERER;
    for (const entry of trusted) {
        const trustedHost = entry.slice(entry.indexOf("://") + 3).replace(/^\*/, "");
        if (isSameDomain(parsed.host, trustedHost))
            return null;
    }
    if (isSameDomain(parsed.host, request.getHost()))
        return null;
    return `Referer checking failed - ${referer} does not match any trusted origins.`;
}
function parseUrl(text) {
    try {
        return new URL(text);
    }
    catch {
        return null;
    }
}
