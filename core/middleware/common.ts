import { PermissionDenied } from "../errors.ts";
import type { HttpRequest } from "../http/request.ts";
import { HttpResponsePermanentRedirect, type HttpResponse } from "../http/response.ts";
import { hasMarker, passThrough, wrapView } from "../util/view-markers.ts";
import type { Middleware, MiddlewareApp } from "./types.ts";

const NO_APPEND_SLASH = Symbol.for("onefile.noAppendSlash");
/** Methods whose data a redirect would lose: with DEBUG, APPEND_SLASH explains instead of redirecting. */
const METHODS_WITH_DATA = new Set(["DELETE", "POST", "PUT", "PATCH"]);

/**
 * Django's CommonMiddleware: refuses the user agents of `DISALLOWED_USER_AGENTS` (403), and
 * with `APPEND_SLASH` answers a 404 for "/about" with a 301 to "/about/" when that resolves to
 * a view not marked `noAppendSlash`. (Host validation, which Django also does here, happens
 * before any middleware: see core/handler.ts. `Content-Length`, which Django adds here, is
 * added by the host: see core/http/wire.ts.)
 *
 * @example
 * ```ts
 * new App({ APPEND_SLASH: false }); // CommonMiddleware is in DEFAULT_MIDDLEWARE
 * ```
 */
export const CommonMiddleware: Middleware = (getResponse, app) => {
  const { APPEND_SLASH, DISALLOWED_USER_AGENTS: agents } = app.settings;
  if (!APPEND_SLASH && agents.length === 0) return getResponse;
  return (request) => {
    if (agents.length > 0) {
      const userAgent = request.header("user-agent");
      // search(), unlike test(), ignores a global regex's lastIndex.
      if (userAgent !== null && agents.some((agent) => userAgent.search(agent) !== -1)) throw new PermissionDenied("Forbidden user agent");
    }
    // The URL was resolved before the middleware: a path that matched a view never redirects
    // (a 404 its view raised stays a 404, as in Django), and neither does one ending in "/".
    if (!APPEND_SLASH || request.resolverMatch !== null || request.pathInfo.endsWith("/")) return getResponse(request);
    return getResponse(request).then((response) => appendSlash(request, response, app));
  };
};

/**
 * Marks a view that APPEND_SLASH must leave alone (Django's `no_append_slash`): "/secret" gets
 * its 404 rather than a redirect that tells a scanner "/secret/" exists.
 *
 * @example
 * ```ts
 * path("admin/users/", noAppendSlash(users)); // "/admin/users" is a 404
 * ```
 */
export function noAppendSlash<F extends (...args: any[]) => unknown>(view: F): F {
  return wrapView("noAppendSlash", view, passThrough, NO_APPEND_SLASH);
}

function appendSlash(request: HttpRequest, response: HttpResponse, app: MiddlewareApp): HttpResponse {
  if (response.status !== 404 || !shouldRedirectWithSlash(request.pathInfo, app)) return response;
  // The path as the client sent it (escaped again) with a slash; a leading "//" would make the
  // redirect protocol-relative (an open redirect to another host), so it becomes "/%2F".
  let location = request.getFullPath(true);
  if (location.startsWith("//")) location = "/%2F" + location.slice(2);
  if (app.settings.DEBUG && METHODS_WITH_DATA.has(request.method)) {
    throw new Error(
      `You called this URL via ${request.method}, but the URL doesn't end in a slash and you have APPEND_SLASH set. ` +
        `onefile can't redirect to the slash URL while maintaining ${request.method} data. Change your form to point to ` +
        `${request.getHost()}${location} (note the trailing slash), or set APPEND_SLASH: false in your settings.`,
    );
  }
  return new HttpResponsePermanentRedirect(location);
}

function shouldRedirectWithSlash(pathInfo: string, app: MiddlewareApp): boolean {
  if (app.resolve(pathInfo) !== null) return false;
  const match = app.resolve(pathInfo + "/");
  return match !== null && !hasMarker(match.func, NO_APPEND_SLASH);
}
