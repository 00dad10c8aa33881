/**
 * Validation errors: the exception fields and hooks throw, and the lists and
 * dicts a form keeps them in, which render as Django's
 * `<ul class="errorlist">` in templates.
 *
 * @module
 */
import { SafeHtml } from "./safe.ts";
/** Django's key for errors that belong to the whole form, not one field. */
export declare const NON_FIELD_ERRORS = "__all__";
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
export declare function interpolate(message: string, params?: ErrorParams): string;
/** What a ValidationError can be built from: one message, a list, or field → messages. */
export type ValidationErrorInput = string | ValidationError | readonly (string | ValidationError)[] | Readonly<Record<string, string | ValidationError | readonly (string | ValidationError)[]>>;
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
export declare class ValidationError extends Error {
    /** Machine-readable reason such as `"required"` or `"max_length"`, for single errors. */
    readonly code: string | undefined;
    /** Placeholder values for the message. */
    readonly params: ErrorParams | undefined;
    /** Set when the error was built from a field → errors dict. */
    readonly errorDict: Record<string, ValidationError[]> | undefined;
    /** Every single error this one holds (itself, for a single message). */
    readonly errorList: ValidationError[];
    constructor(message: ValidationErrorInput, options?: {
        code?: string;
        params?: ErrorParams;
    });
    /** The messages, already interpolated. */
    get messages(): string[];
}
/** The array methods an ErrorList offers over its messages. */
type ArrayReading = Pick<readonly string[], "at" | "slice" | "indexOf" | "forEach" | "filter" | "some" | "every" | "find" | "concat" | "entries" | "values">;
export interface ErrorList extends ArrayReading {
}
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
export declare class ErrorList extends SafeHtml {
    #private;
    readonly errorClass: string;
    readonly fieldId: string;
    readonly [index: number]: string;
    /**
     * @param errorClass Extra CSS class, `"nonfield"` for the form's own errors.
     * @param fieldId The field's id, so the list gets `id="<fieldId>_error"` for `aria-describedby`.
     */
    constructor(errors?: readonly ValidationError[], errorClass?: string, fieldId?: string);
    /** Appends an error (used by the form while cleaning). */
    add(error: ValidationError): void;
    get length(): number;
    /** The errors with their codes, as Django's `as_data()`. */
    asData(): ValidationError[];
    /** The messages as a plain array. */
    get messages(): string[];
    includes(message: string): boolean;
    map<U>(fn: (message: string, index: number) => U): U[];
    join(separator?: string): string;
    /** True when an error with that code is present. */
    hasCode(code: string): boolean;
    [Symbol.iterator](): IterableIterator<string>;
    /** `* message` lines, as Django's `as_text()`. */
    asText(): string;
    /** Django's `<ul class="errorlist">`, empty when there are no errors. */
    asUl(): string;
    toString(): string;
    toJSON(): {
        message: string;
        code: string;
    }[];
}
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
export declare class ErrorDict extends SafeHtml {
    toString(): string;
    [Symbol.iterator](): IterableIterator<string>;
    /** How many fields (and `__all__`) have errors. */
    get length(): number;
}
/** The list for `field` in `dict`, only if it was set (never an inherited member). */
export declare function errorsFor(dict: ErrorDict, field: string): ErrorList | undefined;
/** Stores `list` under `field` as an own property, shadowing anything inherited. */
export declare function putErrors(dict: ErrorDict, field: string, list: ErrorList): void;
export {};
