import type { Middleware } from "../middleware/types.ts";
import { getUser } from "./login.ts";
import { AnonymousUser } from "./user-like.ts";

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
export const AuthenticationMiddleware: Middleware = (getResponse) => (request) => {
  const session = request.session;
  // Most requests carry no session (no cookie): no user to look up, so no promise of our own.
  if (!session || session.isEmpty) {
    request.user = new AnonymousUser();
    return getResponse(request);
  }
  return getUser(request).then((user) => {
    request.user = user;
    return getResponse(request);
  });
};
