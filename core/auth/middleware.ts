import type { Middleware } from "../middleware/types.ts";
import { getUser } from "./login.ts";

/**
 * Django's AuthenticationMiddleware: sets `request.user` to the logged-in user or an
 * `AnonymousUser`. In `DEFAULT_MIDDLEWARE` after the session middleware. For an app that does
 * not use auth, or a request without a session, it costs no database query.
 *
 * @example
 * ```ts
 * function profile(request: HttpRequest) {
 *   return request.user.isAuthenticated ? `Hello, ${request.user.username}` : "Hello, stranger";
 * }
 * ```
 */
export const AuthenticationMiddleware: Middleware = (getResponse) => async (request) => {
  request.user = await getUser(request);
  return getResponse(request);
};
