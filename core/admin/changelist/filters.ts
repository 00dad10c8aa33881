/**
 * The filters sidebar, as Django's list filters: booleans (Yes/No/Unknown), fields with
 * choices, dates (Today, Past 7 days, This month, This year) and foreign keys (one entry per
 * related object), with Django's query parameter names (`isOpen__exact=1`,
 * `pubDate__gte=…&pubDate__lt=…`, `author__id__exact=3`). Each filter reads only its own
 * parameters and turns them into lookups; a value it cannot read is an error the changelist
 * answers with Django's `?e=1`.
 */
import type { Field } from "../../db/fields/field.ts";
import { ForeignKeyImpl } from "../../db/fields/related.ts";
import type { ModelOptions } from "../../db/options.ts";
import { capfirst, type AdminObject } from "../options.ts";
import { queryString } from "./params.ts";

/** A filter parameter that cannot be used (Django's IncorrectLookupParameters). */
export class IncorrectLookupParameters extends Error {
  override name = "IncorrectLookupParameters";
}

/** One entry of a filter's list. */
export interface FilterChoice {
  display: string;
  selected: boolean;
  url: string;
}

/** A filter: its title, the parameters it owns, the lookups it applies, its choices. */
export interface ListFilter {
  title: string;
  /** The query parameters this filter reads (all others are left to other filters). */
  params: string[];
  /** The lookups for the current parameters (empty when not filtering). */
  lookups(params: URLSearchParams): Record<string, unknown>;
  /** The entries of the sidebar, each a link to the changelist with this filter changed. */
  choices(params: URLSearchParams): FilterChoice[];
}

/** Builds the filter for `name` on `meta`. Foreign-key filters read the related objects (one query). */
export async function makeFilter(meta: ModelOptions, name: string, now: () => Date = () => new Date()): Promise<ListFilter> {
  const field = meta.getField(name);
  const title = field.verboseName;
  if (field instanceof ForeignKeyImpl) return relatedFilter(field, title);
  if (field.internalType === "BooleanField") {
    return choiceFilter(field, title, [["1", "Yes"], ["0", "No"]], (v) => v === "1");
  }
  if (field.choices) {
    return choiceFilter(field, title, field.choices.map(([value, label]) => [String(value), label] as [string, string]), (v) => field.toValue(v));
  }
  if (field.internalType === "DateField" || field.internalType === "DateTimeField") return dateFilter(field, title, now);
  throw new TypeError(
    `listFilter cannot filter by ${meta.objectName}.${name}, a ${field.internalType}: use booleans, fields with choices, dates or foreign keys.`,
  );
}

/** Yes/No filters and fields with choices: `<name>__exact=value`, and `<name>__isnull=True` for null. */
function choiceFilter(field: Field, title: string, options: [string, string][], toValue: (v: string) => unknown): ListFilter {
  const exact = `${field.name}__exact`;
  const isnull = `${field.name}__isnull`;
  return {
    title,
    params: field.null ? [exact, isnull] : [exact],
    lookups(params) {
      const out: Record<string, unknown> = {};
      const value = params.get(exact);
      if (value !== null) {
        if (!options.some(([v]) => v === value)) throw new IncorrectLookupParameters(`${exact}=${value}`);
        out[field.name] = toValue(value);
      }
      if (field.null && params.get(isnull) === "True") out[`${field.name}__isnull`] = true;
      return out;
    },
    choices(params) {
      const current = params.get(exact);
      const noneSelected = params.get(isnull) === "True";
      const list: FilterChoice[] = [
        { display: "All", selected: current === null && !noneSelected, url: queryString(params, { [exact]: null, [isnull]: null, p: null }) },
        ...options.map(([value, label]) => ({
          display: label,
          selected: current === value,
          url: queryString(params, { [exact]: value, [isnull]: null, p: null }),
        })),
      ];
      if (field.null) list.push({ display: field.internalType === "BooleanField" ? "Unknown" : "Empty", selected: noneSelected, url: queryString(params, { [isnull]: "True", [exact]: null, p: null }) });
      return list;
    },
  };
}

