/**
 * The model field base class: what a column holds, how values go to and come from the
 * database, how `fullClean()` checks them, and which form field edits them.
 *
 * Every field's type parameters carry its value type, whether it may be null and whether it
 * has a default, so a model's instances and `create()` arguments are typed from its fields.
 *
 * @module
 */
import { ValidationError, type ErrorParams } from "../../forms/errors.ts";
import type { Field as FormField } from "../../forms/field.ts";
import { interpolate } from "../../forms/errors.ts";
import type { SqlValue } from "../driver.ts";
import { FieldError } from "../errors.ts";
import type { ColumnType } from "../schema/state.ts";

/** A check run by `fullClean()`; throws ValidationError to reject. (Method syntax keeps fields of any type assignable to `Field`.) */
export type FieldValidator<T> = { check(value: T): void }["check"];

/** `choices`: value → label pairs, as in Django. */
export type FieldChoices<T> = readonly (readonly [T, string])[];

/** Options every model field accepts (Django's names, camelCase). */
export interface FieldOptions<T> {
  /** The column may hold NULL (and the value `null`). Default false. */
  null?: boolean;
  /** Forms and `fullClean()` accept an empty value. Default false. */
  blank?: boolean;
  /** The value of a new instance: a value, or a function called for each instance. */
  default?: T | (() => T);
  /** No two rows may hold the same value (a UNIQUE constraint). */
  unique?: boolean;
  /** Adds an index on the column. */
  dbIndex?: boolean;
  /** The allowed values with their labels; forms show a select. */
  choices?: FieldChoices<T>;
  /** Human name, e.g. "publication date"; by default the field name in words. */
  verboseName?: string;
  /** Shown under the field in forms and the admin. */
  helpText?: string;
  /** Extra checks run by `fullClean()`; each throws ValidationError to reject a value. */
  validators?: readonly FieldValidator<T>[];
  /** This field is the primary key (instead of the implicit `id`). */
  primaryKey?: boolean;
  /** The column name, instead of the field name in snake_case. */
  dbColumn?: string;
  /** False hides the field from ModelForms and the admin. Default true. */
  editable?: boolean;
}

/** The owner of a field, as much of it as fields need (the full `ModelOptions` lives in options.ts). */
export interface FieldOwner {
  readonly objectName: string;
  readonly verboseName: string;
}

/**
 * Base class of model fields. `T` is the value type, `N` whether it may be null, `D` whether
 * `create()` may leave it out (it has a default, or is automatic).
 */
export abstract class Field<T = unknown, N extends boolean = boolean, D extends boolean = boolean> {
  /** Phantom members: carry the type parameters for the model's types; never set. */
  declare readonly __type?: { value: T; null: N; optional: D };

  /** Django's class name of the field ("CharField"), for schema records and the admin. */
  abstract readonly internalType: string;
  /** The attribute name on instances, set when the model is declared. */
  name = "";
  /** The column name, set when the model is declared. */
  column = "";
  /** The model the field belongs to, set when the model is declared. */
  model!: FieldOwner;
  readonly null: boolean;
  readonly blank: boolean;
  readonly unique: boolean;
  readonly dbIndex: boolean;
  readonly choices: FieldChoices<T> | undefined;
  readonly helpText: string;
  readonly validators: readonly FieldValidator<T>[];
  primaryKey: boolean;
  readonly editable: boolean;
  readonly dbColumn: string | undefined;
  #verboseName: string | undefined;
  readonly #default: T | (() => T) | undefined;
  readonly #hasDefault: boolean;
  /** Converts a value read from the database; null when no conversion is needed (the fast path). */
  fromDb: ((value: SqlValue) => T) | null = null;

