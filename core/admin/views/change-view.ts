/**
 * The add and change pages: the form in its fieldsets, read-only fields, inlines, and the
 * three ways to save ("Save", "Save and add another", "Save and continue editing"), each
 * followed by Django's message and redirect. A user with only the view permission sees the
 * object read-only.
 */
import { PermissionDenied } from "../../errors.ts";
import type { HttpRequest } from "../../http/request.ts";
import { HttpResponseRedirect, type HttpResponse } from "../../http/response.ts";
import type { BoundField } from "../../forms/bound-field.ts";
import { escape, markSafe } from "../../forms/safe.ts";
import { messages } from "../../messages/api.ts";
import { render } from "../../shortcuts.ts";
import { displayForValue } from "../format.ts";
import { applyForm, initialFromInstance, modelFormClass, saveManyToMany } from "../forms.ts";
import type { InlineFormSet } from "../inlines.ts";
import { ADDITION, CHANGE, constructChangeMessage } from "../log-entry.ts";
import type { ModelAdmin } from "../model-admin.ts";
import { capfirst, type AdminObject } from "../options.ts";
import { appName, type AdminSiteApi } from "../site-api.ts";
import { breadcrumbLabel } from "./changelist-view.ts";
import { objectOr404 } from "./common.ts";

export async function addView(site: AdminSiteApi, modelAdmin: ModelAdmin, request: HttpRequest): Promise<HttpResponse> {
  if (!(await modelAdmin.hasPermission(request, "add"))) throw new PermissionDenied();
  return changeForm(site, modelAdmin, request, null);
}

export async function changeView(site: AdminSiteApi, modelAdmin: ModelAdmin, request: HttpRequest, { objectId }: Record<string, string>): Promise<HttpResponse> {
  if (!(await modelAdmin.hasViewPermission(request))) throw new PermissionDenied();
  const obj = await objectOr404(request, modelAdmin, objectId!);
  if (!obj) return new HttpResponseRedirect(site.url("index"));
  return changeForm(site, modelAdmin, request, obj);
}

async function changeForm(site: AdminSiteApi, modelAdmin: ModelAdmin, request: HttpRequest, original: AdminObject | null): Promise<HttpResponse> {
  const meta = modelAdmin.meta;
  const adding = original === null;
  const canChange = adding || (await modelAdmin.hasPermission(request, "change"));
  if (request.method === "POST" && !canChange) throw new PermissionDenied();
  const custom = await modelAdmin.customForm(request, original);
  if (custom) return custom;
  const readonly = new Set(canChange ? (modelAdmin.options.readonlyFields ?? []) : modelAdmin.formFieldNames());
  const editable = modelAdmin.formFieldNames().filter((n) => !readonly.has(n) && meta.findField(n));
  const FormClass = await modelFormClass(meta, editable, { rawIdFields: modelAdmin.options.rawIdFields, prepopulatedFields: modelAdmin.options.prepopulatedFields });
  const data = request.method === "POST" ? request.POST : null;
  const initial = original ? await initialFromInstance(meta, original, editable) : initialForAdd(modelAdmin, request, editable);
  // Files too only on POST: a form given any files (even none) is bound, and a GET would show errors.
  const form = new FormClass(data, data ? request.FILES : null, { initial: initial as never });
  const inlines: InlineFormSet[] = [];
  for (const inline of canChange ? modelAdmin.inlines : []) inlines.push(await inline.formset(original, data));

  if (data) {
    const obj = original ?? (new (modelAdmin.model as unknown as new (v: object) => AdminObject)({}) as AdminObject);
    let valid = form.isValid();
    const m2m = valid ? await applyForm(meta, form as never, obj) : new Map<string, string[]>();
    valid &&= Object.keys(form.errors).length === 0;
    for (const formset of inlines) valid = (await formset.isValid()) && valid;
    if (valid) {
      const changed = form.changedData.map((n) => modelAdmin.labelFor(n));
      await meta.registry.db.atomic(async () => {
        await obj.save();
        await saveManyToMany(obj, m2m);
        const inlineLogs = [];
        for (const formset of inlines) inlineLogs.push({ verboseName: formset.inline.meta.verboseName, ...(await formset.save(obj)) });
        await site.log(request, meta, obj, adding ? ADDITION : CHANGE, constructChangeMessage(adding, changed, inlineLogs));
      });
      return afterSave(site, modelAdmin, request, obj, adding);
    }
  }

  const errorCount = Object.keys(form.errors).length + inlines.reduce((n, f) => n + f.errorCount, 0);
  const title = `${adding ? "Add" : canChange ? "Change" : "View"} ${meta.verboseName}`;
  const hasDelete = !adding && (await modelAdmin.hasPermission(request, "delete"));
  const changelistAllowed = await modelAdmin.hasViewPermission(request);
  return render(request, "admin/change_form.html", site.eachContext(request, title, {
    subtitle: original ? String(original) : null,
    opts: meta,
    add: adding,
    app_name: appName(meta.appLabel),
    app_url: site.url(`app_list_${meta.appLabel}`),
    verbose_name_plural: capfirst(meta.verboseNamePlural),
    changelist_url: changelistAllowed ? site.url(`${modelAdmin.urlName}_changelist`) : null,
    original_label: original ? breadcrumbLabel(original) : "",
    history_url: original ? site.url(`${modelAdmin.urlName}_history`, { objectId: original.pk }) : null,
    error_count: errorCount,
    adminform: { form, fieldsets: fieldsetsContext(modelAdmin, form, original, readonly) },
    inline_admin_formsets: inlines.map((f) => f.context()),
    show_save: canChange,
    show_save_and_add_another: canChange && (await modelAdmin.hasPermission(request, "add")),
    show_save_and_continue: canChange,
    show_close: !canChange,
    show_delete_link: hasDelete,
    delete_url: original ? site.url(`${modelAdmin.urlName}_delete`, { objectId: original.pk }) : null,
  }));
}

