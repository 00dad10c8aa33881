/**
 * Django's view decorators for auth: `loginRequired`, `permissionRequired` and
 * `userPassesTest`. An anonymous user (or one who fails the test) is sent to `LOGIN_URL` with
 * `next` set to where they were going; `permissionRequired` can answer 403 instead.
 */
import { isCsrfExempt, csrfExempt } from "../csrf/exempt.ts";
import { ImproperlyConfigured, PermissionDenied } from "../errors.ts";
import type { HttpRequest, RequestApp } from "../http/request.ts";
import { HttpResponseRedirect } from "../http/response.ts";
import { NoReverseMatch } from "../urls/index.ts";
import type { AuthUser } from "./user-like.ts";

/** Options of the decorators: where to log in and the name of the parameter that says where to return. */
export interface LoginRedirectOptions {
  /** A URL or URL name; default the `LOGIN_URL` setting. */
  loginUrl?: string;
  /** The query parameter carrying the page to return to. Default "next"; "" to send none. */
  redirectFieldName?: string;
}

type AnyView = (request: HttpRequest, params: any) => unknown;

/**
 * A URL from a URL or a URL name, as Django's `resolve_url`: a value with "/" or "." is a URL,
 * anything else is reversed (and must reverse).
 *
 * @example
 * ```ts
 * resolveUrl(app, "login");            // "/accounts/login/" (reversed)
 * resolveUrl(app, "/accounts/login/"); // as given
 * ```
 */
export function resolveUrl(app: Pick<RequestApp, "reverse">, to: string): string {
  if (to.includes("/") || to.includes(".")) return to;
  try {
    return app.reverse(to);
  } catch (error) {
    if (error instanceof NoReverseMatch) throw new ImproperlyConfigured(`"${to}" is neither a URL nor the name of a URL pattern (${error.message})`);
    throw error;
  }
}

/**
 * A redirect to the login page with `next` in its query string (Django's `redirect_to_login`).
 *
 * @example
 * ```ts
 * return redirectToLogin(request.app, request.getFullPath());
 * ```
 */
export function redirectToLogin(app: Pick<RequestApp, "reverse" | "settings">, next: string, loginUrl?: string, redirectFieldName = "next"): HttpResponseRedirect {
  const url = resolveUrl(app, loginUrl ?? app.settings.LOGIN_URL);
  if (!redirectFieldName) return new HttpResponseRedirect(url);
  const hash = url.indexOf("#");
  const [base, fragment] = hash === -1 ? [url, ""] : [url.slice(0, hash), url.slice(hash)];
  const q = base.indexOf("?");
  const kept = q === -1 ? [] : base.slice(q + 1).split("&").filter((pair) => pair && decodeURIComponent(pair.split("=")[0]!.replace(/\+/g, " ")) !== redirectFieldName);
  const query = [...kept, `${quote(redirectFieldName)}=${quote(next)}`].join("&");
  return new HttpResponseRedirect(`${q === -1 ? base : base.slice(0, q)}?${query}${fragment}`);
}

/** Python's `urllib.parse.quote(text, safe="/")`, which Django uses for `next`: "/" stays readable. */
function quote(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2F/g, "/");
}

/** `request.user`, or a clear error when AuthenticationMiddleware did not run. */
export function requestUser(request: HttpRequest): AuthUser {
  const user = (request as { user?: AuthUser }).user;
  if (!user) {
    throw new ImproperlyConfigured("request.user is not set: add AuthenticationMiddleware to MIDDLEWARE (it is part of DEFAULT_MIDDLEWARE).");
  }
  return user;
}

/**
 * Wraps views so that only users for whom `test(user)` is true reach them; the others are sent
 * to the login page (Django's `user_passes_test`).
 *
 * @example
 * ```ts
 * const staffOnly = userPassesTest((user) => user.isStaff);
 * app.route("reports/", staffOnly(reports));
 * ```
 */
export function userPassesTest(test: (user: AuthUser) => boolean | Promise<boolean>, options: LoginRedirectOptions = {}) {
  return <V extends AnyView>(view: V): V =>
    wrapView(view, async (request, params) => {
      if (await test(requestUser(request))) return view(request, params);
      return loginRedirect(request, options);
    });
}

/**
 * Only logged-in users reach the view; anonymous users go to `LOGIN_URL?next=<this page>`
 * (Django's `login_required`).
 *
 * @example
 * ```ts
 * app.route("profile/", loginRequired(profile));
 * app.route("orders/", loginRequired(orders, { loginUrl: "shop-login" }));
 * ```
 */
export function loginRequired<V extends AnyView>(view: V, options: LoginRedirectOptions = {}): V {
  return userPassesTest((user) => user.isAuthenticated, options)(view);
}

/**
 * Only users with every permission in `perm` reach the view (Django's `permission_required`).
 * Others go to the login page, or get a 403 when `raiseException` is true.
 *
 * @example
 * ```ts
 * app.route("polls/new/", permissionRequired("polls.add_question")(newPoll));
 * app.route("polls/close/", permissionRequired(["polls.change_question"], { raiseException: true })(close));
 * ```
 */
export function permissionRequired(perm: string | readonly string[], options: LoginRedirectOptions & { raiseException?: boolean } = {}) {
  const perms = typeof perm === "string" ? [perm] : [...perm];
  return userPassesTest(async (user) => {
    if (await user.hasPerms(perms)) return true;
    if (options.raiseException) throw new PermissionDenied();
    return false;
  }, options);
}

/** Sends the request to the login page with `next`: the path only, when the login page is on this host. */
function loginRedirect(request: HttpRequest, { loginUrl, redirectFieldName = "next" }: LoginRedirectOptions): HttpResponseRedirect {
  const app = request.app;
  const resolved = resolveUrl(app, loginUrl ?? app.settings.LOGIN_URL);
  let next = request.buildAbsoluteUri();
  const login = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(resolved);
  const current = new URL(next);
  if (!login || (login[1]!.toLowerCase() === current.protocol.slice(0, -1) && login[2] === current.host)) next = request.getFullPath();
  return redirectToLogin(app, next, resolved, redirectFieldName);
}

/** A view that runs `body`, keeping the wrapped view's name and its CSRF exemption. */
function wrapView<V extends AnyView>(view: V, body: AnyView): V {
  if (typeof view !== "function") throw new TypeError("The auth decorators take a view function.");
  Object.defineProperty(body, "name", { value: view.name });
  return (isCsrfExempt(view) ? csrfExempt(body) : body) as V;
}
