/**
 * Django's `LoginView` and `LogoutView` for a site's own pages (the admin has its own): the
 * login form from `registration/login.html`, a redirect to a safe `next` or `LOGIN_REDIRECT_URL`
 * after logging in, and a POST-only logout that goes to `next`, `LOGOUT_REDIRECT_URL`, or shows
 * `registration/logged_out.html`. Both pages are never cached, as Django's.
 */
import { neverCache } from "../http/cache.ts";
import type { HttpRequest } from "../http/request.ts";
import { HttpResponseNotAllowed, HttpResponseRedirect, type HttpResponse } from "../http/response.ts";
import { urlHasAllowedHostAndScheme } from "../http/url-safety.ts";
import { render } from "../shortcuts.ts";
import { resolveUrl } from "./decorators.ts";
import { authenticateForm, AuthenticationForm } from "./forms.ts";
import { login, logout } from "./login.ts";

/** Options of {@link loginView}, Django's `LoginView` attributes. */
export interface LoginViewOptions {
  /** Default "registration/login.html"; it gets `form`, `next` (and `redirectFieldName`). */
  templateName?: string;
  /** Where to go after logging in when `next` is absent or unsafe: a URL or URL name. Default `LOGIN_REDIRECT_URL`. */
  nextPage?: string;
  /** The parameter carrying the page to return to. Default "next". */
  redirectFieldName?: string;
  /** Send a user who is already logged in straight on, instead of showing the form. Default false. */
  redirectAuthenticatedUser?: boolean;
  /** More template context. */
  extraContext?: Record<string, unknown>;
}

/** Options of {@link logoutView}, Django's `LogoutView` attributes. */
export interface LogoutViewOptions {
  /** Shown when there is nowhere to redirect. Default "registration/logged_out.html". */
  templateName?: string;
  /** Where to go after logging out: a URL or URL name. Default `LOGOUT_REDIRECT_URL`. */
  nextPage?: string | null;
  /** The parameter carrying the page to return to. Default "next". */
  redirectFieldName?: string;
  /** More template context. */
  extraContext?: Record<string, unknown>;
}

/**
 * The page named by `field` ("next") in the form or query string, when it stays on this site
 * (`urlHasAllowedHostAndScheme`); else null.
 *
 * @example
 * ```ts
 * return new HttpResponseRedirect(safeNext(request, "next") ?? "/");
 * ```
 */
export function safeNext(request: HttpRequest, field: string): string | null {
  const next = request.POST.get(field) ?? request.GET.get(field) ?? "";
  return next !== "" && urlHasAllowedHostAndScheme(next, [request.getHost()], request.isSecure()) ? next : null;
}

/**
 * Django's `LoginView`: shows the login form, logs the user in (a new session key and CSRF
 * token) and redirects to a safe `next`, else `LOGIN_REDIRECT_URL`. Wrong credentials get
 * Django's message, in the same time whether the user exists or not.
 *
 * @example
 * ```ts
 * app.urlpatterns = [
 *   path("accounts/login/", auth.loginView(), { name: "login" }),
 *   path("accounts/logout/", auth.logoutView({ nextPage: "/" }), { name: "logout" }),
 * ];
 * ```
 */
export function loginView(options: LoginViewOptions = {}) {
  const templateName = options.templateName ?? "registration/login.html";
  const field = options.redirectFieldName ?? "next";
  const success = (request: HttpRequest) => safeNext(request, field) ?? resolveUrl(request.app, options.nextPage ?? request.app.settings.LOGIN_REDIRECT_URL);
  return async function loginPage(request: HttpRequest): Promise<HttpResponse> {
    if (options.redirectAuthenticatedUser && request.user.isAuthenticated) {
      const to = success(request);
      if (to === request.path) throw new Error("Redirection loop for an authenticated user: the login page's next page is the login page itself.");
      return neverCache(new HttpResponseRedirect(to));
    }
    const posted = request.method === "POST";
    const form = posted ? new AuthenticationForm(request.POST) : new AuthenticationForm();
    if (posted && form.isValid()) {
      const user = await authenticateForm(request, form);
      if (user) {
        await login(request, user);
        return neverCache(new HttpResponseRedirect(success(request)));
      }
    }
    const next = request.POST.get(field) ?? request.GET.get(field) ?? "";
    return neverCache(render(request, templateName, { form, next, redirect_field_name: field, redirectFieldName: field, ...options.extraContext }));
  };
}

/**
 * Django's `LogoutView` (POST only, as since Django 5): logs out, then redirects to a safe
 * `next`, else `nextPage`/`LOGOUT_REDIRECT_URL`, else shows `registration/logged_out.html`.
 *
 * @example
 * ```ts
 * path("accounts/logout/", auth.logoutView(), { name: "logout" });
 * // in a template: <form method="post" action="{{ url('logout') }}">{% csrf_token %}<button>Log out</button></form>
 * ```
 */
export function logoutView(options: LogoutViewOptions = {}) {
  const templateName = options.templateName ?? "registration/logged_out.html";
  const field = options.redirectFieldName ?? "next";
  return async function logoutPage(request: HttpRequest): Promise<HttpResponse> {
    if (request.method !== "POST") return new HttpResponseNotAllowed(["POST"]);
    await logout(request);
    const configured = options.nextPage === undefined ? request.app.settings.LOGOUT_REDIRECT_URL : options.nextPage;
    const to = safeNext(request, field) ?? (configured === null ? null : resolveUrl(request.app, configured));
    if (to !== null) return neverCache(new HttpResponseRedirect(to));
    return neverCache(render(request, templateName, { ...options.extraContext }));
  };
}
