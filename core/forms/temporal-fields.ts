/**
 * DateField and DateTimeField. JavaScript has no date-only type, so a date
 * cleans to a `Date` at midnight UTC; date-times without an offset are read
 * as UTC (Django's default `TIME_ZONE`).
 *
 * @module
 */
import { Field, callable, isEmptyValue, type FieldOptions, type Optional } from "./field.ts";
import { DateInput, DateTimeInput } from "./widgets.ts";

/** Builds a UTC date, or null when the parts do not form a real calendar date. */
function utcDate(year: number, month: number, day: number, h = 0, m = 0, s = 0, ms = 0): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day, h, m, s, ms));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || h > 23 || m > 59 || s > 59) return null;
  return date;
}

/** Python's `%y`: 69–99 are 1900s, 00–68 are 2000s. */
function fullYear(text: string): number {
  const year = Number(text);
  return text.length > 2 ? year : year >= 69 ? 1900 + year : 2000 + year;
}

/**
 * Parses the date formats Django accepts by default: `YYYY-MM-DD`,
 * `MM/DD/YYYY` and `MM/DD/YY`.
 *
 * @example
 * ```ts
 * parseDate("2024-02-29")?.toISOString(); // "2024-02-29T00:00:00.000Z"
 * parseDate("2023-02-29");                // null
 * ```
 */
export function parseDate(text: string): Date | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return utcDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(text);
  if (m) return utcDate(fullYear(m[3]!), Number(m[1]), Number(m[2]));
  return null;
}

/**
 * Parses ISO 8601 date-times (`T` or space, optional seconds, fraction and
 * `Z`/`±HH:MM` offset), `MM/DD/YYYY HH:MM[:SS]`, and plain dates (midnight).
 *
 * @example
 * ```ts
 * parseDateTime("2024-05-01T09:30")?.toISOString();       // "2024-05-01T09:30:00.000Z"
 * parseDateTime("2024-05-01 09:30+02:00")?.toISOString(); // "2024-05-01T07:30:00.000Z"
 * ```
 */
export function parseDateTime(text: string): Date | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!iso && !us) return parseDate(text);
  const [year, month, day] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [fullYear(us![3]!), Number(us![1]), Number(us![2])];
  const parts = (iso ?? us)!;
  const ms = iso?.[7] ? Math.floor(Number(`0.${iso[7]}`) * 1000) : 0;
  const date = utcDate(year, month, day, Number(parts[4]), Number(parts[5]), Number(parts[6] ?? 0), ms);
  if (!date) return null;
  const offset = iso?.[8];
  if (offset && offset.toUpperCase() !== "Z") {
    const om = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset)!;
    const minutes = Number(om[2]) * 60 + Number(om[3] ?? 0);
    if (minutes >= 24 * 60) return null;
    date.setTime(date.getTime() - (om[1] === "-" ? -1 : 1) * minutes * 60_000);
  }
  return date;
}

/** Implementation of {@link DateField}. */
export class DateFieldImpl<T = Date> extends Field<T> {
  constructor(options: FieldOptions<T> = {}) {
    super(options, DateInput, { invalid: "Enter a valid date." });
  }
  toPython(value: unknown): T {
    if (isEmptyValue(value)) return null as T;
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw this.error("invalid");
      return utcDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) as T;
    }
    const date = parseDate(String(value).trim());
    if (!date) throw this.error("invalid");
    return date as T;
  }
}

/**
 * A calendar date, cleaned to a `Date` at midnight UTC (`null` when empty and
 * optional). Renders as `<input type="date">`.
 *
 * @example
 * ```ts
 * forms.DateField({ required: false }); // Date | null; "2024-05-01" → 2024-05-01T00:00:00Z
 * ```
 */
export const DateField = callable(DateFieldImpl) as {
  <const O extends FieldOptions<unknown> = {}>(options?: O & FieldOptions<Optional<O, Date, null>>): DateFieldImpl<Optional<O, Date, null>>;
  new <const O extends FieldOptions<unknown> = {}>(options?: O & FieldOptions<Optional<O, Date, null>>): DateFieldImpl<Optional<O, Date, null>>;
};
export type DateField<T = Date> = DateFieldImpl<T>;

/** Implementation of {@link DateTimeField}. */
export class DateTimeFieldImpl<T = Date> extends Field<T> {
  constructor(options: FieldOptions<T> = {}) {
    super(options, DateTimeInput, { invalid: "Enter a valid date/time." });
  }
  toPython(value: unknown): T {
    if (isEmptyValue(value)) return null as T;
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw this.error("invalid");
      return value as T;
    }
    const date = parseDateTime(String(value).trim());
    if (!date) throw this.error("invalid");
    return date as T;
  }
}

/**
 * A date and time, cleaned to a `Date` (`null` when empty and optional);
 * input without an offset is UTC. Renders as `<input type="datetime-local">`.
 *
 * @example
 * ```ts
 * forms.DateTimeField(); // "2024-05-01T09:30" → 2024-05-01T09:30:00Z
 * ```
 */
export const DateTimeField = callable(DateTimeFieldImpl) as {
  <const O extends FieldOptions<unknown> = {}>(options?: O & FieldOptions<Optional<O, Date, null>>): DateTimeFieldImpl<Optional<O, Date, null>>;
  new <const O extends FieldOptions<unknown> = {}>(options?: O & FieldOptions<Optional<O, Date, null>>): DateTimeFieldImpl<Optional<O, Date, null>>;
};
export type DateTimeField<T = Date> = DateTimeFieldImpl<T>;