/** Initial values of the add form: the model's defaults, and any field given in the query string (Django's). */
function initialForAdd(modelAdmin: ModelAdmin, request: HttpRequest, names: readonly string[]): Record<string, unknown> {
  const initial: Record<string, unknown> = {};
  for (const name of names) {
    const field = modelAdmin.meta.findField(name);
    if (field?.hasDefault() && !field.primaryKey) initial[name] = field.getDefault();
    const given = request.GET.get(name);
    if (given !== null) initial[name] = given;
  }
  return initial;
}

/**
 * Django's messages and redirects after a save. The object's name links to its change page
 * when the user may change it, as in Django.
 */
export async function afterSave(site: AdminSiteApi, modelAdmin: ModelAdmin, request: HttpRequest, obj: AdminObject, adding: boolean): Promise<HttpResponse> {
  const verboseName = modelAdmin.meta.verboseName;
  const changeUrl = site.url(`${modelAdmin.urlName}_change`, { objectId: obj.pk });
  const name = (await modelAdmin.hasPermission(request, "change")) ? `<a href="${escape(changeUrl)}">${escape(String(obj))}</a>` : escape(String(obj));
  const what = `The ${escape(verboseName)} “${name}” was ${adding ? "added" : "changed"} successfully.`;
  if (request.POST.has("_continue") || (adding && modelAdmin.continueAfterAdd)) {
    messages.success(request, markSafe(`${what} You may edit it again below.`));
    return new HttpResponseRedirect(changeUrl);
  }
  if (request.POST.has("_addanother")) {
    messages.success(request, markSafe(`${what} You may add another ${escape(verboseName)} below.`));
    return new HttpResponseRedirect(site.url(`${modelAdmin.urlName}_add`));
  }
  messages.success(request, markSafe(what));
  return new HttpResponseRedirect(site.url(`${modelAdmin.urlName}_changelist`));
}

/** The fieldsets as `admin/includes/fieldset.html` reads them. */
function fieldsetsContext(modelAdmin: ModelAdmin, form: { field(name: never): BoundField }, original: AdminObject | null, readonly: Set<string>) {
  const meta = modelAdmin.meta;
  return modelAdmin.fieldsets().map((fs) => ({
    name: fs.name,
    classes: fs.classes.filter((c) => c !== "collapse").join(" "),
    collapsed: fs.classes.includes("collapse"),
    description: fs.description,
    lines: fs.lines.map((names) => {
      const fields = names.map((name) => {
        const modelField = meta.findField(name);
        if (readonly.has(name) || !modelField || !modelField.editable) {
          const value = original ? modelAdmin.readonlyValue(original, name) : null;
          return { name, isReadonly: true, label: modelAdmin.labelFor(name), contents: modelAdmin.readonlyContents(original, name, displayForValue(value, modelField)), helpText: modelField?.helpText ?? "" };
        }
        const bound = form.field(name as never);
        const isCheckbox = modelField.internalType === "BooleanField";
        return {
          name,
          field: bound,
          // As Django's AdminField: a required field's label is marked (and shown bold), and a
          // checkbox's label, which follows the box, has no colon.
          label: bound.labelTag(undefined, bound.field.required ? { class: "required" } : {}, isCheckbox ? "" : undefined),
          isCheckbox,
          hasErrors: bound.errors.length > 0,
          helpText: bound.helpText,
          rawIdLabel: (modelAdmin.options.rawIdFields ?? []).includes(name) ? "" : undefined,
        };
      });
      return { fields, hasErrors: fields.some((f) => "hasErrors" in f && f.hasErrors) };
    }),
  }));
}
