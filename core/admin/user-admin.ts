/**
 * Users and groups in the admin, as Django's `UserAdmin` and `GroupAdmin`: a user is added
 * with a username and a password typed twice, then edited; the change form shows the password
 * hash's summary (never the hash) with a link to set a new password.
 */
import { checkNewPassword, setPasswordForm, userCreationForm } from "../auth/forms.ts";
import { identifyHasher } from "../auth/hashers.ts";
import type { User } from "../auth/state.ts";
import { PermissionDenied } from "../errors.ts";
import { ValidationError } from "../forms/errors.ts";
import { escape, markSafe } from "../forms/safe.ts";
import type { HttpRequest } from "../http/request.ts";
import { HttpResponseRedirect, type HttpResponse } from "../http/response.ts";
import { messages } from "../messages/api.ts";
import { render } from "../shortcuts.ts";
import { ADDITION, CHANGE } from "./log-entry.ts";
import { ModelAdmin } from "./model-admin.ts";
import { capfirst, type AdminObject, type ModelAdminOptions } from "./options.ts";
import type { ModelConstructor } from "../db/options.ts";
import type { AdminSiteApi } from "./site-api.ts";
import { afterSave } from "./views/change-view.ts";
import { objectOr404 } from "./views/common.ts";

/** Registers the app's `User` and `Group` with their Django admin options. */
export function registerAuthModels(site: Pick<AdminSiteApi, "auth"> & { register(model: ModelConstructor, options: ModelAdminOptions, AdminClass?: typeof ModelAdmin): unknown }): void {
  site.register(site.auth.Group, { searchFields: ["name"], ordering: ["name"] });
  site.register(
    site.auth.User,
    {
      listDisplay: ["username", "email", "firstName", "lastName", "isStaff"],
      listFilter: ["isStaff", "isSuperuser", "isActive"],
      searchFields: ["username", "firstName", "lastName", "email"],
      ordering: ["username"],
      readonlyFields: ["password"],
      fieldsets: [
        [null, { fields: ["username", "password"] }],
        ["Personal info", { fields: ["firstName", "lastName", "email"] }],
        ["Permissions", { fields: ["isActive", "isStaff", "isSuperuser", "groups", "userPermissions"] }],
        ["Important dates", { fields: ["lastLogin", "dateJoined"] }],
      ],
    },
    UserAdmin,
  );
}

/** The user admin: its own add form, the password summary, and the "Change password" page. */
class UserAdmin extends ModelAdmin {
  override continueAfterAdd = true;

  override objectPage(page: string, site: AdminSiteApi, request: HttpRequest, params: Record<string, string>): Promise<HttpResponse> {
    return page === "password" ? this.passwordView(site, request, params) : super.objectPage(page, site, request, params);
  }

  /** Adding a user: username and password only, as Django; the rest is edited next. */
  override async customForm(request: HttpRequest, obj: AdminObject | null): Promise<HttpResponse | null> {
    if (obj !== null) return null;
    const site = this.site;
    const validators = request.app.settings.AUTH_PASSWORD_VALIDATORS;
    const Form = userCreationForm(validators);
    const form = request.method === "POST" ? new Form(request.POST) : new Form();
    if (request.method === "POST" && form.isValid()) {
      const { User } = site.auth;
      const username = form.cleanedData.username as string;
      if (await User.objects.filter({ username }).exists()) {
        form.addError("username", new ValidationError("A user with that username already exists.", { code: "unique" }));
      } else {
        const candidate = new User({ username, password: "" });
        const password = await checkNewPassword(form as never, candidate, validators);
        if (password !== null) {
          const user = (await User.objects.createUser(username, "", password)) as unknown as AdminObject;
          await site.log(request, this.meta, user, ADDITION, [{ added: {} }]);
          return afterSave(site, this, request, user, true);
        }
      }
    }
    return render(request, "admin/auth/user/add_form.html", site.eachContext(request, "Add user", {
      opts: this.meta,
      form,
      app_name: "Authentication and Authorization",
      app_url: site.url(`app_list_${this.meta.appLabel}`),
      changelist_url: site.url(`${this.urlName}_changelist`),
      error_count: Object.keys(form.errors).length,
    }));
  }

  /** The password row: the hash's algorithm, iterations and masked salt and hash, and the link to change it. */
  override readonlyContents(obj: AdminObject | null, name: string, text: string): unknown {
    if (name !== "password" || !obj) return text;
    const encoded = String(obj.password ?? "");
    const hasher = encoded.startsWith("!") ? undefined : identifyHasher(encoded);
    const summary = hasher
      ? Object.entries(hasher.safeSummary(encoded)).map(([k, v]) => `<strong>${escape(k)}</strong>: <bdi>${escape(v)}</bdi> `).join("")
      : encoded.startsWith("!") ? "<strong>No password set.</strong>" : "<strong>Invalid password format or unknown hashing algorithm.</strong>";
    const link = this.site.url(`${this.urlName}_password_change`, { objectId: obj.pk });
    return markSafe(
      `<div class="password-summary">${summary}</div><p class="help">Raw passwords are not stored, so there is no way to see the user’s password.</p>` +
        `<p><a class="button" href="${escape(link)}">Reset password</a></p>`,
    );
  }

  /** Setting another user's password (the admin's `user_change_password`). */
  async passwordView(site: AdminSiteApi, request: HttpRequest, { objectId }: Record<string, string>): Promise<HttpResponse> {
    if (!(await this.hasPermission(request, "change"))) throw new PermissionDenied();
    const user = (await objectOr404(request, this, objectId!)) as unknown as User | null;
    if (!user) return new HttpResponseRedirect(site.url("index"));
    const validators = request.app.settings.AUTH_PASSWORD_VALIDATORS;
    const Form = setPasswordForm(validators);
    const form = request.method === "POST" ? new Form(request.POST) : new Form();
    if (request.method === "POST" && form.isValid()) {
      const password = await checkNewPassword(form as never, user, validators);
      if (password !== null) {
        await user.setPassword(password);
        await user.save({ updateFields: ["password"] });
        await site.log(request, this.meta, user as unknown as AdminObject, CHANGE, [{ changed: { fields: ["Password"] } }]);
        messages.success(request, "Password changed successfully.");
        return new HttpResponseRedirect(site.url(`${this.urlName}_change`, { objectId: user.pk }));
      }
    }
    return render(request, "admin/auth/user/change_password.html", site.eachContext(request, `Change password: ${user.username}`, {
      opts: this.meta,
      form,
      original_label: user.username,
      app_name: "Authentication and Authorization",
      app_url: site.url(`app_list_${this.meta.appLabel}`),
      changelist_url: site.url(`${this.urlName}_changelist`),
      change_url: site.url(`${this.urlName}_change`, { objectId: user.pk }),
      verbose_name_plural: capfirst(this.meta.verboseNamePlural),
      error_count: Object.keys(form.errors).length,
    }));
  }
}
