/**
 * Tabular inlines: the foreign-key children of the object on the change page, one table row
 * each, with Django's formset names (`choices-TOTAL_FORMS`, `choices-0-choiceText`,
 * `choices-0-id`, `choices-0-DELETE`), so the same POST shape works. Blank extra rows add
 * children; an unchanged blank row is ignored; a row's id must belong to the parent.
 */
import { ForeignKeyImpl } from "../db/fields/related.ts";
import type { ModelConstructor, ModelOptions } from "../db/options.ts";
import { ImproperlyConfigured } from "../errors.ts";
import { ErrorList } from "../forms/errors.ts";
import { escape, markSafe, type SafeString } from "../forms/safe.ts";
import { applyForm, defaultFormFields, initialFromInstance, modelFormClass, saveManyToMany } from "./forms.ts";
import { capfirst, type AdminObject, type InlineOptions } from "./options.ts";
import { displayForValue } from "./format.ts";

/** No formset takes more rows than this from a request, whatever TOTAL_FORMS says. */
const ABSOLUTE_MAX_FORMS = 1000;

type Data = URLSearchParams;
type AnyForm = Awaited<ReturnType<typeof modelFormClass>> extends new (...args: any[]) => infer F ? F : never;

/** One row of an inline: its form, and the existing child it edits (null for a new one). */
interface Row {
  form: AnyForm;
  original: AdminObject | null;
  deleting: boolean;
}

/** An inline as configured: the child model, its foreign key to the parent, its fields. */
export class InlineAdmin {
  readonly model: ModelConstructor;
  readonly meta: ModelOptions;
  readonly fk: ForeignKeyImpl<unknown>;
  readonly fields: string[];
  readonly readonlyFields: readonly string[];
  readonly extra: number;
  readonly canDelete: boolean;
  readonly maxNum: number;
  readonly verboseNamePlural: string;
  readonly prefix: string;

  constructor(parent: ModelConstructor, readonly options: InlineOptions) {
    this.model = options.model;
    this.meta = options.model._meta;
    this.fk = findForeignKey(parent, this.meta, options.fkName);
    this.readonlyFields = options.readonlyFields ?? [];
    const exclude = [this.fk.name, ...(options.exclude ?? [])];
    this.fields = (options.fields ?? defaultFormFields(this.meta, exclude)).filter((f) => !exclude.includes(f));
    this.extra = options.extra ?? 3;
    this.canDelete = options.canDelete ?? true;
    this.maxNum = Math.min(options.maxNum ?? ABSOLUTE_MAX_FORMS, ABSOLUTE_MAX_FORMS);
    this.verboseNamePlural = capfirst(options.verboseNamePlural ?? this.meta.verboseNamePlural);
    const reverse = parent._meta.relatedObjects.find((r) => r.field === this.fk);
    this.prefix = reverse?.name ?? `${this.meta.modelName}Set`;
  }

  /** The rows for `parent` (null when adding), bound to `data` on a POST. */
  async formset(parent: AdminObject | null, data: Data | null): Promise<InlineFormSet> {
    const editable = this.fields.filter((f) => !this.readonlyFields.includes(f));
    const FormClass = await modelFormClass(this.meta, editable, {});
    const existing = parent ? ((await (this.model as unknown as { objects: { filter(l: object): PromiseLike<AdminObject[]> } }).objects.filter({ [this.fk.name]: parent.pk })) as AdminObject[]) : [];
    const rows: Row[] = [];
    const initialCount = data ? clampCount(data.get(`${this.prefix}-INITIAL_FORMS`), existing.length) : existing.length;
    const total = data ? clampCount(data.get(`${this.prefix}-TOTAL_FORMS`), this.maxNum) : Math.min(existing.length + this.extra, Math.max(this.maxNum, existing.length));
    const byPk = new Map(existing.map((o) => [String(o.pk), o]));
    for (let i = 0; i < total; i++) {
      const prefix = `${this.prefix}-${i}`;
      let original: AdminObject | null = null;
      if (data ? i < initialCount : i < existing.length) {
        // The row names its child by id: only the parent's own children can be edited this way.
        original = data ? (byPk.get(data.get(`${prefix}-id`) ?? "") ?? null) : existing[i]!;
        if (data && !original) continue;
      }
      const initial = original ? await initialFromInstance(this.meta, original, editable) : defaultsOf(this.meta, editable);
      const form = new FormClass(data, null, { prefix, initial, emptyPermitted: !original }) as AnyForm;
      rows.push({ form, original, deleting: Boolean(original && this.canDelete && data?.get(`${prefix}-DELETE`)) });
    }
    // The template row that "Add another" copies in the browser (Django's empty_form).
    const empty = new FormClass(null, null, { prefix: `${this.prefix}-__prefix__`, initial: defaultsOf(this.meta, editable), emptyPermitted: true }) as AnyForm;
    return new InlineFormSet(this, rows, existing.length, Boolean(data), empty);
  }
}

/** The rows of one inline on one page: validation, saving, and what the template shows. */
export class InlineFormSet {
  constructor(
    readonly inline: InlineAdmin,
    readonly rows: Row[],
    readonly initialCount: number,
    readonly bound: boolean,
    readonly emptyForm: AnyForm,
  ) {}

  /** True when every row that counts is valid (deleted rows and untouched blank rows do not count). */
  async isValid(): Promise<boolean> {
    let valid = true;
    for (const row of this.rows) {
      if (row.deleting) continue;
      if (!row.original && !row.form.hasChanged()) continue;
      if (!row.form.isValid()) {
        valid = false;
        continue;
      }
      const target = row.original ?? (new (this.inline.model as unknown as new (v: object) => AdminObject)({}) as AdminObject);
      (row as Row & { target?: AdminObject }).target = target;
      await applyForm(this.inline.meta, row.form as never, target, [this.inline.fk.name]);
      if (Object.keys(row.form.errors).length) valid = false;
    }
    return valid;
  }

