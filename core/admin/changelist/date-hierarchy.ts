/**
 * The date drill-down above the changelist (Django's `date_hierarchy`): the years that have
 * objects, then a year's months, then a month's days, with Django's parameters
 * (`pubDate__year=2025&pubDate__month=3`). Dates are in UTC.
 *
 * The ORM has no `dates()` yet, so the periods are found with the date range of the matching
 * objects (one query) and an existence check per candidate period inside it: at most the years
 * of that range (capped at 30), 12 months or 31 days.
 */
import { Max, Min } from "../../db/query/expressions.ts";
import type { QuerySet } from "../../db/query/queryset.ts";
import type { AdminObject } from "../options.ts";
import { queryString } from "./params.ts";

/** What `admin/date_hierarchy.html` shows. */
export interface DateHierarchy {
  back: { link: string; title: string } | null;
  choices: { link: string | null; title: string }[];
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MAX_YEARS = 30;

/** The hierarchy for `field` of `queryset` (already filtered), at the level `params` selects. */
export async function dateHierarchy(queryset: QuerySet<AdminObject>, field: string, params: URLSearchParams): Promise<DateHierarchy | null> {
  const [y, m, d] = ["year", "month", "day"].map((p) => params.get(`${field}__${p}`));
  const link = (changes: Record<string, string | null>) => queryString(params, { ...changes, p: null });
  const year = y === null ? null : Number(y);
  const month = m === null ? null : Number(m);
  if (year !== null && month !== null && d !== null) {
    return {
      back: { link: link({ [`${field}__day`]: null }), title: `${MONTHS[month - 1]} ${year}` },
      choices: [{ link: null, title: `${MONTHS[month - 1]} ${Number(d)}` }],
    };
  }
  if (year !== null && month !== null) {
    const days = await present(queryset, field, { [`${field}__year`]: year, [`${field}__month`]: month }, "day", range(1, new Date(Date.UTC(year, month, 0)).getUTCDate()));
    return {
      back: { link: link({ [`${field}__month`]: null, [`${field}__day`]: null }), title: String(year) },
      choices: days.map((day) => ({ link: link({ [`${field}__day`]: String(day) }), title: `${MONTHS[month - 1]} ${day}` })),
    };
  }
  if (year !== null) {
    const months = await present(queryset, field, { [`${field}__year`]: year }, "month", range(1, 12));
    return {
      back: { link: link({ [`${field}__year`]: null, [`${field}__month`]: null, [`${field}__day`]: null }), title: "All dates" },
      choices: months.map((mm) => ({ link: link({ [`${field}__month`]: String(mm) }), title: `${MONTHS[mm - 1]} ${year}` })),
    };
  }
  const bounds = (await queryset.aggregate({ first: Min<Date>(field), last: Max<Date>(field) })) as { first: Date | null; last: Date | null };
  if (!bounds.first || !bounds.last) return null;
  const from = new Date(bounds.first).getUTCFullYear();
  const to = new Date(bounds.last).getUTCFullYear();
  // One year: Django goes straight to its months.
  const candidates = range(Math.max(from, to - MAX_YEARS + 1), to);
  const years = candidates.length <= 2 ? candidates : await present(queryset, field, {}, "year", candidates);
  return { back: null, choices: years.map((yy) => ({ link: link({ [`${field}__year`]: String(yy) }), title: String(yy) })) };
}

async function present(queryset: QuerySet<AdminObject>, field: string, within: Record<string, number>, part: string, candidates: number[]): Promise<number[]> {
  const found: number[] = [];
  for (const value of candidates) {
    if (await queryset.filter({ ...within, [`${field}__${part}`]: value } as never).exists()) found.push(value);
  }
  return found;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
