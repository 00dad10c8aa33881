/**
 * Validation errors: the exception fields and hooks throw, and the lists and
 * dicts a form keeps them in, which render as Django's
 * `<ul class="errorlist">` in templates.
 *
 * @module
 */
import { SafeHtml, escape, hideStringMethods } from "./safe.ts";

/** Django's key for errors that belong to the whole form, not one field. */
export const NON_FIELD_ERRORS = "__all__";

/** Values substituted into `%(name)s` / `%(name)d` placeholders. */
export type ErrorParams = Record<string, string | number>;

/**
 * Fills Django-style `%(name)s` placeholders from `params`.
 *
 * @example
 * ```ts
 * interpolate("Ensure this value is less than or equal to %(limit_value)s.", { limit_value: 5 });
 * ```
 */
export function interpolate(message: string, params?: ErrorParams): string {
  if (!params) return message;
  return message.replace(/%\((\w+)\)[sd]/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** What a ValidationError can be built from: one message, a list, or field → messages. */
export type ValidationErrorInput =
  | string
  | ValidationError
  | readonly (string | ValidationError)[]
  | Readonly<Record<string, string | ValidationError | readonly (string | ValidationError)[]>>;

/**
 * Thrown by fields, validators and clean hooks when a value is invalid.
 * Like Django's, it holds one message (with an optional `code` and `params`),
 * a list of errors, or a field → errors dict (only from a form-level `clean`).
 *
 * @example
 * ```ts
 * throw new ValidationError("Enter a valid %(what)s.", { code: "invalid", params: { what: "ISBN" } });
 * throw new ValidationError({ email: "Already registered.", name: ["Too short."] });
 * ```
 */
export class ValidationError extends Error {
  /** Machine-readable reason such as `"required"` or `"max_length"`, for single errors. */
  readonly code: string | undefined;
  /** Placeholder values for the message. */
  readonly params: ErrorParams | undefined;
  /** Set when the error was built from a field → errors dict. */
  readonly errorDict: Record<string, ValidationError[]> | undefined;
  /** Every single error this one holds (itself, for a single message). */
  readonly errorList: ValidationError[];

  constructor(message: ValidationErrorInput, options: { code?: string; params?: ErrorParams } = {}) {
    super(typeof message === "string" ? interpolate(message, options.params) : "Validation failed.");
    this.name = "ValidationError";
    this.code = options.code;
    this.params = options.params;
    this.errorDict = undefined;
    if (typeof message === "string") {
      this.errorList = [this];
    } else if (message instanceof ValidationError) {
      this.errorList = message.errorList;
      this.errorDict = message.errorDict;
      this.message = message.message;
      this.code = message.code;
    } else if (Array.isArray(message)) {
      this.errorList = (message as readonly (string | ValidationError)[]).flatMap((m) => new ValidationError(m).errorList);
      this.message = this.errorList.map((e) => e.message).join(" ");
    } else {
      const dict: Record<string, ValidationError[]> = {};
      for (const [field, value] of Object.entries(message)) dict[field] = new ValidationError(value as ValidationErrorInput).errorList;
      this.errorDict = dict;
      this.errorList = Object.values(dict).flat();
      this.message = this.errorList.map((e) => e.message).join(" ");
    }
  }

  /** The messages, already interpolated. */
  get messages(): string[] {
    return this.errorList.map((e) => e.message);
  }
}

/** The array methods an ErrorList offers over its messages. */
type ArrayReading = Pick<
  readonly string[],
  "at" | "slice" | "indexOf" | "forEach" | "filter" | "some" | "every" | "find" | "concat" | "entries" | "values"
>;
// Interface merging adds the array methods that hideStringMethods installs.
export interface ErrorList extends ArrayReading {}

/**
 * The errors of one field (or the form's non-field errors). Reads like a
 * read-only array of messages (`length`, index, `at`, `includes`, `map`,
 * `filter`, iteration…) and
 * renders as `<ul class="errorlist">` in templates. In a nunjucks `{% if %}`
 * test use `errors.length`: an object is always truthy.
 *
 * @example
 * ```ts
 * form.errors.email?.[0];           // "Enter a valid email address."
 * [...form.nonFieldErrors()];       // every non-field message
 * ```
 */
export class ErrorList extends SafeHtml {
  readonly [index: number]: string;
  readonly #errors: ValidationError[] = [];

  /**
   * @param errorClass Extra CSS class, `"nonfield"` for the form's own errors.
   * @param fieldId The field's id, so the list gets `id="<fieldId>_error"` for `aria-describedby`.
   */
  constructor(
    errors: readonly ValidationError[] = [],
    readonly errorClass = "",
    readonly fieldId = "",
  ) {
    super();
    for (const error of errors) this.add(error);
  }

  /** Appends an error (used by the form while cleaning). */
  add(error: ValidationError): void {
    for (const single of error.errorList) {
      (this as unknown as Record<number, string>)[this.#errors.length] = single.message;
      this.#errors.push(single);
    }
  }
  get length(): number {
    return this.#errors.length;
  }
  /** The errors with their codes, as Django's `as_data()`. */
  asData(): ValidationError[] {
    return [...this.#errors];
  }
  /** The messages as a plain array. */
  get messages(): string[] {
    return this.#errors.map((e) => e.message);
  }
  includes(message: string): boolean {
    return this.messages.includes(message);
  }
  map<U>(fn: (message: string, index: number) => U): U[] {
    return this.messages.map(fn);
  }
  join(separator = ","): string {
    return this.messages.join(separator);
  }
  /** True when an error with that code is present. */
  hasCode(code: string): boolean {
    return this.#errors.some((e) => e.code === code);
  }
  [Symbol.iterator](): IterableIterator<string> {
    return this.messages[Symbol.iterator]();
  }
  /** `* message` lines, as Django's `as_text()`. */
  asText(): string {
    return this.messages.map((m) => `* ${m}`).join("\n");
  }
  /** Django's `<ul class="errorlist">`, empty when there are no errors. */
  asUl(): string {
    if (this.length === 0) return "";
    const cls = this.errorClass ? `errorlist ${this.errorClass}` : "errorlist";
    const id = this.fieldId ? ` id="${escape(this.fieldId)}_error"` : "";
    return `<ul class="${cls}"${id}>${this.messages.map((m) => `<li>${escape(m)}</li>`).join("")}</ul>`;
  }
  override toString(): string {
    return this.asUl();
  }
  toJSON(): { message: string; code: string }[] {
    return this.#errors.map((e) => ({ message: e.message, code: e.code ?? "" }));
  }
}

hideStringMethods<ErrorList>(ErrorList.prototype, (list) => list.messages);

/**
 * A form's errors by field name (`"__all__"` for non-field errors). Renders as
 * Django's nested `<ul class="errorlist">` in templates.
 *
 * @example
 * ```ts
 * form.errors.email?.messages;  // ["Enter a valid email address."]
 * Object.keys(form.errors);     // fields with errors
 * ```
 */
export class ErrorDict extends SafeHtml {
  override toString(): string {
    const entries = Object.entries(this) as [string, ErrorList][];
    if (entries.length === 0) return "";
    return `<ul class="errorlist">${entries.map(([field, list]) => `<li>${escape(field)}${list.asUl()}</li>`).join("")}</ul>`;
  }
  [Symbol.iterator](): IterableIterator<string> {
    return Object.keys(this)[Symbol.iterator]();
  }
  /** How many fields (and `__all__`) have errors. */
  get length(): number {
    return Object.keys(this).length;
  }
}

// Functions rather than ErrorDict methods, because every method name is one
// a field could have, and a field's errors would then hide the method.

/** The list for `field` in `dict`, only if it was set (never an inherited member). */
export function errorsFor(dict: ErrorDict, field: string): ErrorList | undefined {
  return Object.prototype.hasOwnProperty.call(dict, field) ? (dict as unknown as Record<string, ErrorList>)[field] : undefined;
}
/** Stores `list` under `field` as an own property, shadowing anything inherited. */
export function putErrors(dict: ErrorDict, field: string, list: ErrorList): void {
  Object.defineProperty(dict, field, { value: list, enumerable: true, writable: true, configurable: true });
}
hideStringMethods(ErrorDict.prototype);
