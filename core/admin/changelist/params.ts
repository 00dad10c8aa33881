/**
 * The changelist's query string, as Django's `ChangeList` reads it: `q` (search), `p` (page),
 * `o` (ordering: dot-separated column numbers, `-` for descending), `all` (show all), and any
 * other parameter is a filter. Links on the page (a header, a filter, a page) are the current
 * query string with a few parameters changed.
 */

/** Django's names for the changelist's own parameters. */
export const SEARCH_VAR = "q";
export const PAGE_VAR = "p";
export const ORDER_VAR = "o";
export const ALL_VAR = "all";
/** Parameters that are not filters. */
export const IGNORED_PARAMS: readonly string[] = [SEARCH_VAR, PAGE_VAR, ORDER_VAR, ALL_VAR, "_popup", "_to_field", "e"];

/**
 * `?` + the current parameters with `changes` applied (null removes a key) and every key that
 * starts with one of `removePrefixes` dropped, as Django's `get_query_string`.
 *
 * @example
 * ```ts
 * queryString(new URLSearchParams("q=x&p=2"), { p: null, o: "1" }); // "?q=x&o=1"
 * ```
 */
export function queryString(
  params: URLSearchParams,
  changes: Record<string, string | number | null> = {},
  removePrefixes: readonly string[] = [],
): string {
  const next = new URLSearchParams();
  for (const [key, value] of params) {
    if (key in changes || removePrefixes.some((prefix) => key.startsWith(prefix))) continue;
    next.append(key, value);
  }
  for (const [key, value] of Object.entries(changes)) if (value !== null) next.set(key, String(value));
  const text = next.toString();
  return text ? `?${text}` : "?";
}

/** One column the changelist is sorted by: its index in `listDisplay`, and the direction. */
export interface SortedColumn {
  index: number;
  ascending: boolean;
}

/**
 * The columns named by `o` ("2.-1" → column 2 ascending, then column 1 descending), skipping
 * anything malformed or out of range, each column once.
 *
 * @example
 * ```ts
 * parseOrdering("2.-1", 3); // [{ index: 2, ascending: true }, { index: 1, ascending: false }]
 * ```
 */
export function parseOrdering(value: string | null, columns: number): SortedColumn[] {
  if (!value) return [];
  const seen = new Set<number>();
  const sorted: SortedColumn[] = [];
  for (const part of value.split(".")) {
    const match = /^(-?)(\d{1,4})$/.exec(part);
    if (!match) continue;
    const index = Number(match[2]);
    if (index >= columns || seen.has(index)) continue;
    seen.add(index);
    sorted.push({ index, ascending: match[1] !== "-" });
  }
  return sorted;
}

/** The `o` value for a list of sorted columns. */
export function formatOrdering(columns: readonly SortedColumn[]): string {
  return columns.map((c) => `${c.ascending ? "" : "-"}${c.index}`).join(".");
}

/**
 * The three links of a sortable header, as Django builds them: make it the primary sort
 * (keeping the others after it), toggle its direction in place, or remove it.
 */
export function headerOrderings(current: readonly SortedColumn[], index: number): { primary: string; toggle: string; remove: string } {
  const mine = current.find((c) => c.index === index);
  const others = current.filter((c) => c.index !== index);
  const primary = formatOrdering([{ index, ascending: mine ? !mine.ascending : true }, ...others]);
  const toggle = formatOrdering(current.map((c) => (c.index === index ? { index, ascending: !c.ascending } : c)));
  return { primary, toggle, remove: formatOrdering(others) };
}

/** One entry of the paginator: a page number (current or not) or an ellipsis. */
export type PageLink = { number: number; current: boolean } | { ellipsis: true };

/**
 * Django's `Paginator.get_elided_page_range`: every page when there are few, else the pages
 * around the current one and at both ends, with ellipses between.
 *
 * @example
 * ```ts
 * elidedPageRange(10, 50).map((l) => ("ellipsis" in l ? "…" : l.number)); // [1, 2, "…", 7, …, 13, "…", 49, 50]
 * ```
 */
export function elidedPageRange(current: number, pages: number, onEachSide = 3, onEnds = 2): PageLink[] {
  const page = (number: number): PageLink => ({ number, current: number === current });
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => page(from + i));
  if (pages <= (onEachSide + onEnds) * 2) return range(1, pages);
  const links: PageLink[] = [];
  if (current > 1 + onEachSide + onEnds + 1) links.push(...range(1, onEnds), { ellipsis: true }, ...range(current - onEachSide, current));
  else links.push(...range(1, current));
  if (current < pages - onEachSide - onEnds - 1) links.push(...range(current + 1, current + onEachSide), { ellipsis: true }, ...range(pages - onEnds + 1, pages));
  else links.push(...range(current + 1, pages));
  return links;
}

/**
 * The words of a search, as Django's `smart_split`: split on spaces, but a "quoted phrase"
 * stays one term (without its quotes).
 *
 * @example
 * ```ts
 * searchTerms(`what "is up" now`); // ["what", "is up", "now"]
 * ```
 */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\S+)/g)) {
    const quoted = match[1] ?? match[2];
    const term = quoted !== undefined ? quoted.replace(/\\(.)/g, "$1") : match[3]!;
    if (term) terms.push(term);
  }
  return terms;
}
