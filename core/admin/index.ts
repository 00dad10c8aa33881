/**
 * onefile's admin: Django's `django.contrib.admin` for a single file. Register models with
 * `app.admin.register(Model, options)` and mount `app.admin.urls`; `display()` and `action()`
 * are Django's `@admin.display` and `@admin.action`.
 *
 * @example
 * ```ts
 * import { admin, path } from "onefile";
 * app.admin.register(Question, {
 *   listDisplay: ["questionText", "pubDate", admin.display({ boolean: true, description: "Recent?" }, (q) => q.wasPublishedRecently())],
 *   searchFields: ["questionText"],
 * });
 * app.urlpatterns = [path("admin/", app.admin.urls)];
 * ```
 * @module
 */
export { AdminSite, type AdminHost } from "./site.ts";
export { ModelAdmin } from "./model-admin.ts";
export { display, action, type ModelAdminOptions, type InlineOptions, type Fieldset, type AdminAction, type DisplayColumn } from "./options.ts";
