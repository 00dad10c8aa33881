/**
 * Every template the admin ships, by name, as a template loader. It is consulted after the
 * app's `TEMPLATES`, so a project overrides any of them (say `admin/base_site.html` for its
 * branding) by defining a template of the same name, as in Django.
 */
import type { TemplateLoader } from "../../templates/loaders.ts";
import { baseTemplates } from "./base.ts";
import { changeFormTemplates } from "./change-form.ts";
import { changelistTemplates } from "./changelist.ts";
import { indexTemplates } from "./index.ts";
import { pageTemplates } from "./pages.ts";

/** The admin's templates, name → nunjucks source. */
export const ADMIN_TEMPLATES: Readonly<Record<string, string>> = Object.freeze({
  ...baseTemplates,
  ...indexTemplates,
  ...changelistTemplates,
  ...changeFormTemplates,
  ...pageTemplates,
});

/** A loader that serves `ADMIN_TEMPLATES`, for `app.addTemplateLoader`. */
export const adminTemplateLoader: TemplateLoader = Object.assign(
  (name: string) => (Object.hasOwn(ADMIN_TEMPLATES, name) ? { source: ADMIN_TEMPLATES[name]!, path: `onefile/admin/${name}` } : undefined),
  { list: () => Object.keys(ADMIN_TEMPLATES) },
);
