/**
 * `app.admin`: Django's AdminSite for one app. Models are registered with their options;
 * `app.admin.urls` gives the URL patterns to mount (`path("admin/", app.admin.urls)`), in the
 * "admin" namespace with Django's URL names (`admin:polls_question_changelist`). Every page
 * but the login page needs an active staff user, and is never cached.
 */
import type { AppAuth } from "../auth/state.ts";
import type { AuthHost } from "../auth/user.ts";
import type { ModelConstructor, ModelOptions } from "../db/options.ts";
import { Http404, ImproperlyConfigured } from "../errors.ts";
import type { HttpRequest } from "../http/request.ts";
import type { HttpResponse } from "../http/response.ts";
import type { TemplateLoader } from "../templates/loaders.ts";
import { include, path, type URLPattern } from "../urls/index.ts";
import { declareLogEntry, logAction, type ChangeMessagePart, type LogEntryClass } from "./log-entry.ts";
import { ModelAdmin } from "./model-admin.ts";
import { appName, type AdminSiteApi } from "./site-api.ts";
import { capfirst, type AdminObject, type ModelAdminOptions } from "./options.ts";
import { ADMIN_STATIC } from "./static/index.ts";
import { adminTemplateLoader } from "./templates/all.ts";
import { adminView, staticView } from "./views/common.ts";
import { loginView, logoutView, passwordChangeDoneView, passwordChangeView } from "./views/auth-views.ts";
import { appIndexView, indexView } from "./views/index-views.ts";
import { changelistView } from "./views/changelist-view.ts";
import { addView, changeView } from "./views/change-view.ts";
import { deleteSelectedView, deleteView, historyView } from "./views/delete-views.ts";
import { registerAuthModels } from "./user-admin.ts";

/** What the admin needs of the app: auth, templates, URLs. `App` is one. */
export interface AdminHost extends AuthHost {
  readonly auth: AppAuth;
  addTemplateLoader(loader: TemplateLoader): void;
  reverse(name: string, params?: Record<string, unknown> | unknown[]): string;
}

/** The admin of one app. */
export class AdminSite implements AdminSiteApi {
  /** The text of the header (Django's `site_header`). */
  siteHeader = "onefile administration";
  /** The end of every page title (Django's `site_title`). */
  siteTitle = "onefile site admin";
  /** The title of the index page. */
  indexTitle = "Site administration";
  /** Where "View site" goes; null hides the link. */
  siteUrl: string | null = "/";
  readonly auth: AppAuth;
  readonly LogEntry: LogEntryClass;
  readonly #registry = new Map<ModelConstructor, ModelAdmin>();

  constructor(readonly host: AdminHost) {
    this.auth = host.auth;
    this.LogEntry = declareLogEntry(host.db, this.auth);
    host.addTemplateLoader(adminTemplateLoader);
    registerAuthModels(this);
  }

