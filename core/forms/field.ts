/**
 * The Field base class: turns a widget's raw value into a typed, validated
 * value (`clean`) and knows how it renders. Concrete fields live in
 * `fields.ts`, `choice-fields.ts`, `temporal-fields.ts` and `file-field.ts`.
 *
 * Every field's TypeScript type parameter is its cleaned value, so a form's
 * `cleanedData` is typed from its declaration.
 *
 * @module
 */
import { ValidationError, interpolate, type ErrorParams } from "./errors.ts";
import type { Attrs, SafeString } from "./safe.ts";
import { Widget, type WidgetClass } from "./widgets.ts";

/** Throws a ValidationError when a (non-empty) cleaned value is invalid. */
export type Validator<T> = (value: T) => void;

/** Options every field accepts. */
export interface FieldOptions<T = unknown> {
  /** The field must have a value (default `true`). */
  required?: boolean;
  /** The label; by default the field name with underscores and camelCase turned into words. */
  label?: string;
  /** The value an unbound form shows (a cleaned value or its string form). */
  initial?: unknown;
  /** Text shown under the field; escaped unless it is a SafeString from `markSafe`. */
  helpText?: string | SafeString;
  /** The widget, as a class (`Textarea`) or an instance (`new Textarea({ rows: 3 })`). */
  widget?: Widget | WidgetClass;
  /** Shown but not editable; submitted data for it is ignored in favour of `initial`. */
  disabled?: boolean;
  /** Replacement messages by error code, e.g. `{ required: "Please tell us your name." }`. */
  errorMessages?: Readonly<Record<string, string>>;
  /** Extra checks run on non-empty cleaned values; each throws ValidationError to reject. */
  validators?: readonly Validator<NonNullable<T>>[];
}

/**
 * The cleaned type of a field declared with options `O`: `T` when required,
 * `T | E` (E being the field's empty value) when `required: false`.
 */
export type Optional<O, T, E> = O extends { required: true }
  ? T
  : O extends { required: boolean }
    ? T | E
    : T;

/** The values Django treats as "no value". */
export function isEmptyValue(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === "" ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * Base class of all fields. Subclass it for a custom field: override
 * `toPython` (raw → typed, throwing ValidationError) and optionally
 * `validate`, `widgetAttrs` and `prepareValue`.
 *
 * @example
 * ```ts
 * class SlugField extends forms.Field<string> {
 *   constructor(options: forms.FieldOptions<string> = {}) {
 *     super(options, forms.TextInput, { invalid: "Enter a valid slug." });
 *   }
 *   override toPython(value: unknown): string {
 *     const text = String(value ?? "").trim();
 *     if (text && !/^[-\w]+$/.test(text)) throw this.error("invalid");
 *     return text;
 *   }
 * }
 * ```
 */
export abstract class Field<T = unknown> {
  required: boolean;
  label: string | undefined;
  initial: unknown;
  helpText: string | SafeString;
  widget: Widget;
  disabled: boolean;
  errorMessages: Record<string, string>;
  validators: Validator<NonNullable<T>>[];

  constructor(options: FieldOptions<T>, defaultWidget: WidgetClass, messages: Record<string, string> = {}) {
    this.required = options.required ?? true;
    this.label = options.label;
    this.initial = options.initial;
    this.helpText = options.helpText ?? "";
    this.disabled = options.disabled ?? false;
    const widget = options.widget ?? defaultWidget;
    // Each field gets its own widget instance, so field-specific state
    // (choices, isRequired) never leaks between fields sharing a class.
    this.widget = typeof widget === "function" ? new widget() : widget;
    this.widget.isRequired = this.required;
    this.errorMessages = { required: "This field is required.", ...messages, ...options.errorMessages };
    this.validators = [...(options.validators ?? [])];
  }

  /** Builds a ValidationError from this field's message for `code` (or `fallback` when none is set). */
  error(code: string, params?: ErrorParams, fallback?: string): ValidationError {
    const message = this.errorMessages[code] ?? fallback ?? code;
    return new ValidationError(interpolate(message, params), { code, params });
  }

  /** Converts the widget's raw value to the field's type, or throws ValidationError. */
  abstract toPython(value: unknown): T;

  /** Checks a converted value; the base checks `required`. */
  validate(value: T): void {
    if (isEmptyValue(value) && this.required) throw this.error("required");
  }

  /** Runs `validators` on a non-empty value, collecting every error. */
  runValidators(value: T): void {
    if (isEmptyValue(value)) return;
    const errors: ValidationError[] = [];
    for (const validator of this.validators) {
      try {
        validator(value as NonNullable<T>);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        errors.push(error);
      }
    }
    if (errors.length) throw new ValidationError(errors);
  }

  /** Converts, validates and returns the cleaned value (Django's `Field.clean`). */
  clean(value: unknown, _initial?: unknown): T {
    const converted = this.toPython(value);
    this.validate(converted);
    this.runValidators(converted);
    return converted;
  }

  /** The value a bound form shows: the submitted one, or `initial` if disabled. */
  boundData(data: unknown, initial: unknown): unknown {
    return this.disabled ? initial : data;
  }

  /** Turns a value (cleaned or raw) into what the widget prints. */
  prepareValue(value: unknown): unknown {
    return value;
  }

  /** Attributes the field adds to its widget, such as `maxlength`. */
  widgetAttrs(_widget: Widget): Attrs {
    return {};
  }

  /** Whether submitted `data` differs from `initial` (used by `form.hasChanged()`). */
  hasChanged(initial: unknown, data: unknown): boolean {
    if (this.disabled) return false;
    let cleaned: unknown;
    try {
      cleaned = this.toPython(data);
    } catch {
      return true;
    }
    const key = (v: unknown): string => {
      const prepared = this.prepareValue(v);
      if (isEmptyValue(prepared)) return "";
      return JSON.stringify(this.widget.formatValue(prepared) ?? prepared);
    };
    return key(initial) !== key(cleaned);
  }
}

/**
 * Wraps a field class so it can be called like Django's (`forms.CharField({…})`)
 * as well as constructed with `new`; `instanceof` still works.
 */
export function callable<A extends unknown[], R>(cls: new (...args: A) => R): (...args: A) => R {
  const factory = function (...args: A): R {
    return new cls(...args);
  };
  factory.prototype = cls.prototype;
  Object.defineProperty(factory, "name", { value: cls.name.replace(/Impl$/, "") });
  return factory;
}
