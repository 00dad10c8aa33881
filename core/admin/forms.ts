/**
 * The admin's forms, built from a model's fields as Django's ModelForm: each editable field
 * gives its form field; a foreign key becomes a select of the related objects (or an id box for
 * `rawIdFields`), a many-to-many field a multiple select. After the form is valid the values go
 * onto the instance, the model's own validation runs (`fullClean`, unique checks included), and
 * its errors are shown beside the fields like the form's own.
 */
import type { Field } from "../db/fields/field.ts";
import { ForeignKeyImpl, ManyToManyFieldImpl } from "../db/fields/related.ts";
import type { ModelOptions } from "../db/options.ts";
import { NON_FIELD_ERRORS, ValidationError } from "../forms/errors.ts";
import type { Field as FormField } from "../forms/field.ts";
import * as forms from "../forms/index.ts";
import type { AdminObject } from "./options.ts";

type AnyForm = forms.BaseForm<forms.Fields> & Record<string, unknown>;

/** How the admin builds one form. */
export interface AdminFormOptions {
  /** Foreign keys shown as an id box. */
  rawIdFields?: readonly string[];
  /** field → the fields it is filled from (a `data-prepopulated-from` attribute read by admin.js). */
  prepopulatedFields?: Readonly<Record<string, readonly string[]>>;
  /** The form's prefix (inline rows). */
  prefix?: string;
}

/** The model field called `name` that a form can edit, or undefined (not a field, or not editable). */
export function editableField(meta: ModelOptions, name: string): Field | undefined {
  const field = meta.findField(name);
  if (!field || !field.editable || field.primaryKey) return undefined;
  return field;
}

/** Every field a form shows by default: editable, not the primary key, not excluded. */
export function defaultFormFields(meta: ModelOptions, exclude: readonly string[] = []): string[] {
  return meta.allFields.filter((f) => f.editable && !f.primaryKey && !exclude.includes(f.name)).map((f) => f.name);
}

/**
 * A form class editing `names` of `meta`'s model. Foreign-key and many-to-many choices are
 * read from the database now (once per request).
 */
export async function modelFormClass(meta: ModelOptions, names: readonly string[], options: AdminFormOptions = {}) {
  const fields: forms.Fields = {};
  for (const name of names) {
    const field = editableField(meta, name);
    if (!field) continue;
    const formField = await formFieldFor(meta, field, options);
    if (formField) fields[name] = formField;
  }
  return forms.Form(fields);
}

async function formFieldFor(meta: ModelOptions, field: Field, options: AdminFormOptions): Promise<FormField<any> | null> {
  const label = field.verboseName.charAt(0).toUpperCase() + field.verboseName.slice(1);
  const common = { required: !field.blank, label, helpText: field.helpText };
  if (field instanceof ForeignKeyImpl) {
    if (options.rawIdFields?.includes(field.name)) {
      return forms.CharField({ ...common, widget: new forms.TextInput({ class: "vForeignKeyRawIdAdminField" }) });
    }
    const related = field.relatedModel as unknown as { objects: { all(): PromiseLike<AdminObject[]> } };
    const objects = await related.objects.all();
    const choices = [["", "---------"], ...objects.map((o) => [String(o.pk), String(o)])] as [string, string][];
    return forms.ChoiceField({ ...common, choices });
  }
  if (field instanceof ManyToManyFieldImpl) {
    const related = field.relatedModel as unknown as { objects: { all(): PromiseLike<AdminObject[]> } };
    const objects = await related.objects.all();
    return forms.MultipleChoiceField({
      ...common,
      required: !field.blank,
      choices: objects.map((o) => [String(o.pk), String(o)] as [string, string]),
      widget: new forms.SelectMultiple({ size: String(Math.min(10, Math.max(4, objects.length))) }),
    });
  }
  const formField = field.formField();
  if (!formField) return null;
  const sources = options.prepopulatedFields?.[field.name];
  if (sources) {
    const prefix = options.prefix ? `${options.prefix}-` : "";
    formField.widget.attrs["data-prepopulated-from"] = sources.map((s) => `id_${prefix}${s}`).join(",");
  }
  return formField;
}

/** The form's initial values for an existing object: field values, foreign-key ids, many-to-many ids. */
export async function initialFromInstance(meta: ModelOptions, obj: AdminObject, names: readonly string[]): Promise<Record<string, unknown>> {
  const initial: Record<string, unknown> = {};
  for (const name of names) {
    const field = meta.findField(name);
    if (field instanceof ForeignKeyImpl) {
      const id = obj[field.attname];
      initial[name] = id === null || id === undefined ? "" : String(id);
    } else if (field instanceof ManyToManyFieldImpl) {
      const related = (await (obj[name] as { all(): PromiseLike<AdminObject[]> }).all()) as AdminObject[];
      initial[name] = related.map((o) => String(o.pk));
    } else if (field) initial[name] = obj[name];
  }
  return initial;
}

/**
 * Copies a valid form's values onto `obj` (foreign keys by id), then runs the model's
 * validation for those fields. Model errors are added to the form; returns the many-to-many
 * values to save once the object has its primary key.
 */
export async function applyForm(meta: ModelOptions, form: AnyForm, obj: AdminObject, exclude: readonly string[] = []): Promise<Map<string, string[]>> {
  const cleaned = form.cleanedData as Record<string, unknown>;
  const m2m = new Map<string, string[]>();
  for (const [name, value] of Object.entries(cleaned)) {
    const field = meta.findField(name);
    if (field instanceof ForeignKeyImpl) {
      const pkField = field.relatedModel._meta.pk;
      try {
        obj[field.attname] = value === "" || value === null || value === undefined ? null : pkField.toValue(value);
      } catch {
        form.addError(name, new ValidationError("Select a valid choice. That choice is not one of the available choices.", { code: "invalid_choice" }));
      }
    } else if (field instanceof ManyToManyFieldImpl) {
      m2m.set(name, (value as string[] | undefined) ?? []);
    } else if (field) {
      obj[name] = value === "" && field.null ? null : value;
    }
  }
  if (Object.keys(form.errors).length) return m2m;
  const names = new Set(Object.keys(cleaned));
  const notInForm = meta.fields.map((f) => f.name).filter((n) => !names.has(n) || exclude.includes(n));
  try {
    await (obj as unknown as { fullClean(options: object): Promise<void> }).fullClean({ exclude: notInForm });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    addModelErrors(form, error);
  }
  return m2m;
}

/** Saves many-to-many values collected by `applyForm` (the object must be saved first). */
export async function saveManyToMany(obj: AdminObject, values: Map<string, string[]>): Promise<void> {
  for (const [name, ids] of values) await (obj[name] as { set(ids: unknown[]): Promise<void> }).set(ids);
}

/** Puts a model ValidationError on the form: field errors beside their fields, the rest on top. */
export function addModelErrors(form: AnyForm, error: ValidationError): void {
  const known = new Set(Object.keys(form.fields));
  if (!error.errorDict) {
    form.addError(null, error);
    return;
  }
  for (const [name, list] of Object.entries(error.errorDict)) {
    for (const item of list) form.addError(name !== NON_FIELD_ERRORS && known.has(name) ? name : null, item);
  }
}
