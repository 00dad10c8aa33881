/**
 * The changelist's data, as Django's `ChangeList`: the objects matching the filters and the
 * search, in the chosen order, one page of them, and everything the page shows about them.
 * Its queries do not grow with the page size: a count (two with filters or a search), the page
 * itself with its foreign keys joined, and one per foreign-key filter.
 */
import { Q } from "../../db/query/q.ts";
import type { QuerySet } from "../../db/query/queryset.ts";
import { displayForValue } from "../format.ts";
import type { ModelAdmin } from "../model-admin.ts";
import { capfirst, type AdminObject } from "../options.ts";
import { dateHierarchy, type DateHierarchy } from "./date-hierarchy.ts";
import { IncorrectLookupParameters, makeFilter, type ListFilter } from "./filters.ts";
import { ALL_VAR, elidedPageRange, headerOrderings, IGNORED_PARAMS, ORDER_VAR, PAGE_VAR, parseOrdering, queryString, SEARCH_VAR, searchTerms } from "./params.ts";

/** Search prefixes: `^` starts with, `=` exact (both ignoring case), `@` a word anywhere; none: contains. */
const SEARCH_LOOKUPS: Record<string, string> = { "^": "istartswith", "=": "iexact", "@": "icontains" };

/** A cell of the result table. */
export interface Cell {
  text: string;
  className: string;
  isLink: boolean;
  isBoolean: boolean;
  boolean: boolean | null;
}

/** Builds one changelist page. `changeUrl` gives an object's change page. */
export async function buildChangeList(
  modelAdmin: ModelAdmin,
  params: URLSearchParams,
  changeUrl: (obj: AdminObject) => string,
): Promise<ReturnType<typeof pageContext>> {
  const meta = modelAdmin.meta;
  const options = modelAdmin.options;
  const filters: ListFilter[] = [];
  for (const name of options.listFilter ?? []) filters.push(await makeFilter(meta, name));
  const hierarchyField = options.dateHierarchy;
  const hierarchyParams = hierarchyField ? ["year", "month", "day"].map((p) => `${hierarchyField}__${p}`) : [];
  const known = new Set([...IGNORED_PARAMS, ...filters.flatMap((f) => f.params), ...hierarchyParams]);
  for (const key of params.keys()) if (!known.has(key)) throw new IncorrectLookupParameters(key);

  const base = (modelAdmin.model as unknown as { objects: { all(): QuerySet<AdminObject> } }).objects.all();
  let queryset = base;
  for (const filter of filters) {
    const lookups = filter.lookups(params);
    if (Object.keys(lookups).length) queryset = queryset.filter(lookups as never);
  }
  const hierarchyLookups: Record<string, number> = {};
  for (const param of hierarchyParams) {
    const value = params.get(param);
    if (value === null) continue;
    if (!/^\d{1,4}$/.test(value)) throw new IncorrectLookupParameters(`${param}=${value}`);
    hierarchyLookups[param] = Number(value);
  }
  if (Object.keys(hierarchyLookups).length) queryset = queryset.filter(hierarchyLookups as never);
  const query = (params.get(SEARCH_VAR) ?? "").trim();
  const searched = query ? search(queryset, options.searchFields ?? [], query, modelAdmin) : queryset;

  const sorted = parseOrdering(params.get(ORDER_VAR), modelAdmin.columns.length).filter((s) => modelAdmin.columns[s.index]!.orderField);
  const ordering = sorted.length
    ? sorted.map((s) => {
        const field = modelAdmin.columns[s.index]!.orderField!;
        const descending = field.startsWith("-") !== !s.ascending;
        return `${descending ? "-" : ""}${field.replace(/^-/, "")}`;
      })
    : [...(options.ordering ?? meta.ordering)];
  // A total order, so pages never repeat or skip rows: Django adds "-pk" the same way.
  if (!ordering.some((o) => o.replace(/^-/, "") === "pk" || o.replace(/^-/, "") === meta.pk.name)) ordering.push("-pk");
  const ordered = searched.orderBy(...(ordering as never[]));

  const filtered = filters.some((f) => f.params.some((p) => params.has(p))) || query !== "" || Object.keys(hierarchyLookups).length > 0;
  const resultCount = await ordered.count();
  const fullResultCount = filtered && options.showFullResultCount !== false ? await base.count() : filtered ? null : resultCount;
  const showAll = params.has(ALL_VAR) && resultCount <= modelAdmin.listMaxShowAll;
  const perPage = modelAdmin.listPerPage;
  const pages = Math.max(1, Math.ceil(resultCount / perPage));
  const page = params.has(PAGE_VAR) ? Number(params.get(PAGE_VAR)) : 1;
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new IncorrectLookupParameters(`${PAGE_VAR}=${params.get(PAGE_VAR)}`);
  const related = modelAdmin.selectRelated();
  const pageQuery = related.length ? ordered.selectRelated(...related) : ordered;
  const objects = (await (showAll ? pageQuery : pageQuery.slice((page - 1) * perPage, page * perPage))) as AdminObject[];
  const hierarchy = hierarchyField ? await dateHierarchy(queryset, hierarchyField, params) : null;

  return pageContext({ modelAdmin, params, filters, query, sorted, objects, resultCount, fullResultCount, filtered, showAll, page, pages, changeUrl, hierarchy });
}

