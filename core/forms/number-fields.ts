/**
 * Number fields: IntegerField, FloatField and DecimalField, with Django's
 * conversions, range and step checks, and error messages.
 *
 * @module
 */
import { Field, callable, isEmptyValue, type FieldOptions, type Optional } from "./field.ts";
import { plural } from "./fields.ts";
import type { Attrs } from "./safe.ts";
import { compareDecimal, decimalCounts, formatDecimal, parseDecimal } from "./validators.ts";
import { NumberInput, Widget } from "./widgets.ts";

/** Options of the number fields. */
export interface NumberFieldOptions<T = number | null> extends FieldOptions<T> {
  /** Smallest allowed value (Django's `min_value`; `minValue` is accepted too). */
  min?: number | string;
  /** Largest allowed value (Django's `max_value`; `maxValue` is accepted too). */
  max?: number | string;
  minValue?: number | string;
  maxValue?: number | string;
  /** Values must be multiples of this. */
  stepSize?: number | string;
}

const RANGE_MESSAGES = {
  max_value: "Ensure this value is less than or equal to %(limit_value)s.",
  min_value: "Ensure this value is greater than or equal to %(limit_value)s.",
  step_size: "Ensure this value is a multiple of step size %(limit_value)s.",
};

/** Shared by the number fields: range and step checks, NumberInput attributes. */
abstract class NumberFieldImpl<T> extends Field<T> {
  min: number | string | undefined;
  max: number | string | undefined;
  stepSize: number | string | undefined;
  constructor(options: NumberFieldOptions<T>, messages: Record<string, string>) {
    super(options, NumberInput, { ...RANGE_MESSAGES, ...messages });
    this.min = options.minValue ?? options.min;
    this.max = options.maxValue ?? options.max;
    this.stepSize = options.stepSize;
  }
  /** Compares the cleaned value with a limit: negative, zero or positive. */
  protected compare(value: T, limit: number | string): number {
    return (value as number) - Number(limit);
  }
  protected isMultiple(value: T, step: number | string): boolean {
    const ratio = (value as number) / Number(step);
    return Math.abs(ratio - Math.round(ratio)) < 1e-9;
  }
  override validate(value: T): void {
    super.validate(value);
    if (value === null || value === undefined) return;
    if (this.max !== undefined && this.compare(value, this.max) > 0) throw this.error("max_value", { limit_value: this.max });
    if (this.min !== undefined && this.compare(value, this.min) < 0) throw this.error("min_value", { limit_value: this.min });
    if (this.stepSize !== undefined && !this.isMultiple(value, this.stepSize)) throw this.error("step_size", { limit_value: this.stepSize });
  }
  override widgetAttrs(widget: Widget): Attrs {
    if (!(widget instanceof NumberInput)) return {};
    return { min: this.min, max: this.max, step: this.stepSize ?? this.defaultStep() };
  }
  protected defaultStep(): string | undefined {
    return undefined;
  }
}

/** Implementation of {@link IntegerField}. */
export class IntegerFieldImpl<T = number> extends NumberFieldImpl<T> {
  constructor(options: NumberFieldOptions<T> = {}) {
    super(options, { invalid: "Enter a whole number." });
  }
  toPython(value: unknown): T {
    if (isEmptyValue(value)) return null as T;
    if (typeof value === "number" && Number.isSafeInteger(value)) return value as T;
    // Django accepts "12.0" and surrounding spaces, as int(float-ish) would.
    const text = String(value).trim().replace(/\.0*$/, "");
    if (!/^[+-]?\d+$/.test(text)) throw this.error("invalid");
    const number = Number(text);
    if (!Number.isSafeInteger(number)) throw this.error("invalid");
    return number as T;
  }
}

/**
 * A whole number; `null` when empty and optional.
 *
 * @example
 * ```ts
 * forms.IntegerField({ min: 0, max: 120 });         // number
 * forms.IntegerField({ required: false });          // number | null
 * ```
 */
export const IntegerField = callable(IntegerFieldImpl) as {
  <const O extends NumberFieldOptions<unknown> = {}>(options?: O & NumberFieldOptions<Optional<O, number, null>>): IntegerFieldImpl<Optional<O, number, null>>;
  new <const O extends NumberFieldOptions<unknown> = {}>(options?: O & NumberFieldOptions<Optional<O, number, null>>): IntegerFieldImpl<Optional<O, number, null>>;
};
export type IntegerField<T = number> = IntegerFieldImpl<T>;

