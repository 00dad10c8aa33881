/** The admin's login, logout and password change pages. */
import { authenticateForm, AuthenticationForm, checkPasswordChange, passwordChangeForm } from "../../auth/forms.ts";
import { login, logout, updateSessionAuthHash } from "../../auth/login.ts";
import { safeNext } from "../../auth/views.ts";
import type { User } from "../../auth/state.ts";
import type { HttpRequest } from "../../http/request.ts";
import { HttpResponseNotAllowed, HttpResponseRedirect, type HttpResponse } from "../../http/response.ts";
import { render } from "../../shortcuts.ts";
import type { AdminSiteApi } from "../site-api.ts";
import { neverCache } from "../../http/cache.ts";

/** `next` from the form or the query string, when it stays on this site; else the admin index. */
function nextOrIndex(site: AdminSiteApi, request: HttpRequest): string {
  return safeNext(request, "next") ?? site.url("index");
}

/**
 * The login page. A staff user who is already logged in goes straight on; a logged-in user
 * who is not staff sees the form with a note. Wrong credentials get Django's message, and the
 * same time whether the user exists or not.
 */
export async function loginView(site: AdminSiteApi, request: HttpRequest): Promise<HttpResponse> {
  if (request.method === "GET" && site.hasPermission(request)) return neverCache(new HttpResponseRedirect(nextOrIndex(site, request)));
  const form = request.method === "POST" ? new AuthenticationForm(request.POST) : new AuthenticationForm();
  if (request.method === "POST" && form.isValid()) {
    const user = await authenticateForm(request, form, { requireStaff: true });
    if (user) {
      await login(request, user);
      return neverCache(new HttpResponseRedirect(nextOrIndex(site, request)));
    }
  }
  const next = request.POST.get("next") ?? request.GET.get("next") ?? site.url("index");
  return neverCache(render(request, "admin/login.html", site.eachContext(request, "Log in", { form, next, has_permission: false })));
}

/** Logs out (POST only, as Django 5) and shows "Thanks for spending some quality time…". */
export async function logoutView(site: AdminSiteApi, request: HttpRequest): Promise<HttpResponse> {
  if (request.method !== "POST") return new HttpResponseNotAllowed(["POST"]);
  await logout(request);
  return render(request, "registration/logged_out.html", site.eachContext(request, "Logged out", { has_permission: false }));
}

/** The logged-in user's own password change. */
export async function passwordChangeView(site: AdminSiteApi, request: HttpRequest): Promise<HttpResponse> {
  const Form = passwordChangeForm(request.app.settings.AUTH_PASSWORD_VALIDATORS);
  const form = request.method === "POST" ? new Form(request.POST) : new Form();
  if (request.method === "POST" && form.isValid()) {
    const user = request.user as User;
    const password = await checkPasswordChange(form as never, user, request.app.settings.AUTH_PASSWORD_VALIDATORS);
    if (password !== null) {
      await user.setPassword(password);
      await user.save({ updateFields: ["password"] });
      await updateSessionAuthHash(request, user);
      return new HttpResponseRedirect(site.url("password_change_done"));
    }
  }
  return render(request, "registration/password_change_form.html", site.eachContext(request, "Password change", { form }));
}

export async function passwordChangeDoneView(site: AdminSiteApi, request: HttpRequest): Promise<HttpResponse> {
  return render(request, "registration/password_change_done.html", site.eachContext(request, "Password change successful"));
}
