import type { Middleware } from "../middleware/types.ts";
/**
 * Django's SessionMiddleware: loads `request.session` from the session cookie before the
 * view, and after it saves the session and sets the cookie, only if the view changed it.
 *
 * A cookie that is tampered with, expired or signed with another key loads as an empty
 * session (never an error), and is deleted from the browser on the way out. Sessions are not
 * saved when the response is a server error (5xx), as in Django, so a half-done change made
 * before a crash is not kept.
 *
 * @example
 * ```ts
 * // In DEFAULT_MIDDLEWARE already; listed by hand:
 * new App({ MIDDLEWARE: [SecurityMiddleware, SessionMiddleware, CommonMiddleware] });
 * ```
 */
export declare const SessionMiddleware: Middleware;
