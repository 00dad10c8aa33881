/**
 * The 403 page for a failed CSRF check, after Django's `csrf_failure` view. The
 * reason and the help list appear only with DEBUG; the short explanations for a
 * missing cookie or Referer appear always, as in Django, because they tell a
 * legitimate visitor what to change in their browser and leak nothing.
 */
import { REASON_NO_CSRF_COOKIE, REASON_NO_REFERER } from "../csrf/reasons.ts";
export { REASON_NO_CSRF_COOKIE, REASON_NO_REFERER };
/**
 * Returns the "Forbidden (403) — CSRF verification failed. Request aborted."
 * page as a complete HTML page. With `debug`, it adds the reason and
 * Django's checklist of common causes.
 *
 * @example
 * csrfFailureHtml(REASON_NO_CSRF_COOKIE, true);
 * // → a page with "CSRF verification failed. Request aborted.", the cookie advice, the reason and the help list
 */
export declare function csrfFailureHtml(reason: string, debug: boolean): string;
