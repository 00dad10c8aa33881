/**
 * Text and number fields: CharField, EmailField, URLField, IntegerField,
 * FloatField, DecimalField and BooleanField, with Django's conversions and
 * error messages.
 *
 * @module
 */
import { Field, callable, isEmptyValue, type FieldOptions, type Optional } from "./field.ts";
import type { Attrs } from "./safe.ts";
import { compareDecimal, decimalCounts, formatDecimal, isValidEmail, isValidUrl, parseDecimal } from "./validators.ts";
import { CheckboxInput, EmailInput, NumberInput, TextInput, URLInput, Widget, type WidgetClass } from "./widgets.ts";

/** Picks Django's singular or plural message by a count. */
function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** Options of CharField (and EmailField, URLField). */
export interface CharFieldOptions<T = string> extends FieldOptions<T> {
  maxLength?: number;
  minLength?: number;
  /** Trim surrounding whitespace (default `true`). */
  strip?: boolean;
  /** What an empty optional field cleans to (default `""`; `null` is common). */
  emptyValue?: string | null;
}
/** The cleaned type of a CharField declared with options `O`. */
export type CharCleaned<O> = O extends { emptyValue: infer E } ? (O extends { required: false } ? string | E : string) : string;

/** Implementation of {@link CharField}. */
export class CharFieldImpl<T = string> extends Field<T> {
  maxLength: number | undefined;
  minLength: number | undefined;
  strip: boolean;
  emptyValue: string | null;

  constructor(options: CharFieldOptions<T> = {}, widget: WidgetClass = TextInput, messages: Record<string, string> = {}) {
    super(options, widget, { null_characters_not_allowed: "Null characters are not allowed.", ...messages });
    this.maxLength = options.maxLength;
    this.minLength = options.minLength;
    this.strip = options.strip ?? true;
    this.emptyValue = options.emptyValue === undefined ? "" : options.emptyValue;
  }

  toPython(value: unknown): T {
    if (isEmptyValue(value)) return this.emptyValue as T;
    let text = String(value);
    if (this.strip) text = text.trim();
    return (text === "" ? this.emptyValue : text) as T;
  }

