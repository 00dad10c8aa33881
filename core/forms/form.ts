/**
 * Forms: `Form(fields, hooks)` builds a form class from field declarations,
 * and `BaseForm` holds the behaviour (binding, cleaning, errors, rendering).
 *
 * A factory instead of a base class with declared fields, because class
 * fields of a subclass are not set yet when a base constructor runs; the
 * factory puts the fields on the class itself (`baseFields`), which exists
 * before any instance does, and types `cleanedData` from them.
 *
 * @module
 */
import { BoundField } from "./bound-field.ts";
import { toReader, type DataReader, type FormInput } from "./data.ts";
import { ErrorDict, ErrorList, NON_FIELD_ERRORS, ValidationError, errorsFor, putErrors } from "./errors.ts";
import { Field } from "./field.ts";
import { renderForm, type FormLayout } from "./render.ts";
import { SafeHtml, hideStringMethods, markSafe, type SafeString } from "./safe.ts";
import { FileInput } from "./file-widgets.ts";

/** A form's field declarations: name → field. */
export type Fields = Record<string, Field<any>>;
/** The cleaned value type of one field. */
export type CleanedValue<F> = F extends Field<infer T> ? T : never;
/** The cleaned data of a form with fields `F`. */
export type CleanedData<F extends Fields> = { [K in keyof F]: CleanedValue<F[K]> };
/** `form.errors`: an ErrorDict with an optional ErrorList per field and for `"__all__"`. */
export type FormErrors<F extends Fields> = ErrorDict & { [K in keyof F | typeof NON_FIELD_ERRORS]?: ErrorList };
/** Initial values: cleaned values or their string forms. */
export type InitialData<F extends Fields> = { [K in keyof F]?: CleanedValue<F[K]> | string | (() => unknown) };

/** Options of a form instance (the third constructor argument). */
export interface FormOptions<F extends Fields = Fields> {
  /** Values an unbound form shows, by field name (overrides each field's `initial`). */
  initial?: InitialData<F>;
  /** Prefixes every HTML name (`prefix-name`), for several forms in one `<form>`. */
  prefix?: string;
  /** Id pattern, `"id_%s"` by default; `false` for no ids (and no `<label for>`). */
  autoId?: string | false;
  /** Appended to labels, `":"` by default. */
  labelSuffix?: string;
  /** An unchanged form is valid without validation (Django's `empty_permitted`, for formsets). */
  emptyPermitted?: boolean;
  /** Print the HTML `required` attribute (default `true`). */
  useRequiredAttribute?: boolean;
}

/**
 * What a form does. `Form(fields)` returns a subclass of it; you rarely use
 * it directly.
 */
export class BaseForm<F extends Fields = Fields> extends SafeHtml {
  /** The declared fields, per class; `fields` holds this instance's copies. */
  static baseFields: Fields = {};

  /** This instance's fields (copies, so changing `form.fields.x.choices` affects this form only). */
  readonly fields: F;
  /** True when the form was given data (or files) to validate. */
  readonly isBound: boolean;
  readonly data: FormInput | null;
  readonly files: FormInput | null;
  readonly initial: InitialData<F>;
  readonly prefix: string;
  readonly autoId: string | false;
  readonly labelSuffix: string;
  readonly emptyPermitted: boolean;
  readonly useRequiredAttribute: boolean;
  /** CSS class added to rows with errors / required rows (unset by default, as in Django). */
  errorCssClass = "";
  requiredCssClass = "";
  /** @internal The data and files as readers. */
  readonly reader: DataReader;
  readonly fileReader: DataReader;
  #errors: ErrorDict | null = null;
  #cleaned: Record<string, unknown> | null = null;
  #bound = new Map<string, BoundField<any>>();

  /**
   * @param data Submitted data: `request.POST`, a FormData, URLSearchParams or a plain object. `null`/omitted for an unbound form.
   * @param files Uploaded files: `request.FILES` (defaults to `data`, so a FormData with files works alone).
   */
  constructor(data?: FormInput | null, files?: FormInput | null, options: FormOptions<F> = {}) {
    super();
    const declared = (this.constructor as typeof BaseForm).baseFields;
    const fields: Fields = {};
    for (const [name, field] of Object.entries(declared)) fields[name] = cloneField(field);
    this.fields = fields as F;
    this.isBound = (data !== null && data !== undefined) || (files !== null && files !== undefined);
    this.data = data ?? null;
    this.files = files ?? null;
    this.reader = toReader(data);
    this.fileReader = toReader(files ?? data);
    this.initial = options.initial ?? {};
    this.prefix = options.prefix ?? "";
    this.autoId = options.autoId ?? "id_%s";
    this.labelSuffix = options.labelSuffix ?? ":";
    this.emptyPermitted = options.emptyPermitted ?? false;
    this.useRequiredAttribute = options.useRequiredAttribute ?? true;
  }

