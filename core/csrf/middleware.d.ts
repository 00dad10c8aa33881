import type { HttpRequest } from "../http/request.ts";
import type { Middleware } from "../middleware/types.ts";
declare module "../http/request.ts" {
    interface RequestState {
        /** The CSRF secret and this request's token (`CsrfViewMiddleware`). */
        csrf?: CsrfState;
    }
}
/**
 * Per-request CSRF state, kept in `request.state.csrf`. A class with a prototype getter,
 * rather than a WeakMap entry or a per-request `defineProperty`, because both of those cost
 * microseconds on every request while this costs an allocation.
 */
export declare class CsrfState {
    #private;
    secret: string | null;
    /** Why the cookie was unusable (bad length or characters), for the 403 reason. */
    cookieError: string | null;
    /** The cookie must be (re)sent: the secret is new or was rotated and a token was handed out. */
    needsUpdate: boolean;
    /** @param secret The secret from the cookie, or null when there was none (one is made on first use). */
    constructor(secret: string | null);
    /** The masked token of this request (one per request), made on first use. */
    get token(): string;
    /** Replaces the secret; the next `token` is made from the new one. */
    rotate(): void;
}
/**
 * The CSRF token for `request`'s forms and scripts (what `{% csrf_token %}` prints), as
 * Django's `get_token`. Asking for it makes sure the response sets the CSRF cookie.
 *
 * @example
 * ```ts
 * function page(request: HttpRequest) {
 *   return new JsonResponse({ csrfToken: getToken(request) }); // for fetch(..., { headers: { "X-CSRFToken": token } })
 * }
 * ```
 * @throws Error when the CSRF middleware is not in MIDDLEWARE.
 */
export declare function getToken(request: HttpRequest): string;
/**
 * Replaces the CSRF secret, as Django does on login (`rotate_token`), so a token seen before
 * the login is useless after it.
 *
 * @example
 * ```ts
 * request.session.cycleKey();
 * rotateToken(request);
 * ```
 */
export declare function rotateToken(request: HttpRequest): void;
/**
 * Django's CsrfViewMiddleware. Unsafe requests (anything but GET, HEAD, OPTIONS, TRACE) must
 * come from this site's origin (or `CSRF_TRUSTED_ORIGINS`) and carry a token that matches
 * the secret in the CSRF cookie: the `csrfmiddlewaretoken` form field or the `X-CSRFToken`
 * header. Anything else gets a 403 page that explains the failure with DEBUG.
 *
 * Views wrapped in `csrfExempt` are not checked: the pipeline resolved the URL before the
 * middleware ran, so the view is known here (Django's `process_view`); URLs that match nothing
 * are let through to get their 404. The token of a form is read with `await request.form()`,
 * so only a POST that must be checked has its body read here. The test client's requests are
 * let through unless it was made with `enforceCsrfChecks`, as in Django.
 *
 * @example
 * ```ts
 * // In DEFAULT_MIDDLEWARE already. A form template:
 * // <form method="post">{% csrf_token %}<input name="q"><button>Send</button></form>
 * ```
 */
export declare const CsrfViewMiddleware: Middleware;
