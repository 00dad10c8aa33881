/**
 * BoundField: one field of one form instance, what `{{ form.email }}` is in a
 * template. It knows the submitted or initial value, the field's errors, its
 * id and label, and prints its widget as its string form.
 *
 * @module
 */
import { ErrorList, errorsFor } from "./errors.ts";
import type { Field } from "./field.ts";
import type { BaseForm } from "./form.ts";
import { SafeHtml, escape, flatatt, isSafe, markSafe, type Attrs, type SafeString } from "./safe.ts";
import { MultipleInputWidget, type ChoiceOption } from "./choice-widgets.ts";
import { hideStringMethods } from "./safe.ts";
import { HiddenInput, Textarea, TextInput, type Widget } from "./widgets.ts";

/**
 * Turns a field name into a label: `first_name` and `firstName` both become
 * "First name" (Django's `pretty_name`, plus camelCase).
 *
 * @example
 * ```ts
 * prettyName("emailAddress"); // "Email address"
 * ```
 */
export function prettyName(name: string): string {
  const words = name.replace(/_/g, " ").replace(/([a-z0-9])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`).trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : "";
}

/**
 * A field bound to a form. Printing it (`{{ form.email }}`) renders the
 * widget; its properties give the parts for hand-written markup.
 *
 * @example
 * ```njk
 * {{ form.email.labelTag() }} {{ form.email }}
 * {% if form.email.errors.length %}{{ form.email.errors }}{% endif %}
 * <small id="{{ form.email.autoId }}_helptext">{{ form.email.helpText }}</small>
 * ```
 */
export class BoundField<T = unknown> extends SafeHtml {
  /** The field's label text. */
  readonly label: string;

  constructor(
    readonly form: BaseForm,
    readonly field: Field<T>,
    /** The field's name in the form declaration. */
    readonly name: string,
  ) {
    super();
    this.label = field.label ?? prettyName(name);
  }

  /** The name in the HTML, with the form's prefix (`prefix-name`). */
  get htmlName(): string {
    return this.form.addPrefix(this.name);
  }
  /** The id the widget gets (`id_<name>`), or `""` when the form has `autoId: false`. */
  get autoId(): string {
    const autoId = this.form.autoId;
    if (!autoId) return "";
    return autoId.includes("%s") ? autoId.replace("%s", this.htmlName) : this.htmlName;
  }
  /** The id a `<label for>` should use; `""` for radio and checkbox groups, which use a legend. */
  get idForLabel(): string {
    const id = typeof this.field.widget.attrs.id === "string" ? this.field.widget.attrs.id : this.autoId;
    return this.field.widget.idForLabel(id);
  }
  /** Help text, escaped unless it was marked safe. */
  get helpText(): string | SafeString {
    return this.field.helpText;
  }
  /** This field's errors (empty for unbound forms), rendered with `id="<id>_error"`. */
  get errors(): ErrorList {
    const list = errorsFor(this.form.errors, this.name);
    return new ErrorList(list ? list.asData() : [], "", this.autoId);
  }
  /** The submitted raw value (from the widget), `undefined` for unbound forms. */
  get data(): unknown {
    return this.field.widget.valueFromData(this.form.reader, this.form.fileReader, this.htmlName);
  }
  /** The initial value: the form's `initial` for this name, else the field's. */
  get initial(): unknown {
    return this.form.getInitialForField(this.field, this.name);
  }
  /** The value the widget shows: submitted data for bound forms, else the initial value. */
  get value(): unknown {
    let data = this.initial;
    if (this.form.isBound) data = this.field.boundData(this.data, data);
    return this.field.prepareValue(data);
  }
  get isHidden(): boolean {
    return this.field.widget.isHidden;
  }
  /** Radio and checkbox groups render inside `<fieldset>` with a `<legend>`. */
  get useFieldset(): boolean {
    return this.field.widget.useFieldset;
  }
  /** CSS classes for the row (the form's `errorCssClass`/`requiredCssClass`, if set). */
  get cssClasses(): string {
    const classes: string[] = [];
    if (this.form.errorCssClass && this.errors.length) classes.push(this.form.errorCssClass);
    if (this.form.requiredCssClass && this.field.required) classes.push(this.form.requiredCssClass);
    return classes.join(" ");
  }

  /** Attributes the form adds: `required`, `disabled`, `aria-invalid`, `aria-describedby`. */
  buildWidgetAttrs(attrs: Attrs, widget: Widget): Attrs {
    const out: Attrs = { ...this.field.widgetAttrs(widget), ...attrs };
    if (widget.useRequiredAttribute(this.initial) && this.field.required && this.form.useRequiredAttribute) out.required = true;
    if (this.field.disabled) out.disabled = true;
    const hasErrors = this.errors.length > 0;
    if (!widget.isHidden && hasErrors) out["aria-invalid"] = "true";
    // Groups get aria-describedby on their fieldset instead of every input.
    // Hidden inputs are not announced, and their errors are listed at the top.
    if (!out["aria-describedby"] && !widget.useFieldset && !widget.isHidden) {
      const describedBy = this.describedBy(widget);
      if (describedBy) out["aria-describedby"] = describedBy;
    }
    return out;
  }

  /** The ids of this field's help text and error list, for `aria-describedby`. */
  describedBy(widget: Widget = this.field.widget): string {
    const ids: string[] = [];
    if (typeof widget.attrs["aria-describedby"] === "string") ids.push(widget.attrs["aria-describedby"]);
    const id = this.autoId;
    if (id && this.field.helpText) ids.push(`${id}_helptext`);
    if (id && this.errors.length) ids.push(`${id}_error`);
    return ids.join(" ");
  }

  /** The widget's HTML, optionally with another widget or extra attributes. */
  asWidget(widget?: Widget, attrs: Attrs = {}, onlyInitial = false): SafeString {
    const w = widget ?? this.field.widget;
    const all = this.buildWidgetAttrs(attrs, w);
    if (this.autoId && !("id" in w.attrs) && !("id" in all)) all.id = onlyInitial ? `initial-${this.autoId}` : this.autoId;
    const name = onlyInitial ? `initial-${this.htmlName}` : this.htmlName;
    return markSafe(w.render(name, this.value, all));
  }
  /** As `<input type="text">`. @example {{ form.notes.asText() }} */
  asText(attrs: Attrs = {}): SafeString {
    return this.asWidget(new TextInput(), attrs);
  }
  /** As `<textarea>`. */
  asTextarea(attrs: Attrs = {}): SafeString {
    return this.asWidget(new Textarea(), attrs);
  }
  /** As `<input type="hidden">`. */
  asHidden(attrs: Attrs = {}): SafeString {
    return this.asWidget(new HiddenInput(), attrs);
  }

  /**
   * `<label for="id_x">Label:</label>` (the form's `labelSuffix` is added
   * unless the label ends in punctuation).
   */
  labelTag(contents?: string | SafeString, attrs: Attrs = {}, labelSuffix?: string, tag = "label"): SafeString {
    let text = contents === undefined ? escape(this.label) : escape(contents);
    const suffix = labelSuffix ?? (this.field.widget.isHidden ? "" : this.form.labelSuffix);
    const raw = contents === undefined ? this.label : String(contents);
    if (suffix && raw && !/[:?.!]$/.test(raw)) text += escape(suffix);
    const id = this.idForLabel;
    const all: Attrs = { ...(tag === "label" && id ? { for: id } : {}), ...attrs };
    return markSafe(`<${tag}${flatatt(all)}>${text}</${tag}>`);
  }
  /** `<legend>Label:</legend>`, for fields rendered in a fieldset. */
  legendTag(contents?: string | SafeString, attrs: Attrs = {}, labelSuffix?: string): SafeString {
    return this.labelTag(contents, attrs, labelSuffix, "legend");
  }
  /** The help text as HTML (escaped unless safe). */
  helpTextHtml(): string {
    return isSafe(this.field.helpText) ? this.field.helpText.toString() : escape(this.field.helpText);
  }

  /**
   * For radio and checkbox groups, each option (`{% for radio in form.topic %}
   * {{ radio }}{% endfor %}`): printing one gives its labelled input, and it
   * has `tag`, `choiceLabel`, `idForLabel` and `selected`. Other fields yield
   * themselves once, as Django's single subwidget.
   */
  *[Symbol.iterator](): IterableIterator<SubWidget | BoundField<T>> {
    const widget = this.field.widget;
    if (!(widget instanceof MultipleInputWidget)) {
      yield this;
      return;
    }
    const attrs = this.buildWidgetAttrs({}, widget);
    if (this.autoId && !("id" in widget.attrs)) attrs.id = this.autoId;
    for (const option of widget.options(this.htmlName, this.value, attrs)) yield new SubWidget(option);
  }
  /** The options as an array (see the iterator). */
  get subwidgets(): (SubWidget | BoundField<T>)[] {
    return [...this];
  }

  override toString(): string {
    return this.asWidget().toString();
  }
}
hideStringMethods(BoundField.prototype);

/** One option of a radio or checkbox group; prints as its labelled input. */
export class SubWidget extends SafeHtml {
  readonly choiceLabel: string;
  readonly value: string;
  readonly selected: boolean;
  readonly idForLabel: string;
  readonly #option: ChoiceOption;
  constructor(option: ChoiceOption) {
    super();
    this.#option = option;
    this.choiceLabel = option.choiceLabel;
    this.value = option.value;
    this.selected = option.selected;
    this.idForLabel = option.idForLabel;
  }
  /** The `<input>` alone. */
  tag(): SafeString {
    return markSafe(this.#option.tag);
  }
  override toString(): string {
    return this.#option.html;
  }
}
