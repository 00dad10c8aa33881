/**
 * `ModelForm(Model, { fields })`: a form built from a model's fields (Django's ModelForm), on
 * the forms library. Validating it also runs the model's checks, unique constraints included,
 * which need the database: hence `await form.validate()` next to the synchronous `isValid()`.
 *
 * @module
 */
import { NON_FIELD_ERRORS, ValidationError } from "../forms/errors.ts";
import { Form, type FormClass, type FormHooks, type FormInstance } from "../forms/declare.ts";
import type { FormInput } from "../forms/data.ts";
import type { Field as FormField } from "../forms/field.ts";
import type { BaseForm, FormOptions } from "../forms/form.ts";
import { IntegrityError } from "./errors.ts";
import { ForeignKeyImpl, ManyToManyFieldImpl } from "./fields/related.ts";
import type { Instance, ModelConstructor } from "./options.ts";

/** Options of `ModelForm()`. */
export interface ModelFormOptions<K extends string> {
  /** The model fields to edit, in order, or "__all__" for every editable one. */
  fields?: readonly K[] | "__all__";
  /** Fields to leave out (with `fields: "__all__"` or none given). */
  exclude?: readonly string[];
  /** Replacement labels by field name. */
  labels?: Partial<Record<K, string>>;
  /** Replacement help texts by field name. */
  helpTexts?: Partial<Record<K, string>>;
}

/** What a ModelForm instance adds to a form. */
export interface ModelFormMembers<M> {
  /** The object being edited (a new, unsaved one when the form was made without `instance`). */
  readonly instance: M;
  /**
   * Validates the fields, then the model (its `clean()`, field checks and unique constraints,
   * against the database). Errors land on the form, as Django's `is_valid()` on a ModelForm.
   */
  validate(): Promise<boolean>;
  /** Validates if not done yet, copies the cleaned data to `instance`, saves it (unless `commit: false`) and returns it. */
  save(options?: { commit?: boolean }): Promise<M>;
}

/** The class `ModelForm()` returns. */
export interface ModelFormClass<M> {
  new (data?: FormInput | null, files?: FormInput | null, options?: FormOptions & { instance?: M }): FormInstance<Record<string, FormField<any>>> & ModelFormMembers<M>;
}

/**
 * Declares a form for a model.
 *
 * @example
 * ```ts
 * const TagForm = ModelForm(Tag, { fields: ["name"] });
 * const form = new TagForm(request.POST);
 * if (await form.validate()) {
 *   const tag = await form.save();
 *   return redirect("tag", { slug: tag.name });
 * }
 * return render(request, "tag_form.html", { form });   // "Tag with this Name already exists."
 * ```
 * @throws TypeError for a field the model does not have or that a form cannot edit yet.
 */
export function ModelForm<C extends ModelConstructor, K extends string = string>(
  model: C,
  options: ModelFormOptions<K> = {},
  hooks: FormHooks<Record<string, FormField<any>>> = {},
): ModelFormClass<InstanceType<C>> {
  const meta = model._meta;
  const editable = meta.allFields.filter((f) => f.editable && !f.primaryKey && f.concrete);
  const wanted = options.fields === undefined || options.fields === "__all__" ? editable.map((f) => f.name) : [...options.fields];
  const names = wanted.filter((name) => !(options.exclude ?? []).includes(name));
  const formFields: Record<string, FormField<any>> = {};
  for (const name of names) {
    const field = meta.findField(name);
    if (!field) throw meta.unknownName(name, "field");
    if (field instanceof ForeignKeyImpl || field instanceof ManyToManyFieldImpl) {
      if (options.fields === undefined || options.fields === "__all__") continue;
      throw new TypeError(`ModelForm cannot edit the relation ${meta.objectName}.${name} yet; set it in the view (form.instance.${name} = …) before save().`);
    }
    const formField = field.formField();
    if (!formField) continue;
    const label = options.labels?.[name as K];
    if (label !== undefined) formField.label = label;
    const help = options.helpTexts?.[name as K];
    if (help !== undefined) formField.helpText = help;
    if (field.hasDefault()) formField.initial = () => field.getDefault();
    formFields[name] = formField;
  }
  const Base = Form(formFields as never, hooks as never) as unknown as FormClass<Record<string, FormField<any>>>;

  class DeclaredModelForm extends (Base as unknown as new (data?: FormInput | null, files?: FormInput | null, options?: FormOptions) => BaseForm<Record<string, FormField<any>>>) {
    readonly instance: Instance;
    #validated: boolean | null = null;

    constructor(data?: FormInput | null, files?: FormInput | null, formOptions: FormOptions & { instance?: Instance } = {}) {
      const { instance, ...rest } = formOptions;
      const current = instance ?? new model();
      const initial: Record<string, unknown> = {};
      if (instance) for (const name of Object.keys(formFields)) initial[name] = (instance as unknown as Record<string, unknown>)[name];
      super(data, files, { ...rest, initial: { ...initial, ...(rest.initial ?? {}) } as never });
      this.instance = current;
    }

    async validate(): Promise<boolean> {
      if (this.#validated !== null) return this.#validated;
      if (!(this.isValid() as boolean)) return (this.#validated = false);
      const target = this.instance as unknown as Record<string, unknown>;
      for (const [name, value] of Object.entries(this.cleanedData)) target[name] = value;
      const excluded = meta.allFields.map((f) => f.name).filter((name) => !(name in formFields));
      try {
        await (this.instance as unknown as { fullClean(o: object): Promise<void> }).fullClean({ exclude: excluded });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        this.#addModelErrors(error);
      }
      return (this.#validated = Object.keys(this.errors).length === 0);
    }

    #addModelErrors(error: ValidationError): void {
      for (const [name, list] of Object.entries(error.errorDict ?? { [NON_FIELD_ERRORS]: error.errorList })) {
        for (const item of list) this.addError(name in formFields ? name : null, item);
      }
    }

    async save({ commit = true }: { commit?: boolean } = {}): Promise<Instance> {
      if (!(await this.validate())) {
        throw new ValidationError(`The ${meta.objectName} could not be saved because the data didn't validate.`, { code: "invalid" });
      }
      if (commit) {
        try {
          await this.instance.save();
        } catch (error) {
          // Another request saved the same unique value between validate() and save(): the
          // form gets the error it would have had a moment earlier (and the caller the exception).
          if (error instanceof IntegrityError && error.kind === "unique") {
            this.#validated = null;
            await this.validate();
          }
          throw error;
        }
      }
      return this.instance;
    }
  }
  Object.defineProperty(DeclaredModelForm, "name", { value: `${meta.objectName}Form` });
  return DeclaredModelForm as unknown as ModelFormClass<InstanceType<C>>;
}
