import type { HttpResponse } from "../http/response.ts";
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
export const SessionMiddleware: Middleware = (getResponse) => async (request) => {
  const { app } = request;
  const settings = app.settings;
  const cookie = request.COOKIES[settings.SESSION_COOKIE_NAME];
  const store = storeFor(app);
  const context = { app, maxAge: settings.SESSION_COOKIE_AGE };
  // Only requests that bring a cookie pay for loading (a signature check, or a store read).
  let data: SessionData | null = null;
  if (cookie) data = await store.load(cookie, context);
  const session = new Session(data ? cookie! : null, data ?? {});
  request.session = session;

  const response = await getResponse(request);

  if (session.accessed) addVaryCookie(response);
  if (response.status >= 500) return response;
  if (session.modified) {
    const value = await session.save(store, context);
    if (value !== null) {
      response.setCookie(settings.SESSION_COOKIE_NAME, value, {
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
    response.deleteCookie(settings.SESSION_COOKIE_NAME, { path: "/", sameSite: settings.SESSION_COOKIE_SAMESITE });
  }
  return response;
};

/** Adds "Cookie" to Vary: a page built from the session must not be cached for another visitor. */
export function addVaryCookie(response: HttpResponse): void {
  const vary = response.headers.get("vary");
  if (!vary) response.headers.set("Vary", "Cookie");
  else if (!vary.split(",").some((v) => v.trim().toLowerCase() === "cookie" || v.trim() === "*")) {
    response.headers.set("Vary", `${vary}, Cookie`);
  }
}
