/**
 * The lookups (`exact`, `icontains`, `in`, `range`, …) and date transforms (`year`, `month`,
 * `day`, `date`): how each turns a value into query parameters. The SQL each compiles to is in
 * sql/lookup-sql.ts (with the query builder, loaded only once a database is used).
 *
 * @module
 */
import type { SqlValue } from "../driver.ts";
import { FieldError } from "../errors.ts";
import type { Field } from "../fields/field.ts";

export const LOOKUP_NAMES = [
  "exact", "iexact", "contains", "icontains", "in", "gt", "gte", "lt", "lte",
  "startswith", "istartswith", "endswith", "iendswith", "isnull", "range",
] as const;
export type LookupName = (typeof LOOKUP_NAMES)[number];

export const TRANSFORM_NAMES = ["year", "month", "day", "date"] as const;
export type TransformName = (typeof TRANSFORM_NAMES)[number];

/**
 * What a value prepared for a lookup became: the parameters, and a tag that is part of the SQL's
 * shape (`null` for `IS NULL`, the length of an `in` list). "never" means nothing can match.
 */
export type Prepared = { values: SqlValue[]; tag: string } | "never";

/** Escapes LIKE's wildcards so user text matches literally (with `ESCAPE '\'`). */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Converts a value for `field` (after a transform, the transform's type), or returns undefined
 * when the value can never equal a stored one (so `exact`/`in` match nothing, as SQL would).
 */
function convert(field: Field, transform: TransformName | null, value: unknown, strict: boolean): SqlValue | undefined {
  // A transform's value has its own type (a year is a number), checked strictly: a wrong one is a mistake in the code.
  if (transform === "date") {
    const date = value instanceof Date ? value : typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    if (date === null || Number.isNaN(date.getTime())) throw new FieldError(`A '__date' lookup on '${field.name}' takes a Date or "YYYY-MM-DD", not ${JSON.stringify(value)}.`);
    return date.toISOString().slice(0, 10);
  }
  if (transform !== null) {
    const n = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    if (typeof n !== "number" || !Number.isInteger(n)) throw new FieldError(`A '__${transform}' lookup on '${field.name}' takes a whole number, not ${JSON.stringify(value)}.`);
    return n;
  }
  try {
    return field.toDb(field.toValue(value) as never);
  } catch (error) {
    if (strict || !(error instanceof FieldError)) throw error;
    return undefined;
  }
}

/** Text for the pattern lookups: strings as given; numbers and the like as their text. */
function text(field: Field, value: unknown): string {
  if (value === null || value === undefined) throw new FieldError(`A text lookup on '${field.name}' needs a value, not ${value}.`);
  return typeof value === "string" ? value : String(value);
}

/**
 * Prepares `value` for `lookup` on `field`.
 *
 * @throws FieldError for a value the lookup cannot take (a non-boolean `isnull`, a `range` that is not a pair).
 */
export function prepare(field: Field, transform: TransformName | null, lookup: LookupName, value: unknown): Prepared {
  switch (lookup) {
    case "exact": {
      if (value === null) return { values: [], tag: "null" };
      const v = convert(field, transform, value, false);
      return v === undefined ? "never" : { values: [v], tag: "" };
    }
    case "in": {
      if (typeof value === "string" || value === null || typeof (value as Iterable<unknown>)?.[Symbol.iterator] !== "function") {
        throw new FieldError(`The 'in' lookup on '${field.name}' takes a list of values, e.g. { ${field.name}__in: [1, 2] }.`);
      }
      const values: SqlValue[] = [];
      for (const item of value as Iterable<unknown>) {
        if (item === null) continue;
        const v = convert(field, transform, item, false);
        if (v !== undefined) values.push(v);
      }
      return values.length === 0 ? "never" : { values, tag: String(values.length) };
    }
    case "isnull":
      if (typeof value !== "boolean") throw new FieldError(`The 'isnull' lookup on '${field.name}' takes true or false, not ${JSON.stringify(value)}.`);
      return { values: [], tag: value ? "1" : "0" };
    case "range": {
      if (!Array.isArray(value) || value.length !== 2) throw new FieldError(`The 'range' lookup on '${field.name}' takes a pair [low, high].`);
      return { values: [convert(field, transform, value[0], true)!, convert(field, transform, value[1], true)!], tag: "" };
    }
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      if (value === null || value === undefined) throw new FieldError(`The '${lookup}' lookup on '${field.name}' cannot compare with ${value}; use isnull.`);
      return { values: [convert(field, transform, value, true)!], tag: "" };
    case "contains":
    case "startswith":
    case "endswith":
      return { values: [text(field, value)], tag: "" };
    case "iexact":
      if (value === null) return { values: [], tag: "null" };
      return { values: [likeEscape(text(field, value))], tag: "" };
    case "icontains":
      return { values: [`%${likeEscape(text(field, value))}%`], tag: "" };
    case "istartswith":
      return { values: [`${likeEscape(text(field, value))}%`], tag: "" };
    case "iendswith":
      return { values: [`%${likeEscape(text(field, value))}`], tag: "" };
  }
}
