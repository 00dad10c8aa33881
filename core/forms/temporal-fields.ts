/**
 * DateField and DateTimeField. JavaScript has no date-only type, so a date
 * cleans to a `Date` at midnight UTC; date-times without an offset are read
 * as UTC (Django's default `TIME_ZONE`).
 *
 * @module
 */
import { Field, callable, isEmptyValue, type FieldOptions, type Optional } from "./field.ts";
import { DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS, strptime } from "./strptime.ts";
import { DateInput, DateTimeInput } from "./widgets.ts";

/** Builds a UTC date, or null when the parts do not form a real calendar date. */
function utcDate(year: number, month: number, day: number, h = 0, m = 0, s = 0, ms = 0): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day, h, m, s, ms));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || h > 23 || m > 59 || s > 59) return null;
  return date;
}

/** The first of `formats` that reads `text`, as a UTC date, or null. */
function fromFormats(text: string, formats: readonly string[]): Date | null {
  for (const format of formats) {
    const p = strptime(text, format);
    if (p) return utcDate(p.year, p.month, p.day, p.hour, p.minute, p.second, p.millisecond);
  }
  return null;
}

/**
 * Parses a date in one of `formats` (Python `strptime` syntax), by default Django's
 * `DATE_INPUT_FORMATS`: `2006-10-25`, `10/25/2006`, `10/25/06`, `Oct 25 2006`, `25 October, 2006`…
 *
 * @example
 * ```ts
 * parseDate("2024-02-29")?.toISOString();  // "2024-02-29T00:00:00.000Z"
 * parseDate("October 25, 2006")?.toISOString(); // "2006-10-25T00:00:00.000Z"
 * parseDate("2023-02-29");                 // null
 * ```
 */
export function parseDate(text: string, formats: readonly string[] = DATE_INPUT_FORMATS): Date | null {
  return fromFormats(text, formats);
}

/**
 * Parses ISO 8601 date-times first (`T` or space, optional seconds, fraction and `Z`/`±HH:MM`
 * offset, as Django's `parse_datetime`), then `formats`, by default Django's
 * `DATETIME_INPUT_FORMATS` followed by its date formats (midnight).
 *
 * @example
 * ```ts
 * parseDateTime("2024-05-01T09:30")?.toISOString();       // "2024-05-01T09:30:00.000Z"
 * parseDateTime("2024-05-01 09:30+02:00")?.toISOString(); // "2024-05-01T07:30:00.000Z"
 * parseDateTime("10/25/06 14:30:45.000200")?.toISOString(); // "2006-10-25T14:30:45.000Z"
 * ```
 */
export function parseDateTime(text: string, formats: readonly string[] = DEFAULT_DATETIME_FORMATS): Date | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,6})\d{0,6})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
  if (!iso) return fromFormats(text, formats);
  const ms = iso[7] ? Math.floor(Number(iso[7].padEnd(6, "0")) / 1000) : 0;
  const date = utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0), ms);
  if (!date) return null;
  const offset = iso[8];
  if (offset && offset.toUpperCase() !== "Z") {
    const om = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset)!;
    const minutes = Number(om[2]) * 60 + Number(om[3] ?? 0);
    if (minutes >= 24 * 60) return null;
    date.setTime(date.getTime() - (om[1] === "-" ? -1 : 1) * minutes * 60_000);
  }
  return date;
}

const DEFAULT_DATETIME_FORMATS = Object.freeze([...DATETIME_INPUT_FORMATS, ...DATE_INPUT_FORMATS]);

/** Options of DateField and DateTimeField. */
export interface TemporalFieldOptions<T> extends FieldOptions<T> {
  /** Accepted formats in Python `strptime` syntax (Django's `input_formats`), tried in order. */
  inputFormats?: readonly string[];
}

/** Implementation of {@link DateField}. */
export class DateFieldImpl<T = Date> extends Field<T> {
  inputFormats: readonly string[];
  constructor(options: TemporalFieldOptions<T> = {}) {
    super(options, DateInput, { invalid: "Enter a valid date." });
    this.inputFormats = options.inputFormats ?? DATE_INPUT_FORMATS;
  }
  toPython(value: unknown): T {
    if (isEmptyValue(value)) return null as T;
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw this.error("invalid");
      return utcDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) as T;
    }
    const date = parseDate(String(value).trim(), this.inputFormats);
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
  <const O extends TemporalFieldOptions<unknown> = {}>(options?: O & TemporalFieldOptions<Optional<O, Date, null>>): DateFieldImpl<Optional<O, Date, null>>;
  new <const O extends TemporalFieldOptions<unknown> = {}>(options?: O & TemporalFieldOptions<Optional<O, Date, null>>): DateFieldImpl<Optional<O, Date, null>>;
};
export type DateField<T = Date> = DateFieldImpl<T>;

/** Implementation of {@link DateTimeField}. */
export class DateTimeFieldImpl<T = Date> extends Field<T> {
  inputFormats: readonly string[];
  constructor(options: TemporalFieldOptions<T> = {}) {
    super(options, DateTimeInput, { invalid: "Enter a valid date/time." });
    this.inputFormats = options.inputFormats ?? DEFAULT_DATETIME_FORMATS;
  }
  toPython(value: unknown): T {
    if (isEmptyValue(value)) return null as T;
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw this.error("invalid");
      return value as T;
    }
    const date = parseDateTime(String(value).trim(), this.inputFormats);
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
  <const O extends TemporalFieldOptions<unknown> = {}>(options?: O & TemporalFieldOptions<Optional<O, Date, null>>): DateTimeFieldImpl<Optional<O, Date, null>>;
  new <const O extends TemporalFieldOptions<unknown> = {}>(options?: O & TemporalFieldOptions<Optional<O, Date, null>>): DateTimeFieldImpl<Optional<O, Date, null>>;
};
export type DateTimeField<T = Date> = DateTimeFieldImpl<T>;