  /** `name` with the form's prefix. */
  addPrefix(name: string): string {
    return this.prefix ? `${this.prefix}-${name}` : name;
  }

  /** The bound field for `name`; also available as `form[name]`. */
  field<K extends keyof F & string>(name: K): BoundField<CleanedValue<F[K]>> {
    let bound = this.#bound.get(name);
    if (!bound) {
      const field = this.fields[name];
      if (!field) throw new Error(`Key '${name}' not found in ${this.constructor.name}. Choices are: ${Object.keys(this.fields).join(", ")}.`);
      bound = new BoundField(this as unknown as BaseForm, field, name);
      this.#bound.set(name, bound);
    }
    return bound as BoundField<CleanedValue<F[K]>>;
  }

  /** Every bound field, in declaration order (`{% for field in form %}`). */
  *[Symbol.iterator](): IterableIterator<BoundField<any>> {
    for (const name of Object.keys(this.fields)) yield this.field(name);
  }
  /** The hidden fields' bound fields. */
  hiddenFields(): BoundField[] {
    return [...this].filter((b) => b.isHidden);
  }
  /** The visible fields' bound fields. */
  visibleFields(): BoundField[] {
    return [...this].filter((b) => !b.isHidden);
  }
  /** True when a field needs `enctype="multipart/form-data"`. */
  isMultipart(): boolean {
    return Object.values(this.fields).some((f) => f.widget.needsMultipartForm || f.widget instanceof FileInput);
  }

  /** The initial value of a field: the form's `initial`, else the field's (functions are called). */
  getInitialForField(field: Field<any>, name: string): unknown {
    const value = name in this.initial ? (this.initial as Record<string, unknown>)[name] : field.initial;
    return typeof value === "function" ? (value as () => unknown)() : value;
  }

