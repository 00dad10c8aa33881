/**
 * Widgets that offer choices: Select, SelectMultiple, RadioSelect and
 * CheckboxSelectMultiple. The field hands them its choices.
 *
 * @module
 */
import { normalizeChoices, type Choices } from "./choices.ts";
import type { DataReader } from "./data.ts";
import { escape, flatatt, type Attrs } from "./safe.ts";
import { Widget } from "./widgets.ts";

/** Common base: holds the choices and knows which values are selected. */
export abstract class ChoiceWidget extends Widget {
  /** Set by the field from its `choices` option. */
  choices: Choices = [];
  /** Several values may be chosen. */
  allowMultipleSelected = false;

  /** The selected values as strings. */
  selectedValues(value: unknown): Set<string> {
    const values = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
    return new Set(values.map((v) => String(v)));
  }
  override valueFromData(data: DataReader, _files: DataReader, name: string): unknown {
    return this.allowMultipleSelected ? data.getAll(name) : data.get(name);
  }
  override valueOmittedFromData(data: DataReader, files: DataReader, name: string): boolean {
    // Nothing selected in a multiple widget sends nothing at all.
    return this.allowMultipleSelected ? false : super.valueOmittedFromData(data, files, name);
  }
}

/**
 * `<select>` with `<option>`s (and `<optgroup>`s), the default for ChoiceField.
 *
 * @example
 * ```ts
 * forms.ChoiceField({ choices: [["", "---------"], ["bug", "Bug"]] });
 * ```
 */
export class Select extends ChoiceWidget {
  render(name: string, value: unknown, attrs: Attrs = {}): string {
    const selected = this.selectedValues(value);
    const parts: string[] = [];
    for (const group of normalizeChoices(this.choices)) {
      const options = group.options.map(
        (o) => `<option${flatatt({ value: o.value, selected: selected.has(o.value) })}>${escape(o.label)}</option>`,
      );
      parts.push(group.label === null ? options.join("\n") : `<optgroup label="${escape(group.label)}">\n${options.join("\n")}\n</optgroup>`);
    }
    const all = { name, ...this.attrs, ...attrs, ...(this.allowMultipleSelected ? { multiple: true } : {}) };
    return `<select${flatatt(all)}>\n${parts.join("\n")}\n</select>`;
  }
  override useRequiredAttribute(initial: unknown): boolean {
    // A required <select> needs an empty placeholder first, or browsers flag
    // it; Django prints `required` only then, and so do we.
    if (!super.useRequiredAttribute(initial)) return false;
    if (this.allowMultipleSelected) return true;
    const first = normalizeChoices(this.choices)[0]?.options[0];
    return first !== undefined && first.value === "";
  }
}

/** `<select multiple>`, the default for MultipleChoiceField. @example new SelectMultiple({ size: 5 }) */
export class SelectMultiple extends Select {
  override allowMultipleSelected = true;
}

/** One radio button or checkbox of a group, for hand-written markup. */
export interface ChoiceOption {
  /** The optgroup label, or null. */
  group: string | null;
  value: string;
  choiceLabel: string;
  selected: boolean;
  /** The input's id (`id_topic_0`). */
  idForLabel: string;
  /** The `<input>` alone. */
  tag: string;
  /** The input wrapped in its `<label>`. */
  html: string;
}

/**
 * A group of radio buttons or checkboxes in `<div>`s, each input inside its
 * own `<label>`; forms render it inside `<fieldset>` with a `<legend>`.
 */
export abstract class MultipleInputWidget extends ChoiceWidget {
  abstract inputType: string;
  override useFieldset = true;

  /** One option per entry, each with its own input HTML (`{% for radio in form.topic %}`). */
  options(name: string, value: unknown, attrs: Attrs = {}): ChoiceOption[] {
    const selected = this.selectedValues(value);
    const merged = { ...this.attrs, ...attrs };
    const id = typeof merged.id === "string" ? merged.id : "";
    let index = 0;
    return normalizeChoices(this.choices).flatMap((group) =>
      group.options.map((o) => {
        const optionAttrs: Attrs = { ...merged, id: id ? `${id}_${index}` : undefined };
        delete optionAttrs.class;
        index++;
        const tag = `<input${flatatt({ type: this.inputType, name, value: o.value, ...optionAttrs, checked: selected.has(o.value) })}>`;
        const forAttr = optionAttrs.id ? ` for="${escape(optionAttrs.id)}"` : "";
        return {
          group: group.label,
          value: o.value,
          choiceLabel: o.label,
          selected: selected.has(o.value),
          idForLabel: typeof optionAttrs.id === "string" ? optionAttrs.id : "",
          tag,
          html: `<label${forAttr}>${tag}\n ${escape(o.label)}</label>`,
        };
      }),
    );
  }

  render(name: string, value: unknown, attrs: Attrs = {}): string {
    const merged = { ...this.attrs, ...attrs };
    const id = typeof merged.id === "string" ? merged.id : "";
    const rows: string[] = [];
    let openGroup: string | null = null;
    for (const option of this.options(name, value, attrs)) {
      if (option.group !== openGroup) {
        if (openGroup !== null) rows.push("</div>");
        if (option.group !== null) rows.push(`<div><label>${escape(option.group)}</label>`);
        openGroup = option.group;
      }
      rows.push(`<div>\n    ${option.html}\n</div>`);
    }
    if (openGroup !== null) rows.push("</div>");
    return `<div${flatatt({ id: id || undefined, class: merged.class })}>\n${rows.join("\n")}\n</div>`;
  }
  override idForLabel(id: string): string {
    // A label pointing at the first input would toggle it when clicked and
    // confuse screen readers; the fieldset's legend names the group instead.
    return "";
  }
}

/** Radio buttons for a ChoiceField. @example forms.ChoiceField({ choices, widget: forms.RadioSelect }) */
export class RadioSelect extends MultipleInputWidget {
  inputType = "radio";
}

/** Checkboxes for a MultipleChoiceField. @example forms.MultipleChoiceField({ choices, widget: forms.CheckboxSelectMultiple }) */
export class CheckboxSelectMultiple extends MultipleInputWidget {
  inputType = "checkbox";
  override allowMultipleSelected = true;
  override useRequiredAttribute(): boolean {
    // `required` on every checkbox would force all of them to be ticked.
    return false;
  }
}
