import { patchVaryHeaders } from "../http/vary.js";
import { Session } from "./session.js";
import { storeFor } from "./store.js";
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
export const SessionMiddleware = (getResponse, app) => {
    const settings = app.settings;
    const name = settings.SESSION_COOKIE_NAME;
    const store = storeFor(app);
    const context = { app, maxAge: settings.SESSION_COOKIE_AGE };
    return async (request) => {
        const cookie = request.COOKIES[name];
        // Only requests that bring a cookie pay for loading (a signature check, or a store read).
        let data = null;
        if (cookie)
            data = await store.load(cookie, context);
        const session = new Session(data ? cookie : null, data ?? {});
        request.session = session;
        const response = await getResponse(request);
        if (session.accessed)
            patchVaryHeaders(response.headers, VARY);
        if (response.status >= 500)
            return response;
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
};
const VARY = ["Cookie"];
