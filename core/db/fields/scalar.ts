/**
 * The model fields that hold one value in one column: numbers, text, booleans, UUIDs and JSON
 * (dates are in dates.ts). Each is made by a function named as in Django (`models.CharField({ maxLength: 200 })`).
 *
 * @module
 */
import * as forms from "../../forms/index.ts";
import { isValidEmail, isValidUrl } from "../../forms/validators.ts";
import type { SqlValue } from "../driver.ts";
import type { ColumnType } from "../schema/state.ts";
import { Field, type FieldOptions } from "./field.ts";

/** Whether options `O` make a field nullable. */
export type IsNull<O> = O extends { null: true } ? true : false;
/** Whether options `O` let `create()` leave the field out (a default, or null allowed). */
export type IsOptional<O> = O extends { default: unknown } ? true : O extends { null: true } ? true : O extends { blank: true } ? true : false;

// ——— numbers ———

/** Integer columns: `IntegerField`, `BigIntegerField`, `SmallIntegerField`, `PositiveIntegerField` and the auto fields. */
export class IntegerFieldImpl<N extends boolean = boolean, D extends boolean = boolean> extends Field<number, N, D> {
  readonly internalType: string;
  constructor(
    options: FieldOptions<number> & { min?: number; max?: number },
    private readonly kind: "integer" | "bigint" | "smallint" | "auto" | "bigauto" = "integer",
    internalType = "IntegerField",
    private readonly min?: number,
  ) {
    super(options);
    this.internalType = internalType;
    this.fromDb = toNumber;
  }
  columnType(): ColumnType {
    return { kind: this.kind };
  }
  override toDb(value: number | null): SqlValue {
    if (value === null || value === undefined) return null;
    if (typeof value === "number" && Number.isInteger(value)) return value;
    return this.toValue(value);
  }
  override toValue(value: unknown): number | null {
    if (value === null || value === undefined) return null;
    if (typeof value === "number" && Number.isInteger(value)) return value;
    if (typeof value === "bigint") return Number(value);
    if (typeof value === "string" && /^\s*[-+]?\d+\s*$/.test(value)) return Number(value);
    throw this.invalid("a number", value);
  }
  protected override validateValue(value: number): void {
    if (this.min !== undefined && value < this.min) {
      throw this.error("min_value", "Ensure this value is greater than or equal to %(limit_value)s.", { limit_value: this.min });
    }
  }
  formField(): forms.Field<any> | null {
    if (this.kind === "auto" || this.kind === "bigauto") return null;
    return forms.IntegerField({ ...this.formOptions(), ...(this.min !== undefined ? { min: this.min } : {}) });
  }
}

function toNumber(value: SqlValue): number {
  // PostgreSQL's bigint arrives as a string (the pg driver is set to parse it; this covers others).
  return typeof value === "number" ? value : value === null ? (null as unknown as number) : Number(value);
}

type IntOptions = FieldOptions<number>;

/** A 32-bit integer. @example `votes: models.IntegerField({ default: 0 })` */
export function IntegerField<const O extends IntOptions = {}>(options?: O): IntegerFieldImpl<IsNull<O>, IsOptional<O>> {
  return new IntegerFieldImpl(options ?? {});
}
/** A 64-bit integer (values stay exact up to 2^53 in JavaScript). */
export function BigIntegerField<const O extends IntOptions = {}>(options?: O): IntegerFieldImpl<IsNull<O>, IsOptional<O>> {
  return new IntegerFieldImpl(options ?? {}, "bigint", "BigIntegerField");
}
/** A 16-bit integer. */
export function SmallIntegerField<const O extends IntOptions = {}>(options?: O): IntegerFieldImpl<IsNull<O>, IsOptional<O>> {
  return new IntegerFieldImpl(options ?? {}, "smallint", "SmallIntegerField");
}
/** An integer that `fullClean()` keeps at 0 or more. */
export function PositiveIntegerField<const O extends IntOptions = {}>(options?: O): IntegerFieldImpl<IsNull<O>, IsOptional<O>> {
  return new IntegerFieldImpl(options ?? {}, "integer", "PositiveIntegerField", 0);
}
/** An auto-incrementing 32-bit primary key. */
export function AutoField(options: IntOptions = {}): IntegerFieldImpl<false, true> {
  return new IntegerFieldImpl({ ...options, primaryKey: true }, "auto", "AutoField");
}
/** An auto-incrementing 64-bit primary key: the implicit `id` of every model, as Django's default. */
export function BigAutoField(options: IntOptions = {}): IntegerFieldImpl<false, true> {
  return new IntegerFieldImpl({ ...options, primaryKey: true }, "bigauto", "BigAutoField");
}