  /**
   * Saves the rows under `parent` (after `isValid()`), and returns Django's change-message
   * parts: `{ added: [...], changed: [...], deleted: [...] }` with each child's name.
   */
  async save(parent: AdminObject): Promise<{ added: string[]; changed: { name: string; fields: string[] }[]; deleted: string[] }> {
    const log = { added: [] as string[], changed: [] as { name: string; fields: string[] }[], deleted: [] as string[] };
    for (const row of this.rows) {
      if (row.deleting && row.original) {
        log.deleted.push(String(row.original));
        await row.original.delete();
        continue;
      }
      const target = (row as Row & { target?: AdminObject }).target;
      if (!target) continue;
      if (!row.original && !row.form.hasChanged()) continue;
      if (row.original && !row.form.hasChanged()) continue;
      target[this.inline.fk.attname] = parent.pk;
      const m2m = new Map<string, string[]>();
      await target.save();
      await saveManyToMany(target, m2m);
      if (row.original) log.changed.push({ name: String(target), fields: row.form.changedData.map((n) => this.labelOf(n)) });
      else log.added.push(String(target));
    }
    return log;
  }

  /** The number of rows with errors (for "Please correct the errors below."). */
  get errorCount(): number {
    return this.rows.filter((r) => Object.keys(r.form.errors).length > 0).length;
  }

  /** What `admin/edit_inline/tabular.html` shows. */
  context() {
    const inline = this.inline;
    const management = [
      ["TOTAL_FORMS", this.rows.length],
      ["INITIAL_FORMS", this.initialCount],
      ["MIN_NUM_FORMS", 0],
      ["MAX_NUM_FORMS", inline.maxNum],
    ]
      .map(([name, value]) => `<input type="hidden" name="${inline.prefix}-${name}" value="${value}" id="id_${inline.prefix}-${name}">`)
      .join("");
    return {
      prefix: inline.prefix,
      verboseNamePlural: inline.verboseNamePlural,
      canDelete: inline.canDelete,
      managementForm: markSafe(management),
      nonFormErrors: new ErrorList([]),
      headers: inline.fields.map((name) => {
        const field = inline.meta.findField(name);
        return { name, label: this.labelOf(name), required: Boolean(field && !field.blank && !inline.readonlyFields.includes(name)), helpText: field?.helpText ?? "" };
      }),
      rows: this.rows.map((row, i) => this.rowContext(row, i)),
      emptyRow: this.rowContext({ form: this.emptyForm, original: null, deleting: false }, "__prefix__"),
      addText: `Add another ${capfirst(inline.meta.verboseName)}`,
    };
  }

  private rowContext(row: Row, index: number | "__prefix__") {
    const inline = this.inline;
    const prefix = `${inline.prefix}-${index}`;
    const hidden: SafeString[] = [];
    if (row.original) hidden.push(markSafe(`<input type="hidden" name="${prefix}-id" value="${escape(row.original.pk)}" id="id_${prefix}-id">`));
    const checked = row.deleting ? " checked" : "";
    return {
      original: row.original,
      originalLabel: row.original ? String(row.original) : "",
      hiddenFields: hidden,
      nonFieldErrors: row.form.nonFieldErrors(),
      deleteField: markSafe(`<input type="checkbox" name="${prefix}-DELETE" id="id_${prefix}-DELETE"${checked} aria-label="Delete">`),
      cells: inline.fields.map((name) =>
        inline.readonlyFields.includes(name)
          ? { name, isReadonly: true, contents: row.original ? displayForValue(row.original[name], inline.meta.findField(name)) : "-" }
          : { name, field: row.form.field(name as never) },
      ),
    };
  }

  private labelOf(name: string): string {
    return capfirst(this.inline.meta.findField(name)?.verboseName ?? name);
  }
}

/** The child's foreign key to `parent` (the one named `fkName` when there are several). */
function findForeignKey(parent: ModelConstructor, child: ModelOptions, fkName?: string): ForeignKeyImpl<unknown> {
  parent._meta.registry.ready();
  const candidates = child.foreignKeys.filter((f) => (f.relatedModel as unknown) === parent || f.relatedModel._meta === parent._meta);
  const chosen = fkName ? candidates.find((f) => f.name === fkName) : candidates.length === 1 ? candidates[0] : undefined;
  if (!chosen) {
    throw new ImproperlyConfigured(
      candidates.length === 0
        ? `${child.objectName} has no foreign key to ${parent._meta.objectName}, so it cannot be an inline of it.`
        : `${child.objectName} has ${candidates.length > 1 && !fkName ? "more than one" : "no such"} foreign key to ${parent._meta.objectName}: give fkName (${candidates.map((f) => f.name).join(", ")}).`,
    );
  }
  return chosen as ForeignKeyImpl<unknown>;
}

/** A count from the management form: a whole number from 0 to `max`. */
function clampCount(value: string | null, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : 0;
}

/** Initial values of a blank row: the fields' constant defaults (a default that is a function is left to the model). */
function defaultsOf(meta: ModelOptions, names: readonly string[]): Record<string, unknown> {
  const initial: Record<string, unknown> = {};
  for (const name of names) {
    const field = meta.findField(name);
    const value = field?.hasDefault() ? field.schemaDefault() : undefined;
    if (value !== undefined && value !== null) initial[name] = value;
  }
  return initial;
}
