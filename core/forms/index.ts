/**
 * onefile forms: Django's form library for a single TypeScript file.
 * Declare a form with `Form({...fields}, {...hooks})`, bind it to
 * `request.POST`/`request.FILES`, call `isValid()`, read the typed
 * `cleanedData`, and print `{{ form }}` in a template.
 *
 * Runtime-neutral: Web standards and nunjucks only.
 *
 * @example
 * ```ts
 * import { forms } from "onefile";
 * const ContactForm = forms.Form({
 *   name: forms.CharField({ maxLength: 100 }),
 *   email: forms.EmailField(),
 *   message: forms.CharField({ widget: forms.Textarea }),
 * });
 * ```
 * @module
 */
export { Form, type FormClass, type FormHooks, type FormInstance, type BoundFields, type ReservedName } from "./declare.ts";
export { BaseForm, type Fields, type CleanedData, type CleanedValue, type FormErrors, type FormOptions, type InitialData } from "./form.ts";
export { BoundField, prettyName } from "./bound-field.ts";
export { Field, isEmptyValue, type FieldOptions, type Validator, type Optional } from "./field.ts";
export {
  CharField,
  EmailField,
  URLField,
  BooleanField,
  type CharFieldOptions,
  type URLFieldOptions,
} from "./fields.ts";
export { IntegerField, FloatField, DecimalField, type NumberFieldOptions, type DecimalFieldOptions } from "./number-fields.ts";
export { ChoiceField, MultipleChoiceField, type ChoiceFieldOptions } from "./choice-fields.ts";
export { DateField, DateTimeField, parseDate, parseDateTime } from "./temporal-fields.ts";
export { FileField, type FileFieldOptions } from "./file-field.ts";
export {
  Widget,
  Input,
  TextInput,
  NumberInput,
  EmailInput,
  URLInput,
  PasswordInput,
  HiddenInput,
  DateInput,
  DateTimeInput,
  Textarea,
  CheckboxInput,
  type WidgetClass,
} from "./widgets.ts";
export { ChoiceWidget, Select, SelectMultiple, RadioSelect, CheckboxSelectMultiple } from "./choice-widgets.ts";
export { FileInput, ClearableFileInput, FILE_INPUT_CONTRADICTION, type StoredFile } from "./file-widgets.ts";
export { ValidationError, ErrorList, ErrorDict, NON_FIELD_ERRORS, type ErrorParams, type ValidationErrorInput } from "./errors.ts";
export { type Choice, type ChoicePair, type ChoiceValue, type Choices, type ChoiceValues } from "./choices.ts";
export { type FormInput, type MultiValueSource } from "./data.ts";
export { markSafe, escape, SafeHtml, type SafeString, type Attrs, type AttrValue } from "./safe.ts";
export { isValidEmail, isValidUrl } from "./validators.ts";
