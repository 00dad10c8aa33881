/**
 * Widgets: how a field renders as HTML and how its raw value is read back
 * from submitted data. Names, attributes and markup follow Django 5's
 * templates; DateInput and DateTimeInput use the native `date` and
 * `datetime-local` input types.
 *
 * @module
 */
import type { DataReader } from "./data.ts";
import { escape, flatatt, type Attrs } from "./safe.ts";

/** A widget class that a field can instantiate (`widget: Textarea`). */
export type WidgetClass = new (attrs?: Attrs) => Widget;

/**
 * Base widget. Subclasses set `inputType` or override `render`.
 *
 * @example
 * ```ts
 * forms.CharField({ widget: new forms.Textarea({ rows: 3 }) });
 * forms.CharField({ widget: forms.HiddenInput });
 * ```
 */
export abstract class Widget {
  /** Extra HTML attributes printed on the element. */
  attrs: Attrs;
  /** Hidden widgets render without a label, after the visible fields. */
  isHidden = false;
  /** Widgets with several inputs render inside `<fieldset>` with a `<legend>`. */
  useFieldset = false;
  /** Set by the field: whether a value is required (ClearableFileInput needs it). */
  isRequired = false;
  /** A form containing this widget must be posted as `multipart/form-data`. */
  needsMultipartForm = false;

  constructor(attrs: Attrs = {}) {
    this.attrs = { ...attrs };
  }

  /** The string printed as the value, or `null` for none (Django's `format_value`). */
  formatValue(value: unknown): string | null {
    if (value === "" || value === null || value === undefined) return null;
    return String(value);
  }

  /** The HTML for `name` showing `value`, with `attrs` merged over the widget's own. */
  abstract render(name: string, value: unknown, attrs?: Attrs): string;

  /** The raw value for `name` in the submitted data, `undefined` when absent. */
  valueFromData(data: DataReader, _files: DataReader, name: string): unknown {
    return data.get(name);
  }

  /** Whether the data left this field out entirely (used for `hasChanged` of empty forms). */
  valueOmittedFromData(data: DataReader, _files: DataReader, name: string): boolean {
    return !data.has(name);
  }

  /** The id a `<label for>` should point at; `""` for none. */
  idForLabel(id: string): string {
    return id;
  }

  /** Whether the HTML `required` attribute may be printed (Django's `use_required_attribute`). */
  useRequiredAttribute(_initial: unknown): boolean {
    return !this.isHidden;
  }
}

/**
 * An `<input>` of some type.
 *
 * @example
 * ```ts
 * new TextInput({ placeholder: "Your name" }).render("name", "Ann");
 * // '<input type="text" name="name" value="Ann" placeholder="Your name">'
 * ```
 */
export class Input extends Widget {
  inputType = "text";
  render(name: string, value: unknown, attrs: Attrs = {}): string {
    const shown = this.formatValue(value);
    return `<input${flatatt({ type: this.inputType, name, value: shown, ...this.attrs, ...attrs })}>`;
  }
}

/** `<input type="text">`, the default for CharField. @example new TextInput({ size: 40 }) */
export class TextInput extends Input {}
/** `<input type="number">`, the default for IntegerField, FloatField and DecimalField. @example new NumberInput({ step: 5 }) */
export class NumberInput extends Input {
  override inputType = "number";
}
/** `<input type="email">`, the default for EmailField. @example new EmailInput() */
export class EmailInput extends Input {
  override inputType = "email";
}
/** `<input type="url">`, the default for URLField. @example new URLInput() */
export class URLInput extends Input {
  override inputType = "url";
}
/** `<input type="hidden">`. @example forms.CharField({ widget: forms.HiddenInput }) */
export class HiddenInput extends Input {
  override inputType = "hidden";
  override isHidden = true;
}

/**
 * `<input type="password">`. It never prints the submitted value back unless
 * built with `renderValue: true`, so a password does not end up in the HTML.
 *
 * @example
 * ```ts
 * forms.CharField({ widget: forms.PasswordInput });
 * ```
 */
export class PasswordInput extends Input {
  override inputType = "password";
  constructor(attrs: Attrs = {}, readonly renderValue = false) {
    super(attrs);
  }
  override formatValue(value: unknown): string | null {
    return this.renderValue ? super.formatValue(value) : null;
  }
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** `<input type="date">`; a `Date` shows as its UTC `YYYY-MM-DD`. @example new DateInput() */
export class DateInput extends Input {
  override inputType = "date";
  override formatValue(value: unknown): string | null {
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
      return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    }
    return super.formatValue(value);
  }
}

/** `<input type="datetime-local">`; a `Date` shows as its UTC `YYYY-MM-DDTHH:MM[:SS]`. @example new DateTimeInput() */
export class DateTimeInput extends Input {
  override inputType = "datetime-local";
  override formatValue(value: unknown): string | null {
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
      const date = new DateInput().formatValue(value)!;
      const seconds = value.getUTCSeconds() ? `:${pad(value.getUTCSeconds())}` : "";
      return `${date}T${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}${seconds}`;
    }
    return super.formatValue(value);
  }
}

/**
 * `<textarea>` with Django's default 40 columns and 10 rows.
 *
 * @example
 * ```ts
 * forms.CharField({ widget: new forms.Textarea({ rows: 4 }) });
 * ```
 */
export class Textarea extends Widget {
  constructor(attrs: Attrs = {}) {
    super({ cols: "40", rows: "10", ...attrs });
  }
  render(name: string, value: unknown, attrs: Attrs = {}): string {
    // The newline after the opening tag is dropped by HTML parsers, so a value
    // that starts with a newline survives a round trip (as in Django).
    return `<textarea${flatatt({ name, ...this.attrs, ...attrs })}>\n${escape(this.formatValue(value) ?? "")}</textarea>`;
  }
}

/**
 * `<input type="checkbox">`, the default for BooleanField. Its value is
 * `true` when the box was ticked (absent, `""` and `"false"` mean `false`).
 *
 * @example
 * ```ts
 * forms.BooleanField({ required: false, widget: forms.CheckboxInput });
 * ```
 */
export class CheckboxInput extends Input {
  override inputType = "checkbox";
  override formatValue(value: unknown): string | null {
    if (value === true || value === false || value === null || value === undefined || value === "") return null;
    return String(value);
  }
  override render(name: string, value: unknown, attrs: Attrs = {}): string {
    const checked = !(value === false || value === null || value === undefined || value === "" || value === "false");
    return `<input${flatatt({ type: "checkbox", name, value: this.formatValue(value), ...(checked ? { checked: true } : {}), ...this.attrs, ...attrs })}>`;
  }
  override valueFromData(data: DataReader, _files: DataReader, name: string): unknown {
    if (!data.has(name)) return false;
    const value = data.get(name);
    if (typeof value === "string") {
      const lower = value.toLowerCase();
      if (lower === "true") return true;
      if (lower === "false") return false;
    }
    return Boolean(value);
  }
  override valueOmittedFromData(): boolean {
    // An unticked checkbox is never sent, so absence is a value, not an omission.
    return false;
  }
}
