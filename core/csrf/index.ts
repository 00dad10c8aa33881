/**
 * Cross-site request forgery protection, as Django's: a secret in the `csrftoken` cookie,
 * a masked token in forms (`{% csrf_token %}`) or the `X-CSRFToken` header, and Origin and
 * Referer checks for unsafe methods.
 *
 * @example
 * ```ts
 * import { csrfExempt, getToken } from "onefile";
 * app.route("hooks/", csrfExempt((request) => "ok"));
 * ```
 * @module
 */
export { CsrfViewMiddleware, getToken, rotateToken, REASON_CSRF_TOKEN_MISSING } from "./middleware.ts";
export { csrfExempt, isCsrfExempt } from "./exempt.ts";
export { checkOrigin, checkReferer, isSameDomain, REASON_INSECURE_REFERER, REASON_MALFORMED_REFERER } from "./origin.ts";
export { maskSecret, unmaskToken, newCsrfSecret, tokenMatches, checkTokenFormat, InvalidTokenFormat, CSRF_SECRET_LENGTH, CSRF_TOKEN_LENGTH } from "./token.ts";
