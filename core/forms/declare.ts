/**
 * `Form(fields, hooks)`: declares a form class in one expression, with
 * `cleanedData` typed from the fields and clean hooks typed per field.
 *
 * @module
 */
import type { BoundField } from "./bound-field.ts";
import type { FormInput } from "./data.ts";
import { Field } from "./field.ts";
import { BaseForm, type CleanedData, type CleanedValue, type Fields, type FormOptions } from "./form.ts";
import { SafeHtml } from "./safe.ts";

/** Names a field cannot have, because the form itself uses them. */
export type ReservedName = keyof BaseForm<Fields> | "constructor";

/** `form.email` etc.: the bound field of every declared field. */
export type BoundFields<F extends Fields> = { readonly [K in keyof F]: BoundField<CleanedValue<F[K]>> };

/** An instance of a declared form. */
export type FormInstance<F extends Fields> = BaseForm<F> & BoundFields<F>;

/**
 * Hooks for `Form(fields, hooks)`. `clean` is the form-level hook;
 * `clean<Field>` (the field name with a capital first letter: `cleanEmail`,
 * `cleanFirst_name`) cleans one field further, gets the field's cleaned value
 * and returns the new one (or nothing to keep it). `this` is the form.
 */
export type FormHooks<F extends Fields> = {
  clean?(data: Partial<CleanedData<F>>): Partial<CleanedData<F>> | void;
} & {
  [K in keyof F & string as `clean${Capitalize<K>}`]?: (value: CleanedValue<F[K]>) => CleanedValue<F[K]> | void;
};

/** The class `Form()` returns. */
export interface FormClass<F extends Fields> {
  /**
   * @param data `request.POST`, FormData, URLSearchParams or a plain object; `null`/omitted for an unbound form.
   * @param files `request.FILES` (defaults to `data`).
   */
  new (data?: FormInput | null, files?: FormInput | null, options?: FormOptions<F>): FormInstance<F>;
  /** The declared fields. */
  readonly baseFields: F;
  readonly prototype: FormInstance<F>;
}

function reservedNames(): Set<string> {
  const names = new Set<string>(["data", "files", "initial", "prefix", "autoId", "labelSuffix", "fields", "isBound",
    "emptyPermitted", "useRequiredAttribute", "errorCssClass", "requiredCssClass", "reader", "fileReader", "val", "length"]);
  // Walk BaseForm's own prototypes, stopping at nunjucks' SafeString (whose
  // String methods a field may shadow harmlessly).
  const stop = Object.getPrototypeOf(SafeHtml.prototype) as object;
  for (let proto: object | null = BaseForm.prototype; proto && proto !== stop; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      // Hidden String methods are placeholders, not members a field would hide.
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (descriptor && "value" in descriptor && descriptor.value === undefined) continue;
      names.add(name);
    }
  }
  for (const name of Object.getOwnPropertyNames(Object.prototype)) names.add(name);
  return names;
}
const RESERVED = reservedNames();

/**
 * Declares a form class, Django's `class ContactForm(forms.Form)`.
 *
 * @param fields Field name → field. The order is the rendering order.
 * @param hooks `clean(data)` for the whole form and `clean<Field>(value)` per field.
 *
 * @example
 * ```ts
 * import { forms } from "onefile";
 *
 * const ContactForm = forms.Form({
 *   name: forms.CharField({ maxLength: 100 }),
 *   email: forms.EmailField(),
 *   age: forms.IntegerField({ required: false, min: 0 }),
 *   topic: forms.ChoiceField({ choices: [["bug", "Bug"], ["idea", "Idea"]] }),
 * }, {
 *   cleanName(value) { return value.replace(/\s+/g, " "); },
 *   clean(data) {
 *     if (data.topic === "bug" && !data.age) this.addError("age", "Bugs need an age.");
 *     return data;
 *   },
 * });
 *
 * const form = new ContactForm(request.POST);
 * if (form.isValid()) {
 *   form.cleanedData.email; // string
 *   form.cleanedData.age;   // number | null
 *   form.cleanedData.topic; // "bug" | "idea"
 * }
 * ```
 *
 * Class style works too, for hooks as methods:
 * ```ts
 * class SignupForm extends forms.Form({ password: forms.CharField({ widget: forms.PasswordInput }) }) {
 *   cleanPassword(value: string) { if (value.length < 8) throw new forms.ValidationError("Too short."); }
 * }
 * ```
 */
export function Form<F extends Fields>(
  fields: F & { [K in Extract<keyof F, ReservedName>]: "is a reserved name; rename this field" },
  hooks: NoInfer<FormHooks<F> & ThisType<FormInstance<F>>> = {},
): FormClass<F> {
  for (const [name, field] of Object.entries(fields)) {
    if (!(field instanceof Field)) {
      const hint = typeof field === "function" ? ` It is a function; did you forget to call it, as in ${(field as { name: string }).name}()?` : "";
      throw new TypeError(`Form field '${name}' is not a field.${hint}`);
    }
    if (RESERVED.has(name)) throw new TypeError(`Form field name '${name}' is reserved (the form has a member of that name); rename the field.`);
  }
  class DeclaredForm extends BaseForm<F> {
    static override baseFields: Fields = fields;
  }
  const hookNames = new Set(Object.keys(fields).map((name) => `clean${name[0]!.toUpperCase()}${name.slice(1)}`));
  // Error messages name the form by its class; a declared form has no better name to give.
  Object.defineProperty(DeclaredForm, "name", { value: "Form" });
  for (const [key, hook] of Object.entries(hooks)) {
    if (typeof hook !== "function") throw new TypeError(`Form hook '${key}' must be a function.`);
    if (key !== "clean" && !hookNames.has(key)) {
      throw new TypeError(`Unknown form hook '${key}': hooks are clean and ${[...hookNames].join(", ") || "clean<FieldName>"}.`);
    }
    Object.defineProperty(DeclaredForm.prototype, key, { value: hook, writable: true, configurable: true });
  }
  for (const name of Object.keys(fields)) {
    Object.defineProperty(DeclaredForm.prototype, name, {
      get(this: BaseForm<F>) {
        return this.field(name);
      },
      configurable: true,
    });
  }
  return DeclaredForm as unknown as FormClass<F>;
}
