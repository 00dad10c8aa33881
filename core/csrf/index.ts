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
export { CsrfViewMiddleware, CsrfState, getToken, rotateToken } from "./middleware.ts";
export { csrfExempt, isCsrfExempt } from "./exempt.ts";
export { ensureCsrfCookie } from "./ensure.ts";
export { checkOrigin, checkReferer, isSameDomain } from "./origin.ts";
export {
  REASON_CSRF_TOKEN_MISSING,
  REASON_INSECURE_REFERER,
  REASON_MALFORMED_REFERER,
  REASON_NO_CSRF_COOKIE,
  REASON_NO_REFERER,
} from "./reasons.ts";
export { maskSecret, unmaskToken, newCsrfSecret, tokenMatches, checkTokenFormat, InvalidTokenFormat, CSRF_SECRET_LENGTH, CSRF_TOKEN_LENGTH } from "./token.ts";
