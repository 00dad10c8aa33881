/**
 * Logging in and out, as Django's `django.contrib.auth`: `authenticate` checks credentials
 * (spending the same hashing time for unknown users), `login` puts the user in the session under
 * a new session key and a new CSRF token, `logout` flushes the session, and `getUser` reads the
 * user back on each request, refusing a session whose password hash is stale.
 */
import { rotateToken } from "../csrf/middleware.ts";
import { ImproperlyConfigured } from "../errors.ts";
import type { HttpRequest } from "../http/request.ts";
import { constantTimeEquals } from "../util/constant-time.ts";
import { makePassword } from "./hashers.ts";
import { authOf, type AppAuth, type User } from "./state.ts";
import { AnonymousUser, type AuthUser } from "./user-like.ts";

/** Session keys, Django's names. */
export const SESSION_KEY = "_auth_user_id";
export const BACKEND_SESSION_KEY = "_auth_user_backend";
export const HASH_SESSION_KEY = "_auth_user_hash";
/** The one backend onefile has, under Django's name (so the session data reads as Django's). */
export const MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend";

/** `app.auth`, or a clear error when the app never set auth up. */
export function requireAuth(request: Pick<HttpRequest, "app">): AppAuth {
  const auth = authOf(request.app);
  if (!auth) {
    throw new ImproperlyConfigured(
      "This app does not use auth: write `app.auth` (or register models with app.admin) at the top level of the file, " +
        "so the auth tables are created with the app's other tables.",
    );
  }
  return auth;
}

/**
 * The user with these credentials, or null. An inactive user is never returned. For an unknown
 * user name the password is hashed anyway, so the answer takes as long either way and does not
 * reveal which accounts exist.
 *
 * @example
 * ```ts
 * const user = await authenticate(request, { username: "ada", password: request.POST.get("password") });
 * if (user) await login(request, user);
 * ```
 */
export async function authenticate(request: Pick<HttpRequest, "app">, credentials: { username?: string | null; password?: string | null }): Promise<User | null> {
  const auth = requireAuth(request);
  const { username, password } = credentials;
  if (typeof username !== "string" || typeof password !== "string") return null;
  const user = await auth.User.objects.filter({ username }).first();
  if (!user) {
    await makePassword(password, { hashers: auth.host.settings.PASSWORD_HASHERS });
    return null;
  }
  return (await user.checkPassword(password)) && user.isActive ? user : null;
}

/**
 * Logs `user` in: the session gets a new key (so a key planted before login is worthless), the
 * user's id and password-hash HMAC; the CSRF token is rotated; `lastLogin` is saved.
 *
 * @example
 * ```ts
 * await login(request, user);
 * return redirect("index");
 * ```
 */
export async function login(request: HttpRequest, user: User): Promise<void> {
  const session = request.session;
  if (!session) throw new ImproperlyConfigured("login() needs SessionMiddleware in MIDDLEWARE (it is part of DEFAULT_MIDDLEWARE).");
  const hash = await user.getSessionAuthHash();
  const id = String(user.pk);
  if (session.has(SESSION_KEY)) {
    const sameUser = session.get(SESSION_KEY) === id && constantTimeEquals(String(session.get(HASH_SESSION_KEY) ?? ""), hash);
    if (!sameUser) session.flush();
    else session.cycleKey();
  } else {
    session.cycleKey();
  }
  session.set(SESSION_KEY, id);
  session.set(BACKEND_SESSION_KEY, MODEL_BACKEND);
  session.set(HASH_SESSION_KEY, hash);
  request.user = user;
  if (request.state.csrf) rotateToken(request);
  user.lastLogin = new Date();
  await user.save({ updateFields: ["lastLogin"] });
}

/**
 * Logs the user out: the session is emptied and its key deleted from the store (with the
 * database store, the old cookie opens nothing anywhere), and `request.user` becomes anonymous.
 */
export async function logout(request: HttpRequest): Promise<void> {
  request.session?.flush();
  request.user = new AnonymousUser();
}

/**
 * The user the request's session belongs to, or an `AnonymousUser`: none logged in, the user is
 * gone or inactive, or the password changed since the login (the session is then flushed).
 */
export async function getUser(request: HttpRequest): Promise<AuthUser> {
  const auth = authOf(request.app);
  const session = request.session;
  // An empty session cannot hold a user: answer without reading it (which would add Vary: Cookie).
  if (!auth || !session || session.isEmpty) return new AnonymousUser();
  const id = session.get(SESSION_KEY);
  if (typeof id !== "string" || session.get(BACKEND_SESSION_KEY) !== MODEL_BACKEND) return new AnonymousUser();
  const user = await auth.User.objects.filter({ pk: id }).first().catch(() => null);
  if (!user || !user.isActive) return new AnonymousUser();
  const stored = session.get(HASH_SESSION_KEY);
  if (typeof stored !== "string" || !constantTimeEquals(stored, await user.getSessionAuthHash())) {
    session.flush();
    return new AnonymousUser();
  }
  return user;
}

/**
 * Keeps the current session logged in after the user changed their own password (the new hash
 * goes into the session, under a new key), while every other session of theirs ends.
 */
export async function updateSessionAuthHash(request: HttpRequest, user: User): Promise<void> {
  request.session.cycleKey();
  if (request.user?.pk === user.pk) request.session.set(HASH_SESSION_KEY, await user.getSessionAuthHash());
}