  /**
   * Adds a model to the admin.
   *
   * @example
   * ```ts
   * app.admin.register(Question, { listDisplay: ["questionText", "pubDate"], searchFields: ["questionText"] });
   * ```
   * @throws ImproperlyConfigured for an option naming a field the model does not have, or a model registered twice.
   */
  register(model: ModelConstructor, options: ModelAdminOptions = {}, AdminClass: typeof ModelAdmin = ModelAdmin): ModelAdmin {
    if (!model?._meta) throw new TypeError("app.admin.register() takes a model class made with app.Model().");
    if (this.#registry.has(model)) throw new ImproperlyConfigured(`The model ${model._meta.objectName} is already registered with the admin.`);
    const modelAdmin = new AdminClass(model, options);
    modelAdmin.site = this;
    this.#registry.set(model, modelAdmin);
    return modelAdmin;
  }

  /** Removes a model (for example the built-in `User`, to register it with other options). */
  unregister(model: ModelConstructor): void {
    if (!this.#registry.delete(model)) throw new ImproperlyConfigured(`The model ${model._meta.objectName} is not registered with the admin.`);
  }

  /** True when `model` is registered. */
  isRegistered(model: ModelConstructor): boolean {
    return this.#registry.has(model);
  }

  /** The registered model admins, in registration order. */
  get modelAdmins(): ModelAdmin[] {
    return [...this.#registry.values()];
  }

  /** The ModelAdmin of the model with these options, if registered. */
  adminFor(meta: ModelOptions): ModelAdmin | undefined {
    return this.modelAdmins.find((m) => m.meta === meta);
  }

  /**
   * The admin's URL patterns, for `path("admin/", app.admin.urls)`.
   *
   * @example
   * ```ts
   * app.urlpatterns = [path("admin/", app.admin.urls), path("", index)];
   * ```
   */
  get urls() {
    const view = (fn: (site: AdminSiteApi, request: HttpRequest, params: Record<string, string>) => Promise<HttpResponse>) =>
      adminView(this, (request, params) => fn(this, request, params));
    const patterns: URLPattern[] = [
      path("", view(indexView), { name: "index" }),
      path("login/", (request: HttpRequest) => loginView(this, request), { name: "login" }),
      path("logout/", view(logoutView), { name: "logout" }),
      path("password_change/", view(passwordChangeView), { name: "password_change" }),
      path("password_change/done/", view(passwordChangeDoneView), { name: "password_change_done" }),
      path("static/<str:file>", staticView(ADMIN_STATIC), { name: "static" }),
    ];
    // The app label is known only once the host has loaded the file, after this runs: the
    // model's part of each URL is matched at request time, not written into the patterns.
    const byUrl = (fn: (site: AdminSiteApi, m: ModelAdmin, request: HttpRequest, params: Record<string, string>) => Promise<HttpResponse>) =>
      adminView(this, (request, params) => {
        const modelAdmin = this.modelAdmins.find((m) => m.meta.appLabel === params.appLabel && m.meta.modelName === params.modelName);
        if (!modelAdmin) throw new Http404("The requested admin page does not exist.");
        return fn(this, modelAdmin, request, params);
      });
    const model = "<str:appLabel>/<str:modelName>/";
    patterns.push(
      path(`${model}<str:objectId>/password/`, byUrl((site, m, request, params) => m.objectPage("password", site, request, params)), { name: "password_change_object" }),
      path(model, byUrl(changelistView), { name: "changelist" }),
      path(`${model}add/`, byUrl(addView), { name: "add" }),
      path(`${model}<str:objectId>/history/`, byUrl(historyView), { name: "history" }),
      path(`${model}<str:objectId>/delete/`, byUrl(deleteView), { name: "delete" }),
      path(`${model}<str:objectId>/change/`, byUrl(changeView), { name: "change" }),
      path("<str:appLabel>/", adminView(this, (request, params) => appIndexView(this, request, params.appLabel!)), { name: "app_list" }),
    );
    return include(patterns, { namespace: "admin" });
  }

  /**
   * The URL of an admin page, by Django's name: `url("polls_question_change", { objectId: 3 })`,
   * `url("app_list_polls")`, `url("index")`.
   */
  url(name: string, params?: Record<string, unknown>): string {
    for (const m of this.modelAdmins) {
      if (name.startsWith(`${m.urlName}_`)) {
        const suffix = name.slice(m.urlName.length + 1);
        const generic = suffix === "password_change" ? "password_change_object" : suffix;
        return this.host.reverse(`admin:${generic}`, { appLabel: m.meta.appLabel, modelName: m.meta.modelName, ...params });
      }
    }
    if (name.startsWith("app_list_")) return this.host.reverse("admin:app_list", { appLabel: name.slice("app_list_".length) });
    return this.host.reverse(`admin:${name}`, params);
  }

  /** Whether the user may use the admin at all (Django's `has_permission`): active and staff. */
  hasPermission(request: HttpRequest): boolean {
    const user = request.user;
    return Boolean(user?.isActive && user.isStaff);
  }

  /** What every admin page's template needs. */
  eachContext(request: HttpRequest, title: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const user = request.user as unknown as AdminObject & { getShortName?: () => string; hasUsablePassword?: () => boolean };
    return {
      title,
      site_header: this.siteHeader,
      site_title: this.siteTitle,
      site_url: this.siteUrl,
      has_permission: this.hasPermission(request),
      user_display_name: user?.isAuthenticated ? user.getShortName?.() || user.username : "",
      user_has_usable_password: Boolean(user?.isAuthenticated && user.hasUsablePassword?.()),
      user_is_authenticated: Boolean(user?.isAuthenticated),
      admin_css_url: `${this.url("static", { file: "admin.css" })}?v=${ADMIN_STATIC["admin.css"]!.version}`,
      admin_js_url: `${this.url("static", { file: "admin.js" })}?v=${ADMIN_STATIC["admin.js"]!.version}`,
      ...extra,
    };
  }

  /** The apps and models the user may see, with their links (Django's `get_app_list`). */
  async appList(request: HttpRequest, onlyLabel?: string) {
    const apps = new Map<string, { name: string; appLabel: string; appUrl: string; models: Record<string, unknown>[] }>();
    for (const modelAdmin of this.modelAdmins) {
      const meta = modelAdmin.meta;
      if (onlyLabel && meta.appLabel !== onlyLabel) continue;
      const perms = {
        add: await modelAdmin.hasPermission(request, "add"),
        change: await modelAdmin.hasPermission(request, "change"),
        delete: await modelAdmin.hasPermission(request, "delete"),
        view: await modelAdmin.hasViewPermission(request),
      };
      if (!Object.values(perms).some(Boolean)) continue;
      let app = apps.get(meta.appLabel);
      if (!app) apps.set(meta.appLabel, (app = { name: appName(meta.appLabel), appLabel: meta.appLabel, appUrl: this.url(`app_list_${meta.appLabel}`), models: [] }));
      app.models.push({
        name: capfirst(meta.verboseNamePlural),
        objectName: meta.objectName,
        perms,
        adminUrl: perms.view ? this.url(`${modelAdmin.urlName}_changelist`) : null,
        addUrl: perms.add ? this.url(`${modelAdmin.urlName}_add`) : null,
        viewOnly: !perms.change,
      });
    }
    const list = [...apps.values()].sort((a, b) => a.name.localeCompare(b.name));
    for (const app of list) app.models.sort((a, b) => String(a.name).localeCompare(String(b.name)));
    return list;
  }

  /** The content type row of a model (made on first use). */
  async contentTypeFor(meta: ModelOptions): Promise<{ pk: unknown }> {
    const [type] = await this.auth.ContentType.objects.getOrCreate({ appLabel: meta.appLabel, model: meta.modelName });
    return type;
  }

  deleteSelected(modelAdmin: ModelAdmin, request: HttpRequest, queryset: PromiseLike<AdminObject[]>): Promise<HttpResponse | void> {
    return deleteSelectedView(this, modelAdmin, request, queryset);
  }

  /** Records an action in the admin log (LogEntry). */
  log(request: HttpRequest, meta: ModelOptions, obj: AdminObject, flag: number, message: ChangeMessagePart[] | string): Promise<void> {
    return logAction(this.LogEntry, (m) => this.contentTypeFor(m), { user: request.user as { pk: unknown }, meta, obj, flag, message });
  }
}