/** A foreign-key filter: `<name>__<pk>__exact=id`, one entry per related object, plus "(None)" when nullable. */
async function relatedFilter(field: ForeignKeyImpl<unknown>, title: string): Promise<ListFilter> {
  const related = field.relatedModel as unknown as { _meta: ModelOptions; objects: { all(): PromiseLike<AdminObject[]> } };
  const pkName = related._meta.pk.name;
  const exact = `${field.name}__${pkName}__exact`;
  const isnull = `${field.name}__isnull`;
  const objects = (await related.objects.all()) as AdminObject[];
  return {
    title,
    params: field.null ? [exact, isnull] : [exact],
    lookups(params) {
      const out: Record<string, unknown> = {};
      const value = params.get(exact);
      if (value !== null) {
        try {
          out[field.attname] = related._meta.pk.toValue(value);
        } catch {
          throw new IncorrectLookupParameters(`${exact}=${value}`);
        }
      }
      if (field.null && params.get(isnull) === "True") out[`${field.name}__isnull`] = true;
      return out;
    },
    choices(params) {
      const current = params.get(exact);
      const noneSelected = params.get(isnull) === "True";
      const list: FilterChoice[] = [
        { display: "All", selected: current === null && !noneSelected, url: queryString(params, { [exact]: null, [isnull]: null, p: null }) },
        ...objects.map((o) => ({ display: String(o), selected: current === String(o.pk), url: queryString(params, { [exact]: String(o.pk), [isnull]: null, p: null }) })),
      ];
      if (field.null) list.push({ display: "(None)", selected: noneSelected, url: queryString(params, { [isnull]: "True", [exact]: null, p: null }) });
      return list;
    },
  };
}

/** Django's DateFieldListFilter: ranges as `<name>__gte` and `<name>__lt` (ISO dates, UTC). */
function dateFilter(field: Field, title: string, now: () => Date): ListFilter {
  const gte = `${field.name}__gte`;
  const lt = `${field.name}__lt`;
  const isnull = `${field.name}__isnull`;
  const ranges = (): [string, string | null, string | null][] => {
    const today = new Date(Date.UTC(now().getUTCFullYear(), now().getUTCMonth(), now().getUTCDate()));
    const day = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const monthStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
    const nextMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
    const yearStart = new Date(Date.UTC(today.getUTCFullYear(), 0, 1));
    const nextYear = new Date(Date.UTC(today.getUTCFullYear() + 1, 0, 1));
    return [
      ["Any date", null, null],
      ["Today", iso(today), iso(day(today, 1))],
      ["Past 7 days", iso(day(today, -7)), iso(day(today, 1))],
      ["This month", iso(monthStart), iso(nextMonth)],
      ["This year", iso(yearStart), iso(nextYear)],
    ];
  };
  return {
    title,
    params: field.null ? [gte, lt, isnull] : [gte, lt],
    lookups(params) {
      const out: Record<string, unknown> = {};
      for (const [param, lookup] of [[gte, "gte"], [lt, "lt"]] as const) {
        const value = params.get(param);
        if (value === null) continue;
        const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
        if (Number.isNaN(date.getTime())) throw new IncorrectLookupParameters(`${param}=${value}`);
        out[`${field.name}__${lookup}`] = date;
      }
      if (field.null && params.has(isnull)) out[`${field.name}__isnull`] = params.get(isnull) === "True";
      return out;
    },
    choices(params) {
      const list = ranges().map(([display, from, to]) => ({
        display,
        selected: params.get(gte) === from && params.get(lt) === to && !params.has(isnull),
        url: queryString(params, { [gte]: from, [lt]: to, [isnull]: null, p: null }),
      }));
      if (field.null) {
        list.push({ display: "No date", selected: params.get(isnull) === "True", url: queryString(params, { [isnull]: "True", [gte]: null, [lt]: null, p: null }) });
        list.push({ display: "Has date", selected: params.get(isnull) === "False", url: queryString(params, { [isnull]: "False", [gte]: null, [lt]: null, p: null }) });
      }
      return list;
    },
  };
}

/** The title shown above a filter: "By is open" is built by the template from this. */
export function filterTitle(filter: ListFilter): string {
  return capfirst(filter.title);
}
