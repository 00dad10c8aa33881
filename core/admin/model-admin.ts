/**
 * `ModelAdmin`: one registered model and its options, checked at registration (a misspelt
 * field is an error naming the choices, at the line that registered it). It answers what the
 * views ask: which permissions the user has, which columns, fieldsets and actions to show.
 */
import type { ModelConstructor, ModelOptions } from "../db/options.ts";
import { Http404, ImproperlyConfigured } from "../errors.ts";
import type { HttpRequest } from "../http/request.ts";
import { closest } from "../util/closest.ts";
import { ForeignKeyImpl, ManyToManyFieldImpl } from "../db/fields/related.ts";
import { defaultFormFields } from "./forms.ts";
import { InlineAdmin } from "./inlines.ts";
import { capfirst, prettyLabel, type AdminAction, type AdminObject, type DisplayColumn, type ModelAdminOptions } from "./options.ts";
import { deleteSelected } from "./actions.ts";
import type { HttpResponse } from "../http/response.ts";
import type { AdminSiteApi } from "./site-api.ts";

/** One changelist column, resolved. */
export interface Column {
  readonly name: string;
  readonly header: string;
  /** The value for one object (a promise for a foreign key that needs loading is never returned: rows come with them). */
  readonly value: (obj: AdminObject) => unknown;
  /** The model field behind the column, if any (for formatting). */
  readonly field: ModelOptions["fields"][number] | undefined;
  /** What to sort by for this column (a field path, `-` allowed), or undefined when it cannot sort. */
  readonly orderField: string | undefined;
  readonly boolean: boolean;
  readonly emptyValue: string | undefined;
}

/** A fieldset of the change form, normalized: lines of field names. */
export interface NormalizedFieldset {
  name: string | null;
  classes: readonly string[];
  description: string;
  lines: string[][];
}

/** One model in the admin. */
export class ModelAdmin {
  readonly meta: ModelOptions;
  readonly columns: Column[];
  readonly listDisplayLinks: readonly string[];
  readonly listPerPage: number;
  readonly listMaxShowAll: number;
  readonly inlines: InlineAdmin[];
  readonly actions: AdminAction[];
  /** The site it is registered with (set by `register`). */
  site!: AdminSiteApi;
  /** After adding, go to the change page (the user admin: the password is set, the rest next). */
  continueAfterAdd = false;

  constructor(
    readonly model: ModelConstructor,
    readonly options: ModelAdminOptions = {},
  ) {
    this.meta = model._meta;
    model._meta.registry.ready();
    const meta = this.meta;
    for (const name of [...(options.listFilter ?? []), ...(options.rawIdFields ?? []), ...(options.exclude ?? [])]) this.field(name, "a field");
    for (const name of options.searchFields ?? []) this.path(name.replace(/^[\^=@]/, ""), "searchFields");
    for (const name of options.ordering ?? []) this.path(name.replace(/^-/, ""), "ordering");
    if (options.dateHierarchy) {
      const field = this.field(options.dateHierarchy, "dateHierarchy");
      if (!/^Date(Time)?Field$/.test(field.internalType)) throw new ImproperlyConfigured(`dateHierarchy must be a DateField or DateTimeField; ${meta.objectName}.${field.name} is a ${field.internalType}.`);
    }
    for (const [name, sources] of Object.entries(options.prepopulatedFields ?? {})) for (const n of [name, ...sources]) this.field(n, "prepopulatedFields");
    this.columns = (options.listDisplay ?? ["__str__"]).map((entry) => this.column(entry));
    const links = options.listDisplayLinks === undefined ? [this.columns[0]!.name] : (options.listDisplayLinks ?? []);
    for (const link of links) {
      if (!this.columns.some((c) => c.name === link)) throw new ImproperlyConfigured(`listDisplayLinks names '${link}', which is not in listDisplay (${this.columns.map((c) => c.name).join(", ")}).`);
    }
    this.listDisplayLinks = links;
    this.listPerPage = options.listPerPage ?? 100;
    this.listMaxShowAll = options.listMaxShowAll ?? 200;
    this.inlines = (options.inlines ?? []).map((inline) => new InlineAdmin(model, inline));
    this.actions = options.actions === null ? [] : [deleteSelected, ...(options.actions ?? [])];
    for (const name of this.formFieldNames()) if (!meta.findField(name) && !this.isReadonly(name)) this.field(name, "fields");
  }

  /** "polls_question": the prefix of this model's URL names (`admin:polls_question_changelist`). */
  get urlName(): string {
    return `${this.meta.appLabel}_${this.meta.modelName}`;
  }

  /** Whether the user may do `action` ("add", "change", "delete", "view") on this model. */
  hasPermission(request: HttpRequest, action: "add" | "change" | "delete" | "view"): Promise<boolean> {
    const user = request.user;
    if (!user?.isActive || !user.isStaff) return Promise.resolve(false);
    return user.hasPerm(`${this.meta.appLabel}.${action}_${this.meta.modelName}`);
  }

  /** The view permission is implied by the change permission, as in Django. */
  async hasViewPermission(request: HttpRequest): Promise<boolean> {
    return (await this.hasPermission(request, "view")) || (await this.hasPermission(request, "change"));
  }