  override validate(value: T): void {
    super.validate(value);
    if (typeof value !== "string" || value === "") return;
    if (value.includes("\0")) throw this.error("null_characters_not_allowed");
    // Python counts code points, not UTF-16 units, so an emoji is one character.
    const length = [...value].length;
    if (this.maxLength !== undefined && length > this.maxLength) {
      const n = this.maxLength;
      throw this.error("max_length", { limit_value: n, show_value: length }, plural(n,
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d)."));
    }
    if (this.minLength !== undefined && length < this.minLength) {
      const n = this.minLength;
      throw this.error("min_length", { limit_value: n, show_value: length }, plural(n,
        "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d)."));
    }
  }

  override widgetAttrs(widget: Widget): Attrs {
    if (widget.isHidden) return {};
    return { maxlength: this.maxLength, minlength: this.minLength };
  }
}

/**
 * Text. Cleans to a trimmed string (`""` when empty and optional).
 *
 * @example
 * ```ts
 * forms.CharField({ maxLength: 100 });                        // string
 * forms.CharField({ required: false, emptyValue: null });     // string | null
 * forms.CharField({ widget: forms.Textarea, minLength: 10 });
 * ```
 */
export const CharField = callable(CharFieldImpl) as {
  <const O extends CharFieldOptions<unknown> = {}>(options?: O & CharFieldOptions<CharCleaned<O>>): CharFieldImpl<CharCleaned<O>>;
  new <const O extends CharFieldOptions<unknown> = {}>(options?: O & CharFieldOptions<CharCleaned<O>>): CharFieldImpl<CharCleaned<O>>;
};
export type CharField<T = string> = CharFieldImpl<T>;

/** Implementation of {@link EmailField}. */
export class EmailFieldImpl<T = string> extends CharFieldImpl<T> {
  constructor(options: CharFieldOptions<T> = {}) {
    super({ maxLength: 320, ...options }, EmailInput, { invalid: "Enter a valid email address." });
  }
  override runValidators(value: T): void {
    if (typeof value === "string" && value !== "" && !isValidEmail(value)) throw this.error("invalid");
    super.runValidators(value);
  }
}

/**
 * An email address, checked as Django's EmailValidator does.
 *
 * @example
 * ```ts
 * forms.EmailField(); // "Enter a valid email address." for "ann@"
 * ```
 */
export const EmailField = callable(EmailFieldImpl) as {
  <const O extends CharFieldOptions<unknown> = {}>(options?: O & CharFieldOptions<CharCleaned<O>>): EmailFieldImpl<CharCleaned<O>>;
  new <const O extends CharFieldOptions<unknown> = {}>(options?: O & CharFieldOptions<CharCleaned<O>>): EmailFieldImpl<CharCleaned<O>>;
};
export type EmailField<T = string> = EmailFieldImpl<T>;

/** Options of URLField. */
export interface URLFieldOptions<T = string> extends CharFieldOptions<T> {
  /** Scheme added to input without one (default `"https"`, Django 6's default). */
  assumeScheme?: string;
}

/** Implementation of {@link URLField}. */
export class URLFieldImpl<T = string> extends CharFieldImpl<T> {
  assumeScheme: string;
  constructor(options: URLFieldOptions<T> = {}) {
    super(options, URLInput, { invalid: "Enter a valid URL." });
    this.assumeScheme = options.assumeScheme ?? "https";
  }
  override toPython(value: unknown): T {
    const text = super.toPython(value);
    if (typeof text !== "string" || text === "") return text;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text as T;
    // Like Django's urlsplit dance: "mailto:x" keeps its scheme (and fails
    // validation), "example.com/a" and "//example.com" get the assumed one.
    const schemed = /^([a-z][a-z0-9+.-]*):(?!\d)(.*)$/is.exec(text);
    if (schemed) return `${schemed[1]}://${schemed[2]}` as T;
    return `${this.assumeScheme}://${text.replace(/^\/\//, "")}` as T;
  }
  override runValidators(value: T): void {
    if (typeof value === "string" && value !== "" && !isValidUrl(value)) throw this.error("invalid");
    super.runValidators(value);
  }
}

/**
 * A URL; input without a scheme gets `https://`.
 *
 * @example
 * ```ts
 * forms.URLField({ required: false }); // "example.com" cleans to "https://example.com"
 * ```
 */
export const URLField = callable(URLFieldImpl) as {
  <const O extends URLFieldOptions<unknown> = {}>(options?: O & URLFieldOptions<CharCleaned<O>>): URLFieldImpl<CharCleaned<O>>;
  new <const O extends URLFieldOptions<unknown> = {}>(options?: O & URLFieldOptions<CharCleaned<O>>): URLFieldImpl<CharCleaned<O>>;
};
export type URLField<T = string> = URLFieldImpl<T>;

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

/** Implementation of {@link BooleanField}. */
export class BooleanFieldImpl extends Field<boolean> {
  constructor(options: FieldOptions<boolean> = {}) {
    super(options, CheckboxInput);
  }
  toPython(value: unknown): boolean {
    if (typeof value === "string" && ["false", "0"].includes(value.toLowerCase())) return false;
    return Boolean(value);
  }
  override validate(value: boolean): void {
    // A required BooleanField means "must be ticked", as in Django.
    if (!value && this.required) throw this.error("required");
  }
  override hasChanged(initial: unknown, data: unknown): boolean {
    return !this.disabled && this.toPython(initial) !== this.toPython(data);
  }
}

/**
 * A checkbox, cleaned to `true`/`false`. Required (the default) means it must
 * be ticked, so pass `required: false` for an ordinary yes/no box.
 *
 * @example
 * ```ts
 * forms.BooleanField({ label: "I accept the terms" });      // must be ticked
 * forms.BooleanField({ required: false });                  // newsletter opt-in
 * ```
 */
export const BooleanField = callable(BooleanFieldImpl) as {
  (options?: FieldOptions<boolean>): BooleanFieldImpl;
  new (options?: FieldOptions<boolean>): BooleanFieldImpl;
};
export type BooleanField = BooleanFieldImpl;