/** A double-precision float. */
export class FloatFieldImpl<N extends boolean = boolean, D extends boolean = boolean> extends Field<number, N, D> {
  readonly internalType = "FloatField";
  constructor(options: FieldOptions<number>) {
    super(options);
    this.fromDb = toNumber;
  }
  columnType(): ColumnType {
    return { kind: "float" };
  }
  override toValue(value: unknown): number | null {
    if (value === null || value === undefined) return null;
    const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    if (typeof n === "number" && Number.isFinite(n)) return n;
    throw this.invalid("a number", value);
  }
  override toDb(value: number | null): SqlValue {
    return typeof value === "number" && Number.isFinite(value) ? value : this.toValue(value);
  }
  formField(): forms.Field<any> {
    return forms.FloatField(this.formOptions());
  }
}
/** A floating-point number. */
export function FloatField<const O extends FieldOptions<number> = {}>(options?: O): FloatFieldImpl<IsNull<O>, IsOptional<O>> {
  return new FloatFieldImpl(options ?? {});
}

/** A fixed-precision decimal, held as a string in JavaScript so no digit is lost ("19.99"). */
export class DecimalFieldImpl<N extends boolean = boolean, D extends boolean = boolean> extends Field<string, N, D> {
  readonly internalType = "DecimalField";
  readonly maxDigits: number;
  readonly decimalPlaces: number;
  constructor(options: FieldOptions<string> & { maxDigits: number; decimalPlaces: number }) {
    super(options);
    this.maxDigits = options.maxDigits;
    this.decimalPlaces = options.decimalPlaces;
    this.fromDb = (value) => (value === null ? (null as unknown as string) : this.format(value));
  }
  columnType(): ColumnType {
    return { kind: "decimal", maxDigits: this.maxDigits, decimalPlaces: this.decimalPlaces };
  }
  /** SQLite hands decimals back as numbers; show them with the declared places. */
  private format(value: SqlValue): string {
    return typeof value === "number" ? value.toFixed(this.decimalPlaces) : String(value);
  }
  override toValue(value: unknown): string | null {
    if (value === null || value === undefined) return null;
    const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
    if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) throw this.invalid("a decimal number", value);
    return text;
  }
  override toDb(value: string | null): SqlValue {
    return this.toValue(value);
  }
  protected override validateValue(value: string): void {
    const [whole = "", fraction = ""] = value.replace(/^[-+]/, "").split(".");
    const digits = whole.replace(/^0+/, "").length + fraction.length;
    if (fraction.length > this.decimalPlaces) {
      throw this.error("max_decimal_places", "Ensure that there are no more than %(max)s decimal places.", { max: this.decimalPlaces });
    }
    if (digits > this.maxDigits) throw this.error("max_digits", "Ensure that there are no more than %(max)s digits in total.", { max: this.maxDigits });
  }
  formField(): forms.Field<any> {
    return forms.DecimalField({ ...this.formOptions(), maxDigits: this.maxDigits, decimalPlaces: this.decimalPlaces });
  }
}
/** A decimal with `maxDigits` digits, `decimalPlaces` of them after the point. @example `price: models.DecimalField({ maxDigits: 8, decimalPlaces: 2 })` */
export function DecimalField<const O extends FieldOptions<string> & { maxDigits: number; decimalPlaces: number }>(
  options: O,
): DecimalFieldImpl<IsNull<O>, IsOptional<O>> {
  return new DecimalFieldImpl(options);
}