  /** The actions this user may run here. */
  async availableActions(request: HttpRequest): Promise<AdminAction[]> {
    const allowed: AdminAction[] = [];
    for (const action of this.actions) {
      let ok = true;
      for (const permission of action.permissions) ok &&= await this.hasPermission(request, permission as "change");
      if (ok) allowed.push(action);
    }
    return allowed;
  }

  /** The field names of the form, in order (from `fieldsets`, `fields`, or every editable field). */
  formFieldNames(): string[] {
    return this.fieldsets().flatMap((fs) => fs.lines.flat());
  }

  /** Whether `name` is shown read-only. */
  isReadonly(name: string): boolean {
    return (this.options.readonlyFields ?? []).includes(name);
  }

  /** The fieldsets of the change form. */
  fieldsets(): NormalizedFieldset[] {
    const lines = (fields: readonly (string | readonly string[])[]) => fields.map((f) => (typeof f === "string" ? [f] : [...f]));
    if (this.options.fieldsets) {
      return this.options.fieldsets.map(([name, fs]) => ({ name, classes: fs.classes ?? [], description: fs.description ?? "", lines: lines(fs.fields) }));
    }
    const readonly = (this.options.readonlyFields ?? []).filter((n) => !this.options.fields?.includes(n));
    const fields = this.options.fields ?? [...defaultFormFields(this.meta, this.options.exclude), ...readonly];
    return [{ name: null, classes: [], description: "", lines: lines(fields) }];
  }

  /** A page of one object besides change, delete and history (the user admin's "password"); none by default. */
  objectPage(_page: string, _site: AdminSiteApi, _request: HttpRequest, _params: Record<string, string>): Promise<HttpResponse> {
    throw new Http404("The requested admin page does not exist.");
  }

  /** A page that replaces the add or change form (the user admin's add form), or null. */
  async customForm(_request: HttpRequest, _obj: AdminObject | null): Promise<HttpResponse | null> {
    return null;
  }

  /** What a read-only field shows (`text` is the formatted value); the user admin shows the password hash summary. */
  readonlyContents(_obj: AdminObject | null, _name: string, text: string): unknown {
    return text;
  }

  /** The "Delete selected …" action (its pages are the site's). */
  deleteSelected(request: HttpRequest, queryset: PromiseLike<AdminObject[]>): Promise<HttpResponse | void> {
    return this.site.deleteSelected(this, request, queryset);
  }

  /** The value of a read-only field or method for an object. */
  readonlyValue(obj: AdminObject, name: string): unknown {
    const value = obj[name];
    return typeof value === "function" ? (value as () => unknown).call(obj) : value;
  }

  /** The foreign keys the changelist loads with its rows (those shown as columns, unless set). */
  selectRelated(): string[] {
    if (this.options.listSelectRelated) return [...this.options.listSelectRelated];
    return this.columns.filter((c) => c.field instanceof ForeignKeyImpl).map((c) => c.name);
  }

  /** The label of a field or method for headers and read-only rows. */
  labelFor(name: string): string {
    const field = this.meta.findField(name);
    return capfirst(field ? field.verboseName : prettyLabel(name));
  }

  private column(entry: string | DisplayColumn): Column {
    if (typeof entry !== "string") {
      if (entry?.kind !== "display") throw new ImproperlyConfigured(`listDisplay entries are field names or display(...) columns; got ${typeof entry}.`);
      return { name: entry.name, header: capfirst(entry.description), value: entry.get, field: undefined, orderField: entry.ordering, boolean: entry.boolean, emptyValue: entry.emptyValue };
    }
    if (entry === "__str__") {
      return { name: "__str__", header: capfirst(this.meta.verboseName), value: (obj) => String(obj), field: undefined, orderField: undefined, boolean: false, emptyValue: undefined };
    }
    const field = this.meta.findField(entry);
    if (field) {
      if (field instanceof ManyToManyFieldImpl) throw new ImproperlyConfigured(`listDisplay cannot show the many-to-many field ${this.meta.objectName}.${entry}; use a display() column.`);
      const fk = field instanceof ForeignKeyImpl;
      return {
        name: entry,
        header: capfirst(field.verboseName),
        value: (obj) => (fk ? (obj._state as { cache: Map<string, unknown> }).cache.get(entry) ?? null : obj[entry]),
        field,
        orderField: entry,
        boolean: field.internalType === "BooleanField",
        emptyValue: undefined,
      };
    }
    const proto = (this.model as unknown as { prototype: Record<string, unknown> }).prototype;
    if (entry in proto) {
      return { name: entry, header: prettyLabel(entry), value: (obj) => this.readonlyValue(obj, entry), field: undefined, orderField: undefined, boolean: false, emptyValue: undefined };
    }
    throw this.unknown(entry, "listDisplay");
  }

  private field(name: string, option: string) {
    const field = this.meta.findField(name);
    if (!field) throw this.unknown(name, option);
    return field;
  }

  private path(path: string, option: string): void {
    const [first] = path.split("__");
    if (!this.meta.findField(first!) && !this.meta.findReverse(first!)) throw this.unknown(path, option);
  }

  private unknown(name: string, option: string): ImproperlyConfigured {
    const choices = this.meta.allFields.map((f) => f.name);
    const hint = closest(name, choices);
    return new ImproperlyConfigured(
      `The admin's ${option} for ${this.meta.objectName} names '${name}', which is not a field of ${this.meta.objectName}.${hint ? ` Did you mean '${hint}'?` : ""} Fields: ${choices.join(", ")}.`,
    );
  }
}