  constructor(options: FieldOptions<T> = {}) {
    this.null = options.null ?? false;
    this.blank = options.blank ?? false;
    this.unique = options.unique ?? false;
    this.dbIndex = options.dbIndex ?? false;
    this.choices = options.choices;
    this.helpText = options.helpText ?? "";
    this.validators = options.validators ?? [];
    this.primaryKey = options.primaryKey ?? false;
    this.editable = options.editable ?? true;
    this.dbColumn = options.dbColumn;
    this.#verboseName = options.verboseName;
    this.#hasDefault = "default" in options && options.default !== undefined;
    this.#default = options.default;
  }

  /** "question text" for `questionText`, unless `verboseName` was given. */
  get verboseName(): string {
    return this.#verboseName ?? this.name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase();
  }

  /** The kind of column this field needs (mapped to each dialect's type by the schema code). */
  abstract columnType(): ColumnType;

  /** True when the field has a column in its model's table (a many-to-many field has none). */
  get concrete(): boolean {
    return true;
  }

  hasDefault(): boolean {
    return this.#hasDefault;
  }

  /** The value a new instance gets: the default (called if a function), else null or the empty value. */
  getDefault(): T | null {
    if (this.#hasDefault) return typeof this.#default === "function" ? (this.#default as () => T)() : (this.#default as T);
    return this.null ? null : this.emptyDefault();
  }

  /** A default that can be written into the schema (a constant), or undefined when there is none. */
  schemaDefault(): SqlValue | undefined {
    if (!this.#hasDefault || typeof this.#default === "function") return undefined;
    return this.toDb(this.#default as T);
  }

  /** What a field without default holds in a new instance (`""` for text, null otherwise). */
  protected emptyDefault(): T | null {
    return null;
  }

  /**
   * Converts a value to what the database stores. Throws FieldError for a value the field can
   * never hold (Django's "Field 'id' expected a number but got 'abc'.").
   */
  toDb(value: T | null): SqlValue {
    return value as SqlValue;
  }

  /** Converts a value that comes from outside (a form, a URL) to the field's type; may throw FieldError. */
  toValue(value: unknown): T | null {
    return value as T;
  }

  /** An error naming this field, for values it cannot hold. */
  protected invalid(expected: string, value: unknown): FieldError {
    const shown = typeof value === "string" ? `'${value}'` : String(value);
    return new FieldError(`Field '${this.name}' expected ${expected} but got ${shown}.`);
  }

  /** Builds a ValidationError with Django's message for `code`. */
  protected error(code: string, message: string, params?: ErrorParams): ValidationError {
    return new ValidationError(interpolate(message, params), { code, params });
  }

  /**
   * Checks a value as `fullClean()` does: null, blank, choices, the field's own rules and its
   * validators. Throws ValidationError with every problem found.
   */
  clean(value: T | null): void {
    if (value === null || value === undefined) {
      if (!this.null) throw this.error("null", "This field cannot be null.");
      return;
    }
    if ((value as unknown) === "" && !this.blank) throw this.error("blank", "This field cannot be blank.");
    if (this.choices && (value as unknown) !== "" && !this.choices.some(([choice]) => choice === value)) {
      throw this.error("invalid_choice", "Value %(value)s is not a valid choice.", { value: `'${String(value)}'` });
    }
    const errors: ValidationError[] = [];
    for (const check of [(v: T) => this.validateValue(v), ...this.validators]) {
      try {
        check(value);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        errors.push(error);
      }
    }
    if (errors.length) throw new ValidationError(errors);
  }

  /** The field's own rules (e.g. a CharField's maxLength); throws ValidationError. */
  protected validateValue(_value: T): void {}

  /** The form field a ModelForm uses to edit this field, or null when it is not editable in forms. */
  abstract formField(): FormField<any> | null;

  /** Options every form field gets from the model field: required, label, help text, choices. */
  protected formOptions(): { required: boolean; label: string; helpText: string } {
    const label = this.verboseName;
    return { required: !this.blank, label: label.charAt(0).toUpperCase() + label.slice(1), helpText: this.helpText };
  }
}
