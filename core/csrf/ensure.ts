import type { HttpRequest } from "../http/request.ts";
import { wrapView } from "../util/view-markers.ts";
import { getToken } from "./middleware.ts";

/**
 * Makes a view send the CSRF cookie even when its page has no form (Django's
 * `ensure_csrf_cookie`): for a page whose script reads the cookie and sends it back in the
 * `X-CSRFToken` header. Returns a new function; the view's name is kept.
 *
 * @example
 * ```ts
 * app.route("", ensureCsrfCookie(function spa(request: HttpRequest) {
 *   return render(request, "app.html");
 * }));
 * ```
 * @throws Error at request time when CsrfViewMiddleware is not in MIDDLEWARE.
 */
export function ensureCsrfCookie<F extends (request: HttpRequest, ...args: any[]) => unknown>(view: F): F {
  return wrapView("ensureCsrfCookie", view, (inner) =>
    function (this: unknown, request: HttpRequest, ...args: unknown[]) {
      getToken(request);
      return inner.call(this, request, ...args);
    },
  );
}
