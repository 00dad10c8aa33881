/**
 * Text fields and BooleanField: CharField, EmailField, URLField and
 * BooleanField, with Django's conversions and error messages. The number
 * fields are in `number-fields.ts`.
 *
 * @module
 */
import { Field, callable, isEmptyValue, type FieldOptions } from "./field.ts";
import type { Attrs } from "./safe.ts";
import { isValidEmail, isValidUrl } from "./validators.ts";
import { CheckboxInput, EmailInput, TextInput, URLInput, Widget, type WidgetClass } from "./widgets.ts";

/** Picks Django's singular or plural message by a count. */
export function plural(n: number, one: string, many: string): string {
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