  /** The errors by field name, validating first if needed. Empty for unbound forms. */
  get errors(): FormErrors<F> {
    if (this.#errors === null) this.fullClean();
    return this.#errors as FormErrors<F>;
  }

  /**
   * Validates the data and reports whether it is valid. Afterwards
   * `cleanedData` is typed as complete.
   *
   * @example
   * ```ts
   * if (form.isValid()) send(form.cleanedData.email);
   * ```
   */
  isValid(): this is this & { readonly cleanedData: CleanedData<F> } {
    return this.isBound && Object.keys(this.errors).length === 0;
  }

  /**
   * The cleaned values of the fields that validated. Complete (and typed so)
   * after `isValid()` returned true; read it only on bound forms.
   */
  get cleanedData(): Partial<CleanedData<F>> {
    if (!this.isBound) throw new Error(`${this.constructor.name} is unbound (it was given no data), so it has no cleanedData.`);
    if (this.#cleaned === null) this.fullClean();
    return this.#cleaned as Partial<CleanedData<F>>;
  }

  /** The non-field errors (from `clean` or `addError(null, …)`), as `<ul class="errorlist nonfield">`. */
  nonFieldErrors(): ErrorList {
    const list = errorsFor(this.errors, NON_FIELD_ERRORS);
    return new ErrorList(list ? list.asData() : [], "nonfield");
  }

  /**
   * Records an error on a field (or the whole form with `null`) and drops
   * that field from `cleanedData`. A ValidationError built from a dict may
   * carry errors for several fields (pass `null` then).
   *
   * @example
   * ```ts
   * form.addError("email", "This address is already registered.");
   * form.addError(null, new ValidationError("Try again later.", { code: "busy" }));
   * ```
   */
  addError(field: (keyof F & string) | null, error: string | ValidationError): void {
    const err = typeof error === "string" ? new ValidationError(error) : error;
    let byField: Record<string, ValidationError[]>;
    if (err.errorDict) {
      if (field !== null) throw new TypeError(`The argument field must be null when the error argument contains errors for multiple fields.`);
      byField = err.errorDict;
    } else {
      byField = { [field ?? NON_FIELD_ERRORS]: err.errorList };
    }
    // Reading `errors` validates first (as Django's add_error does), so errors
    // added before validation are not wiped out by a later full clean.
    const errors = this.errors;
    for (const [name, list] of Object.entries(byField)) {
      if (name !== NON_FIELD_ERRORS && !(name in this.fields)) {
        throw new Error(`${this.constructor.name} has no field named '${name}'.`);
      }
      const target = errorsFor(errors, name) ?? new ErrorList([], name === NON_FIELD_ERRORS ? "nonfield" : "");
      for (const e of list) target.add(e);
      putErrors(errors, name, target);
      if (this.#cleaned && name in this.#cleaned) delete this.#cleaned[name];
    }
  }

  /** Whether `field` (or `"__all__"`) has an error, optionally with `code`. */
  hasError(field: keyof F | typeof NON_FIELD_ERRORS, code?: string): boolean {
    const list = errorsFor(this.errors, field as string);
    return !!list && list.length > 0 && (code === undefined || list.hasCode(code));
  }

  /**
   * The form-level hook, run after every field cleaned. Read `data` (only
   * fields that validated are in it), throw ValidationError or call
   * `addError` for problems, and return the data (or nothing to keep it).
   */
  clean(data: Partial<CleanedData<F>>): Partial<CleanedData<F>> | void {
    return data;
  }

  /** Runs every field's `clean`, the per-field hooks and the form's `clean`. */
  fullClean(): void {
    this.#errors = new ErrorDict();
    if (!this.isBound) return;
    this.#cleaned = {};
    if (this.emptyPermitted && !this.hasChanged()) return;
    const self = this as unknown as Record<string, unknown>;
    for (const [name, field] of Object.entries(this.fields)) {
      const bound = this.field(name);
      const value = field.disabled ? bound.initial : bound.data;
      try {
        let cleaned = field.clean(value, bound.initial);
        this.#cleaned[name] = cleaned;
        const hook = self[`clean${name[0]!.toUpperCase()}${name.slice(1)}`];
        if (typeof hook === "function") {
          const result = hook.call(this, cleaned);
          if (result !== undefined) cleaned = result;
          this.#cleaned[name] = cleaned;
        }
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        this.addError(name as keyof F & string, error);
      }
    }
    try {
      const result = this.clean(this.#cleaned as Partial<CleanedData<F>>);
      if (result !== undefined && result !== null) this.#cleaned = result as Record<string, unknown>;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this.addError(null, error);
    }
  }

  /** The names of fields whose submitted value differs from the initial one. */
  get changedData(): (keyof F & string)[] {
    if (!this.isBound) return [];
    return [...this].filter((b) => b.field.hasChanged(b.initial, b.data)).map((b) => b.name as keyof F & string);
  }
  /** Whether any field's submitted value differs from its initial one. */
  hasChanged(): boolean {
    return this.changedData.length > 0;
  }

  /** Renders every field Django-5 style, as `<div>` rows (also `{{ form }}`). */
  asDiv(): SafeString {
    return markSafe(renderForm(this as unknown as BaseForm, "div"));
  }
  /** Renders every field as `<p>` rows. */
  asP(): SafeString {
    return markSafe(renderForm(this as unknown as BaseForm, "p"));
  }
  /** Renders every field as `<li>` rows (wrap in your own `<ul>`). */
  asUl(): SafeString {
    return markSafe(renderForm(this as unknown as BaseForm, "ul"));
  }
  /** Renders every field as `<tr>` rows (wrap in your own `<table>`). */
  asTable(): SafeString {
    return markSafe(renderForm(this as unknown as BaseForm, "table"));
  }
  /** Renders with a layout by name. */
  render(layout: FormLayout = "div"): SafeString {
    return markSafe(renderForm(this as unknown as BaseForm, layout));
  }
  override toString(): string {
    return renderForm(this as unknown as BaseForm, "div");
  }
}

hideStringMethods(BaseForm.prototype);

/** Copies a field and its widget, so per-instance changes do not leak into the class. */
function cloneField<T extends Field<any>>(field: T): T {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(field)), field) as T;
  copy.widget = Object.assign(Object.create(Object.getPrototypeOf(field.widget)), field.widget);
  copy.widget.attrs = { ...field.widget.attrs };
  copy.errorMessages = { ...field.errorMessages };
  copy.validators = [...field.validators];
  return copy;
}
