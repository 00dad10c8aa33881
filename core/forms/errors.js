/**
 * Validation errors: the exception fields and hooks throw, and the lists and
 * dicts a form keeps them in, which render as Django's
 * `<ul class="errorlist">` in templates.
 *
 * @module
 */
import { SafeHtml, escape, hideStringMethods } from "./safe.js";
/** Django's key for errors that belong to the whole form, not one field. */
export const NON_FIELD_ERRORS = "__all__";
/**
 * Fills Django-style `%(name)s` placeholders from `params`.
 *
 * @example
 * ```ts
 * interpolate("Ensure this value is less than or equal to %(limit_value)s.", { limit_value: 5 });
 * ```
 */
export function interpolate(message, params) {
    if (!params)
        return message;
    return message.replace(/%\((\w+)\)[sd]/g, (whole, key) => (key in params ? String(params[key]) : whole));
}
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
    code;
    /** Placeholder values for the message. */
    params;
    /** Set when the error was built from a field → errors dict. */
    errorDict;
    /** Every single error this one holds (itself, for a single message). */
    errorList;
    constructor(message, options = {}) {
        super(typeof message === "string" ? interpolate(message, options.params) : "Validation failed.");
        this.name = "ValidationError";
        this.code = options.code;
        this.params = options.params;
        this.errorDict = undefined;
        if (typeof message === "string") {
            this.errorList = [this];
        }
        else if (message instanceof ValidationError) {
            this.errorList = message.errorList;
            this.errorDict = message.errorDict;
            this.message = message.message;
            this.code = message.code;
        }
        else if (Array.isArray(message)) {
            this.errorList = message.flatMap((m) => new ValidationError(m).errorList);
            this.message = this.errorList.map((e) => e.message).join(" ");
        }
        else {
            const dict = {};
            for (const [field, value] of Object.entries(message))
                dict[field] = new ValidationError(value).errorList;
            this.errorDict = dict;
            this.errorList = Object.values(dict).flat();
            this.message = this.errorList.map((e) => e.message).join(" ");
        }
    }
    /** The messages, already interpolated. */
    get messages() {
        return this.errorList.map((e) => e.message);
    }
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
export class ErrorList extends SafeHtml {
    errorClass;
    fieldId;
    #errors = [];
    /**
     * @param errorClass Extra CSS class, `"nonfield"` for the form's own errors.
     * @param fieldId The field's id, so the list gets `id="<fieldId>_error"` for `aria-describedby`.
     */
    constructor(errors = [], errorClass = "", fieldId = "") {
        super();
        this.errorClass = errorClass;
        this.fieldId = fieldId;
        for (const error of errors)
            this.add(error);
    }
    /** Appends an error (used by the form while cleaning). */
    add(error) {
        for (const single of error.errorList) {
            this[this.#errors.length] = single.message;
            this.#errors.push(single);
        }
    }
    get length() {
        return this.#errors.length;
    }
    /** The errors with their codes, as Django's `as_data()`. */
    asData() {
        return [...this.#errors];
    }
    /** The messages as a plain array. */
    get messages() {
        return this.#errors.map((e) => e.message);
    }
    includes(message) {
        return this.messages.includes(message);
    }
    map(fn) {
        return this.messages.map(fn);
    }
    join(separator = ",") {
        return this.messages.join(separator);
    }
    /** True when an error with that code is present. */
    hasCode(code) {
        return this.#errors.some((e) => e.code === code);
    }
    [Symbol.iterator]() {
        return this.messages[Symbol.iterator]();
    }
    /** `* message` lines, as Django's `as_text()`. */
    asText() {
        return this.messages.map((m) => `* ${m}`).join("\n");
    }
    /** Django's `<ul class="errorlist">`, empty when there are no errors. */
    asUl() {
        if (this.length === 0)
            return "";
        const cls = this.errorClass ? `errorlist ${this.errorClass}` : "errorlist";
        const id = this.fieldId ? ` id="${escape(this.fieldId)}_error"` : "";
        return `<ul class="${cls}"${id}>${this.messages.map((m) => `<li>${escape(m)}</li>`).join("")}</ul>`;
    }
    toString() {
        return this.asUl();
    }
    toJSON() {
        return this.#errors.map((e) => ({ message: e.message, code: e.code ?? "" }));
    }
}
hideStringMethods(ErrorList.prototype, (list) => list.messages);
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
    toString() {
        const entries = Object.entries(this);
        if (entries.length === 0)
            return "";
        return `<ul class="errorlist">${entries.map(([field, list]) => `<li>${escape(field)}${list.asUl()}</li>`).join("")}</ul>`;
    }
    [Symbol.iterator]() {
        return Object.keys(this)[Symbol.iterator]();
    }
    /** How many fields (and `__all__`) have errors. */
    get length() {
        return Object.keys(this).length;
    }
}
// Functions rather than ErrorDict methods, because every method name is one
// a field could have, and a field's errors would then hide the method.
/** The list for `field` in `dict`, only if it was set (never an inherited member). */
export function errorsFor(dict, field) {
    return Object.prototype.hasOwnProperty.call(dict, field) ? dict[field] : undefined;
}
/** Stores `list` under `field` as an own property, shadowing anything inherited. */
export function putErrors(dict, field, list) {
    Object.defineProperty(dict, field, { value: list, enumerable: true, writable: true, configurable: true });
}
hideStringMethods(ErrorDict.prototype);
