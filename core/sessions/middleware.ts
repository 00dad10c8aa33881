import type { HttpRequest } from "../http/request.ts";
import type { HttpResponse } from "../http/response.ts";
import { patchVaryHeaders } from "../http/vary.ts";
import type { Middleware } from "../middleware/types.ts";
import { Session } from "./session.ts";
import { storeFor, type SessionData } from "./store.ts";

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
export const SessionMiddleware: Middleware = (getResponse, app) => {
  const settings = app.settings;
  const name = settings.SESSION_COOKIE_NAME;
  const store = storeFor(app);
  const context = { app, maxAge: settings.SESSION_COOKIE_AGE };

  /** After the view: Vary, then save and set the cookie, or delete a cookie left empty. */
  const finish = async (request: HttpRequest, response: HttpResponse, cookie: string | undefined): Promise<HttpResponse> => {
    const session = request.session;
    if (session.accessed) patchVaryHeaders(response.headers, VARY);
    if (response.status >= 500) return response;
    if (session.modified) {
      const value = await session.save(store, context);
      if (value !== null) {
        response.setCookie(name, value, {
          maxAge: settings.SESSION_COOKIE_AGE,
          path: "/",
          secure: settings.SESSION_COOKIE_SECURE || undefined,
          httpOnly: settings.SESSION_COOKIE_HTTPONLY || undefined,
          sameSite: settings.SESSION_COOKIE_SAMESITE,
        });
        return response;
      }
    }
    if (cookie !== undefined && session.isEmpty) {
      response.deleteCookie(name, { path: "/", sameSite: settings.SESSION_COOKIE_SAMESITE });
    }
    return response;
  };

  return (request) => {
    const cookie = request.COOKIES[name];
    if (!cookie) {
      // No session to load: the common case of a first visit, an API client or a benchmark,
      // which costs no promise until the view's response is back.
      request.session = new Session(null, {});
      return getResponse(request).then((response) => (needsFinish(request.session, cookie) ? finish(request, response, cookie) : response));
    }
    // Only requests that bring a cookie pay for loading (a signature check, or a store read).
    return store.load(cookie, context).then((data) => {
      request.session = new Session(data ? cookie : null, data ?? {});
      return getResponse(request).then((response) => finish(request, response, cookie));
    });
  };
};

/** True when the session was touched, or an empty cookie must be deleted. */
function needsFinish(session: Session, cookie: string | undefined): boolean {
  return session.accessed || session.modified || cookie !== undefined;
}

const VARY = ["Cookie"];
