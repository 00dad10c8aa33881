/**
 * The date and date-time model fields (`models.DateField()`, `models.DateTimeField({ autoNow })`)
 * and the reading of their stored text, which is on the hot path of every query that loads them.
 *
 * @module
 */
import * as forms from "../../forms/index.ts";
import type { SqlValue } from "../driver.ts";
import type { ColumnType } from "../schema/state.ts";
import { Field, type FieldOptions } from "./field.ts";
import type { IsNull, IsOptional } from "./scalar.ts";

type DateOptions = FieldOptions<Date> & {
  /** Set to now on every save (Django's `auto_now`). */
  autoNow?: boolean;
  /** Set to now when first saved (Django's `auto_now_add`). */
  autoNowAdd?: boolean;
};
type DateOptional<O> = O extends { autoNow: true } | { autoNowAdd: true } ? true : IsOptional<O>;

/**
 * A date (a `Date` at midnight UTC, as the forms library cleans dates; stored as `YYYY-MM-DD`)
 * or a date-time (a `Date`; stored in UTC).
 */
export class DateTimeFieldImpl<N extends boolean = boolean, D extends boolean = boolean> extends Field<Date, N, D> {
  readonly autoNow: boolean;
  readonly autoNowAdd: boolean;
  constructor(
    options: DateOptions,
    readonly internalType: "DateField" | "DateTimeField",
  ) {
    super(options.autoNow || options.autoNowAdd ? { editable: false, blank: true, ...options } : options);
    this.autoNow = options.autoNow ?? false;
    this.autoNowAdd = options.autoNowAdd ?? false;
    this.fromDb = (value) => (value === null ? (null as unknown as Date) : this.parse(value));
  }
  columnType(): ColumnType {
    return { kind: this.internalType === "DateField" ? "date" : "datetime" };
  }
  private get isDate(): boolean {
    return this.internalType === "DateField";
  }
  private parse(value: SqlValue): Date {
    if (value instanceof Date) return this.isDate ? new Date(Date.UTC(value.getFullYear(), value.getMonth(), value.getDate())) : value;
    const text = String(value);
    // What this field writes ("2024-05-01T10:00:00.000Z") is read by hand; the rest is checked below.
    if (text.length === 24 && text.charCodeAt(23) === 90 /* Z */) return parseStoredDateTime(text);
    // "2024-05-01" is UTC midnight; "2024-05-01 10:00:00" without an offset is UTC too.
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(" ", "T")}Z`);
    return date;
  }
  override toValue(value: unknown): Date | null {
    if (value === null || value === undefined) return null;
    const date = value instanceof Date ? value : typeof value === "string" || typeof value === "number" ? this.parse(value) : null;
    if (date === null || Number.isNaN(date.getTime())) throw this.invalid(this.isDate ? "a date (YYYY-MM-DD)" : "a date and time", value);
    return date;
  }
  override toDb(value: Date | null): SqlValue {
    const date = this.toValue(value);
    if (date === null) return null;
    return this.isDate ? date.toISOString().slice(0, 10) : date.toISOString();
  }
  formField(): forms.Field<any> | null {
    const options = this.formOptions();
    return this.isDate ? forms.DateField(options) : forms.DateTimeField(options);
  }
}
/**
 * "2024-05-01T10:00:00.000Z", the text a DateTimeField stores, as a Date: read digit by digit,
 * which takes about half the time of `new Date(text)` (a SQLite row of dates is read many times
 * per page). Anything else gets `new Date(text)`, so the result is always the same as its.
 */
export function parseStoredDateTime(text: string): Date {
  const ok = text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 84 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58 && text.charCodeAt(19) === 46;
  if (!ok) return new Date(text);
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  const ms = digits(text, 20, 23);
  if ((year | month | day | hour | minute | second | ms) < 0 || year < 100 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return new Date(text);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  // A day past the month's end: leave it to the built-in parser's rules.
  return date.getUTCDate() === day ? date : new Date(text);
}

/** The number written in text[from, to) in decimal digits, or -1. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A date and time. @example `pubDate: models.DateTimeField({ default: () => new Date() })` */
export function DateTimeField<const O extends DateOptions = {}>(options?: O): DateTimeFieldImpl<IsNull<O>, DateOptional<O>> {
  return new DateTimeFieldImpl(options ?? {}, "DateTimeField");
}
/** A calendar date (a `Date` at midnight UTC). */
export function DateField<const O extends DateOptions = {}>(options?: O): DateTimeFieldImpl<IsNull<O>, DateOptional<O>> {
  return new DateTimeFieldImpl(options ?? {}, "DateField");
}
