/**
 * Django's reasons for refusing a request in the CSRF check, word for word. The middleware
 * returns them; the 403 page (core/debug/csrf.ts) shows them and adds advice for two of them.
 */
/** The CSRF cookie is missing. */
export const REASON_NO_CSRF_COOKIE = "CSRF cookie not set.";
/** An HTTPS request has neither Origin nor Referer. */
export const REASON_NO_REFERER = "Referer checking failed - no Referer.";
/** The Referer is not a URL. */
export const REASON_MALFORMED_REFERER = "Referer checking failed - Referer is malformed.";
/** An HTTPS request came with an http Referer. */
export const REASON_INSECURE_REFERER = "Referer checking failed - Referer is insecure while host is secure.";
/** Neither the form field nor the header carries a token. */
export const REASON_CSRF_TOKEN_MISSING = "CSRF token missing.";
