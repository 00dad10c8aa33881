/**
 * What `app.admin.register(Model, options)` takes: Django's ModelAdmin options in camelCase,
 * plus `display()` and `action()`, the counterparts of Django's `@admin.display` and
 * `@admin.action` decorators.
 */
import type { HttpRequest } from "../http/request.ts";
import type { HttpResponse } from "../http/response.ts";
import type { ModelConstructor } from "../db/options.ts";
import type { QuerySet } from "../db/query/queryset.ts";

/** A model instance, as the admin handles it. */
export type AdminObject = Record<string, any> & { pk: unknown; save(options?: object): Promise<void>; delete(): Promise<unknown> };

/** A column the changelist can show: computed from the object, with Django's display options. */
export interface DisplayColumn {
  readonly kind: "display";
  /** What the column shows for one object (a value, or a promise of one). */
  readonly get: (obj: AdminObject) => unknown;
  /** The column header. */
  readonly description: string;
  /** Show the value as a yes/no icon. */
  readonly boolean: boolean;
  /** The field (or `-field`) to sort by when the header is clicked; none: not sortable. */
  readonly ordering: string | undefined;
  /** What an empty value shows. */
  readonly emptyValue: string | undefined;
  /** A name for CSS classes and error messages. */
  readonly name: string;
}

/**
 * A computed changelist column, as Django's `@admin.display`.
 *
 * @example
 * ```ts
 * app.admin.register(Question, {
 *   listDisplay: ["questionText", display({ description: "Published recently?", boolean: true, ordering: "pubDate" },
 *     (q: Question) => q.wasPublishedRecently())],
 * });
 * ```
 */
export function display<T extends AdminObject>(
  options: { description?: string; boolean?: boolean; ordering?: string; emptyValue?: string },
  get: (obj: T) => unknown,
): DisplayColumn {
  if (typeof get !== "function") throw new TypeError("display(options, fn) takes a function of the object as its second argument.");
  const name = get.name || (options.description ?? "display").toLowerCase().replace(/[^a-z0-9]+/g, "_");
  return {
    kind: "display",
    get: get as (obj: AdminObject) => unknown,
    description: options.description ?? prettyLabel(name),
    boolean: options.boolean ?? false,
    ordering: options.ordering,
    emptyValue: options.emptyValue,
    name,
  };
}

/** What an action does with the selected objects; it may return a response (a confirmation page). */
export type ActionHandler = (
  modelAdmin: { readonly model: ModelConstructor },
  request: HttpRequest,
  queryset: QuerySet<any>,
) => void | HttpResponse | Promise<void | HttpResponse>;

/** An admin action: a name, what the actions menu says, and who may run it. */
export interface AdminAction {
  readonly kind: "action";
  readonly name: string;
  /** The menu text; "%(verbose_name_plural)s" is filled in ("Delete selected questions"). */
  readonly description: string;
  /** Permissions ("add", "change", "delete", "view") the user needs on the model to see the action. */
  readonly permissions: readonly string[];
  readonly handler: ActionHandler;
}

/**
 * An admin action, as Django's `@admin.action`.
 *
 * @example
 * ```ts
 * const closePolls = action({ description: "Close selected polls", permissions: ["change"] },
 *   async function closePolls(modelAdmin, request, queryset) {
 *     const n = await queryset.update({ isOpen: false });
 *     messages.success(request, `${n} polls were closed.`);
 *   });
 * app.admin.register(Question, { actions: [closePolls] });
 * ```
 */
export function action(options: { description?: string; permissions?: readonly string[]; name?: string }, handler: ActionHandler): AdminAction {
  if (typeof handler !== "function") throw new TypeError("action(options, fn) takes the action's function as its second argument.");
  const name = options.name ?? handler.name;
  if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new TypeError("An admin action needs a name: give the function a name, or pass { name: \"closePolls\" }.");
  }
  return { kind: "action", name, description: options.description ?? prettyLabel(name), permissions: options.permissions ?? [], handler };
}

/** A tabular inline: the foreign-key children of the edited object, edited in the same page. */
export interface InlineOptions {
  /** The child model (it has a foreign key to the parent). */
  model: ModelConstructor;
  /** The foreign key to use when the child has more than one to the parent. */
  fkName?: string;
  /** The fields shown (default: every editable field but the foreign key). */
  fields?: readonly string[];
  exclude?: readonly string[];
  readonlyFields?: readonly string[];
  /** Blank rows offered for new children. Default 3. */
  extra?: number;
  /** Offer a "Delete?" box on existing children. Default true. */
  canDelete?: boolean;
  /** At most this many children. */
  maxNum?: number;
  verboseName?: string;
  verboseNamePlural?: string;
}

/** A fieldset: a titled group of fields on the change form. */
export interface Fieldset {
  /** Each entry is a field, or several fields on one line. */
  fields: readonly (string | readonly string[])[];
  /** "collapse" folds it; "wide" widens it. */
  classes?: readonly string[];
  description?: string;
}

/** The options of `app.admin.register(Model, options)`, Django's ModelAdmin attributes. */
export interface ModelAdminOptions {
  /** Columns of the changelist: field names, "__str__", model method names, or `display()` columns. */
  listDisplay?: readonly (string | DisplayColumn)[];
  /** Columns that link to the change page (default the first); `null` for none. */
  listDisplayLinks?: readonly string[] | null;
  /** Fields in the filters sidebar: booleans, choices, dates and foreign keys. */
  listFilter?: readonly string[];
  /** Fields searched by the search box; `^` prefix = starts with, `=` = exact, `@` = word search. */
  searchFields?: readonly string[];
  /** Default ordering of the changelist (default the model's). */
  ordering?: readonly string[];
  /** Objects per changelist page. Default 100. */
  listPerPage?: number;
  /** "Show all" is offered up to this many objects. Default 200. */
  listMaxShowAll?: number;
  /** A date field to drill down by year, month and day above the changelist. */
  dateHierarchy?: string;
  /** The fields of the form, in order (a nested array puts fields on one line). */
  fields?: readonly (string | readonly string[])[];
  /** Titled groups of fields: `[["Date information", { fields: ["pubDate"], classes: ["collapse"] }]]`. */
  fieldsets?: readonly (readonly [string | null, Fieldset])[];
  /** Fields shown but not editable (also computed values by method name). */
  readonlyFields?: readonly string[];
  /** Fields left out of the form. */
  exclude?: readonly string[];
  /** Children edited on the same page. */
  inlines?: readonly InlineOptions[];
  /** Actions on selected objects, besides "Delete selected …". `null` removes all, even delete. */
  actions?: readonly AdminAction[] | null;
  /** Fields filled in from others as you type (a slug from a title): `{ slug: ["title"] }`. */
  prepopulatedFields?: Readonly<Record<string, readonly string[]>>;
  /** Foreign keys edited as an id box instead of a select (for large tables). */
  rawIdFields?: readonly string[];
  /** Foreign keys loaded with the changelist rows (default: those shown in listDisplay). */
  listSelectRelated?: readonly string[];
  /** Count all objects for "N results (M total)". Default true. */
  showFullResultCount?: boolean;
  /** Show the save buttons above the form too. */
  saveOnTop?: boolean;
}

/** "questionText" → "Question text". */
export function prettyLabel(name: string): string {
  const words = name.replace(/_/g, " ").replace(/([a-z0-9])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`).trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : "";
}

/** Capitalises the first letter only (Django's `capfirst`). */
export function capfirst(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}