const FLOAT_RE = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Implementation of {@link FloatField}. */
export class FloatFieldImpl<T = number> extends NumberFieldImpl<T> {
  constructor(options: NumberFieldOptions<T> = {}) {
    super(options, { invalid: "Enter a number." });
  }
  toPython(value: unknown): T {
    if (isEmptyValue(value)) return null as T;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw this.error("invalid");
      return value as T;
    }
    const text = String(value).trim();
    const number = Number(text);
    if (!FLOAT_RE.test(text) || !Number.isFinite(number)) throw this.error("invalid");
    return number as T;
  }
  protected override defaultStep(): string {
    return "any";
  }
}

/**
 * A floating-point number; `null` when empty and optional.
 *
 * @example
 * ```ts
 * forms.FloatField({ min: 0 });
 * ```
 */
export const FloatField = callable(FloatFieldImpl) as {
  <const O extends NumberFieldOptions<unknown> = {}>(options?: O & NumberFieldOptions<Optional<O, number, null>>): FloatFieldImpl<Optional<O, number, null>>;
  new <const O extends NumberFieldOptions<unknown> = {}>(options?: O & NumberFieldOptions<Optional<O, number, null>>): FloatFieldImpl<Optional<O, number, null>>;
};
export type FloatField<T = number> = FloatFieldImpl<T>;

/** Options of DecimalField. */
export interface DecimalFieldOptions<T = string | null> extends NumberFieldOptions<T> {
  /** Most digits in total. */
  maxDigits?: number;
  /** Most digits after the decimal point. */
  decimalPlaces?: number;
}

/** Implementation of {@link DecimalField}. */
export class DecimalFieldImpl<T = string> extends NumberFieldImpl<T> {
  maxDigits: number | undefined;
  decimalPlaces: number | undefined;
  constructor(options: DecimalFieldOptions<T> = {}) {
    super(options, { invalid: "Enter a number." });
    this.maxDigits = options.maxDigits;
    this.decimalPlaces = options.decimalPlaces;
  }
  toPython(value: unknown): T {
    if (isEmptyValue(value)) return null as T;
    const parsed = parseDecimal(String(value).trim());
    if (!parsed) throw this.error("invalid");
    return formatDecimal(parsed) as T;
  }
  override validate(value: T): void {
    super.validate(value);
    if (typeof value !== "string") return;
    const { digits, decimals, whole } = decimalCounts(parseDecimal(value)!);
    const { maxDigits: md, decimalPlaces: dp } = this;
    if (md !== undefined && digits > md) {
      throw this.error("max_digits", { max: md }, plural(md, "Ensure that there are no more than %(max)s digit in total.", "Ensure that there are no more than %(max)s digits in total."));
    }
    if (dp !== undefined && decimals > dp) {
      throw this.error("max_decimal_places", { max: dp }, plural(dp, "Ensure that there are no more than %(max)s decimal place.", "Ensure that there are no more than %(max)s decimal places."));
    }
    if (md !== undefined && dp !== undefined && whole > md - dp) {
      const n = md - dp;
      throw this.error("max_whole_digits", { max: n }, plural(n, "Ensure that there are no more than %(max)s digit before the decimal point.", "Ensure that there are no more than %(max)s digits before the decimal point."));
    }
  }
  protected override compare(value: T, limit: number | string): number {
    return compareDecimal(value as string, String(limit));
  }
  protected override isMultiple(value: T, step: number | string): boolean {
    const v = parseDecimal(value as string)!;
    const s = parseDecimal(String(step))!;
    const scale = Math.max(-v.exponent, -s.exponent, 0);
    const big = (d: typeof v): bigint => BigInt(d.digits) * 10n ** BigInt(d.exponent + scale);
    return big(s) === 0n || big(v) % big(s) === 0n;
  }
  protected override defaultStep(): string {
    return this.decimalPlaces === undefined ? "any" : this.decimalPlaces === 0 ? "1" : `0.${"0".repeat(this.decimalPlaces - 1)}1`;
  }
}

/**
 * A decimal number, cleaned to a string in plain notation (`"12.50"`,
 * trailing zeros kept, never a float) so no precision is lost; `null` when
 * empty and optional. Range limits compare exactly.
 *
 * @example
 * ```ts
 * forms.DecimalField({ maxDigits: 6, decimalPlaces: 2, min: "0.01" }); // "1234.50"
 * ```
 */
export const DecimalField = callable(DecimalFieldImpl) as {
  <const O extends DecimalFieldOptions<unknown> = {}>(options?: O & DecimalFieldOptions<Optional<O, string, null>>): DecimalFieldImpl<Optional<O, string, null>>;
  new <const O extends DecimalFieldOptions<unknown> = {}>(options?: O & DecimalFieldOptions<Optional<O, string, null>>): DecimalFieldImpl<Optional<O, string, null>>;
};
export type DecimalField<T = string> = DecimalFieldImpl<T>;