/** Applies a search: every word must match at least one of the search fields. */
function search(queryset: QuerySet<AdminObject>, fields: readonly string[], query: string, modelAdmin: ModelAdmin): QuerySet<AdminObject> {
  if (!fields.length) return queryset;
  const lookups = fields.map((f) => {
    const lookup = SEARCH_LOOKUPS[f[0]!];
    return lookup ? `${f.slice(1)}__${lookup}` : `${f}__icontains`;
  });
  let result = queryset;
  for (const term of searchTerms(query)) {
    const conditions = lookups.map((lookup) => Q({ [lookup]: term } as never));
    result = result.filter(conditions.reduce((a, b) => a.or(b)) as never);
  }
  // A search through a many-valued relation can match one object several times.
  const multi = fields.some((f) => crossesMany(modelAdmin, f.replace(/^[\^=@]/, "")));
  return multi ? result.distinct() : result;
}

function crossesMany(modelAdmin: ModelAdmin, path: string): boolean {
  let meta = modelAdmin.meta;
  for (const name of path.split("__").slice(0, -1)) {
    if (meta.findReverse(name)) return true;
    const field = meta.findField(name) as { relatedModel?: { _meta: typeof meta }; concrete?: boolean } | undefined;
    if (!field?.relatedModel) return false;
    if (field.concrete === false) return true;
    meta = field.relatedModel._meta;
  }
  return false;
}

interface PageState {
  modelAdmin: ModelAdmin;
  params: URLSearchParams;
  filters: ListFilter[];
  query: string;
  sorted: ReturnType<typeof parseOrdering>;
  objects: AdminObject[];
  resultCount: number;
  fullResultCount: number | null;
  filtered: boolean;
  showAll: boolean;
  page: number;
  pages: number;
  changeUrl: (obj: AdminObject) => string;
  hierarchy: DateHierarchy | null;
}

/** What the changelist templates read as `cl`. */
function pageContext(s: PageState) {
  const { modelAdmin, params } = s;
  const meta = modelAdmin.meta;
  const plural = (n: number) => `${n} ${n === 1 ? meta.verboseName : meta.verboseNamePlural}`;
  const results = s.objects.map((obj) => ({
    pk: String(obj.pk),
    label: String(obj),
    url: s.changeUrl(obj),
    cells: modelAdmin.columns.map((column): Cell => {
      const value = column.value(obj);
      const isLink = modelAdmin.listDisplayLinks.includes(column.name);
      const className = `field-${column.name}`;
      if (column.boolean) return { text: "", className, isLink: false, isBoolean: true, boolean: value === null || value === undefined ? null : Boolean(value) };
      const text = displayForValue(value, column.field, column.emptyValue);
      return { text, className: column.field?.internalType.startsWith("Date") ? `${className} nowrap` : className, isLink, isBoolean: false, boolean: null };
    }),
  }));
  const headers = modelAdmin.columns.map((column, index) => {
    const sorted = s.sorted.find((c) => c.index === index);
    const links = headerOrderings(s.sorted, index);
    const url = (o: string) => queryString(params, { [ORDER_VAR]: o || null, [PAGE_VAR]: null });
    return {
      text: column.header,
      className: `column-${column.name}`,
      sortable: Boolean(column.orderField),
      sorted: Boolean(sorted),
      ascending: sorted?.ascending ?? true,
      sortPriority: sorted ? s.sorted.indexOf(sorted) + 1 : 0,
      urlPrimary: url(links.primary),
      urlToggle: url(links.toggle),
      urlRemove: url(links.remove),
    };
  });
  const pageRange = s.showAll || s.pages <= 1 ? [] : elidedPageRange(s.page, s.pages).map((link) =>
    "ellipsis" in link ? link : { number: link.number, current: link.current, last: link.number === s.pages, url: queryString(params, { [PAGE_VAR]: link.number === 1 ? null : link.number, [ALL_VAR]: null }) },
  );
  const hidden = [...params].filter(([key]) => key !== SEARCH_VAR && key !== PAGE_VAR);
  return {
    verboseNamePlural: capfirst(meta.verboseNamePlural),
    searchEnabled: (modelAdmin.options.searchFields ?? []).length > 0,
    query: s.query,
    searchHiddenParams: hidden,
    resultCount: s.resultCount,
    resultCountOnPage: s.objects.length,
    showResultCount: s.filtered,
    resultCountText: `${s.resultCount} result${s.resultCount === 1 ? "" : "s"}`,
    fullResultCountText: s.fullResultCount === null ? "Show all" : `${s.fullResultCount} total`,
    fullResultUrl: "?",
    paginationText: plural(s.resultCount),
    headers,
    sortCount: s.sorted.length,
    results,
    multiPage: s.pages > 1 && !s.showAll,
    pageRange,
    showAllUrl: s.pages > 1 && !s.showAll && s.resultCount <= modelAdmin.listMaxShowAll ? queryString(params, { [ALL_VAR]: "", [PAGE_VAR]: null }) : null,
    filterSpecs: s.filters.map((f) => ({ title: f.title, choices: f.choices(params) })),
    hasActiveFilters: s.filters.some((f) => f.params.some((p) => params.has(p))),
    clearAllFiltersUrl: queryString(params, Object.fromEntries(s.filters.flatMap((f) => f.params).map((p) => [p, null]))),
    dateHierarchy: s.hierarchy,
  };
}