// ——— text ———

/** Text columns: `CharField` (with maxLength), `TextField`, and the checked kinds of text. */
export class CharFieldImpl<N extends boolean = boolean, D extends boolean = boolean> extends Field<string, N, D> {
  constructor(
    options: FieldOptions<string> & { maxLength?: number },
    readonly internalType: string,
    readonly maxLength: number | null,
    private readonly check?: { valid: (value: string) => boolean; message: string },
  ) {
    super(options);
  }
  columnType(): ColumnType {
    return this.maxLength === null ? { kind: "text" } : { kind: "varchar", maxLength: this.maxLength };
  }
  protected override emptyDefault(): string {
    return "";
  }
  override toValue(value: unknown): string | null {
    if (value === null || value === undefined) return null;
    return typeof value === "string" ? value : String(value);
  }
  override toDb(value: string | null): SqlValue {
    return typeof value === "string" ? value : this.toValue(value);
  }
  protected override validateValue(value: string): void {
    if (this.maxLength !== null && value.length > this.maxLength) {
      throw this.error("max_length", "Ensure this value has at most %(limit_value)s characters (it has %(show_value)s).", {
        limit_value: this.maxLength,
        show_value: value.length,
      });
    }
    if (this.check && value !== "" && !this.check.valid(value)) throw this.error("invalid", this.check.message);
  }
  formField(): forms.Field<any> {
    const options = { ...this.formOptions(), ...(this.maxLength !== null ? { maxLength: this.maxLength } : {}) };
    if (this.choices) return forms.ChoiceField({ ...options, choices: [...(this.blank ? [["", "---------"] as const] : []), ...this.choices] });
    switch (this.internalType) {
      case "TextField":
        return forms.CharField({ ...options, widget: forms.Textarea });
      case "EmailField":
        return forms.EmailField(options);
      case "URLField":
        return forms.URLField(options);
      default:
        return forms.CharField(options);
    }
  }
}

type CharOptions = FieldOptions<string> & { maxLength: number };
type TextOptions = FieldOptions<string> & { maxLength?: number };

/** Short text with a maximum length. @example `questionText: models.CharField({ maxLength: 200 })` */
export function CharField<const O extends CharOptions>(options: O): CharFieldImpl<IsNull<O>, IsOptional<O>> {
  if (!options || !Number.isInteger(options.maxLength) || options.maxLength < 1) {
    throw new TypeError("CharField needs maxLength, a whole number of at least 1, e.g. models.CharField({ maxLength: 200 }).");
  }
  return new CharFieldImpl(options, "CharField", options.maxLength);
}
/** Text of any length. */
export function TextField<const O extends TextOptions = {}>(options?: O): CharFieldImpl<IsNull<O>, IsOptional<O>> {
  return new CharFieldImpl(options ?? {}, "TextField", null);
}
/** An e-mail address (checked by `fullClean()`), 254 characters at most by default. */
export function EmailField<const O extends TextOptions = {}>(options?: O): CharFieldImpl<IsNull<O>, IsOptional<O>> {
  return new CharFieldImpl(options ?? {}, "EmailField", options?.maxLength ?? 254, { valid: isValidEmail, message: "Enter a valid email address." });
}
/** A URL (checked by `fullClean()`), 200 characters at most by default. */
export function URLField<const O extends TextOptions = {}>(options?: O): CharFieldImpl<IsNull<O>, IsOptional<O>> {
  return new CharFieldImpl(options ?? {}, "URLField", options?.maxLength ?? 200, { valid: (v) => isValidUrl(v), message: "Enter a valid URL." });
}
/** Letters, numbers, underscores and hyphens, 50 characters at most by default; indexed. */
export function SlugField<const O extends TextOptions = {}>(options?: O): CharFieldImpl<IsNull<O>, IsOptional<O>> {
  return new CharFieldImpl({ dbIndex: true, ...options }, "SlugField", options?.maxLength ?? 50, {
    valid: (v) => /^[-a-zA-Z0-9_]+$/.test(v),
    message: "Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.",
  });
}

/** A UUID, as its 36-character text. @example `token: models.UUIDField({ default: () => crypto.randomUUID() })` */
export class UUIDFieldImpl<N extends boolean = boolean, D extends boolean = boolean> extends Field<string, N, D> {
  readonly internalType = "UUIDField";
  columnType(): ColumnType {
    return { kind: "uuid" };
  }
  override toValue(value: unknown): string | null {
    if (value === null || value === undefined) return null;
    const text = String(value).toLowerCase();
    if (!/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/.test(text)) throw this.invalid("a UUID", value);
    return text.length === 32 ? `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}` : text;
  }
  override toDb(value: string | null): SqlValue {
    return this.toValue(value);
  }
  formField(): forms.Field<any> {
    return forms.CharField({ ...this.formOptions(), maxLength: 36 });
  }
}
/** A UUID column. */
export function UUIDField<const O extends FieldOptions<string> = {}>(options?: O): UUIDFieldImpl<IsNull<O>, IsOptional<O>> {
  return new UUIDFieldImpl(options ?? {});
}

// ——— booleans, dates, JSON ———

/** True or false. */
export class BooleanFieldImpl<N extends boolean = boolean, D extends boolean = boolean> extends Field<boolean, N, D> {
  readonly internalType = "BooleanField";
  constructor(options: FieldOptions<boolean>) {
    super(options);
    this.fromDb = (value) => (value === null ? (null as unknown as boolean) : typeof value === "boolean" ? value : Number(value) !== 0);
  }
  columnType(): ColumnType {
    return { kind: "boolean" };
  }
  override toValue(value: unknown): boolean | null {
    if (value === null || value === undefined) return null;
    if (typeof value === "boolean") return value;
    if (value === 1 || value === "1" || value === "true" || value === "True") return true;
    if (value === 0 || value === "0" || value === "false" || value === "False") return false;
    throw this.invalid("true or false", value);
  }
  override toDb(value: boolean | null): SqlValue {
    return this.toValue(value);
  }
  formField(): forms.Field<any> {
    return forms.BooleanField({ ...this.formOptions(), required: false });
  }
}
/** True or false. @example `published: models.BooleanField({ default: false })` */
export function BooleanField<const O extends FieldOptions<boolean> = {}>(options?: O): BooleanFieldImpl<IsNull<O>, IsOptional<O>> {
  return new BooleanFieldImpl(options ?? {});
}

/** Any JSON value; `T` types it. @example `settings: models.JSONField<{ theme: string }>({ default: () => ({ theme: "dark" }) })` */
export class JSONFieldImpl<T, N extends boolean = boolean, D extends boolean = boolean> extends Field<T, N, D> {
  readonly internalType = "JSONField";
  constructor(options: FieldOptions<T>) {
    super(options);
    // SQLite returns the JSON text; PostgreSQL's driver has already parsed jsonb.
    this.fromDb = (value) => (typeof value === "string" ? JSON.parse(value) : value) as T;
  }
  columnType(): ColumnType {
    return { kind: "json" };
  }
  override toDb(value: T | null): SqlValue {
    return value === null || value === undefined ? null : JSON.stringify(value);
  }
  formField(): forms.Field<any> {
    return forms.CharField({ ...this.formOptions(), widget: forms.Textarea });
  }
}
/** A JSON value. Give its type as `JSONField<MyType>({ ... })`. */
export function JSONField<T = unknown>(options: FieldOptions<T> & { null: true }): JSONFieldImpl<T, true, true>;
export function JSONField<T = unknown>(options: FieldOptions<T> & ({ default: T | (() => T) } | { blank: true })): JSONFieldImpl<T, false, true>;
export function JSONField<T = unknown>(options?: FieldOptions<T>): JSONFieldImpl<T, false, false>;
export function JSONField<T = unknown>(options?: FieldOptions<T>): JSONFieldImpl<T, boolean, boolean> {
  return new JSONFieldImpl<T>(options ?? {});
}
