/**
 * ChoiceField and MultipleChoiceField. Submitted values are strings, so the
 * cleaned type is the string form of the declared values: with
 * `choices: [["bug", "Bug"], ["idea", "Idea"]]` it is `"bug" | "idea"`.
 *
 * @module
 */
import { ChoiceWidget, Select, SelectMultiple } from "./choice-widgets.ts";
import { flatChoices, type ChoiceValues, type Choices } from "./choices.ts";
import { Field, callable, isEmptyValue, type FieldOptions, type Optional } from "./field.ts";
import type { WidgetClass } from "./widgets.ts";

/** Options of ChoiceField and MultipleChoiceField. */
export interface ChoiceFieldOptions<T = unknown> extends FieldOptions<T> {
  /** `[value, label]` pairs, bare values, `[group, pairs]` groups, or a function returning them. */
  choices: Choices;
}

const INVALID_CHOICE = "Select a valid choice. %(value)s is not one of the available choices.";

/** Implementation of {@link ChoiceField}. */
export class ChoiceFieldImpl<T = string> extends Field<T> {
  choices: Choices;
  constructor(options: ChoiceFieldOptions<T>, widget: WidgetClass = Select, messages: Record<string, string> = {}) {
    super(options, widget, { invalid_choice: INVALID_CHOICE, ...messages });
    if (!options || options.choices === undefined) throw new TypeError(`${new.target.name.replace(/Impl$/, "")} needs a choices option.`);
    this.choices = options.choices;
    if (this.widget instanceof ChoiceWidget) this.widget.choices = options.choices;
  }
  /** Whether `value` (a string) is one of the choices. */
  validValue(value: string): boolean {
    return flatChoices(this.choices).some((o) => o.value === value);
  }
  toPython(value: unknown): T {
    return (isEmptyValue(value) ? "" : String(value)) as T;
  }
  override validate(value: T): void {
    super.validate(value);
    if (value !== "" && !this.validValue(value as string)) throw this.error("invalid_choice", { value: value as string });
  }
}

/**
 * One value from a list of choices, cleaned to its string; `""` when empty
 * and optional. Invalid input gets "Select a valid choice. x is not one of
 * the available choices."
 *
 * @example
 * ```ts
 * forms.ChoiceField({ choices: [["bug", "Bug"], ["idea", "Idea"]] });     // "bug" | "idea"
 * forms.ChoiceField({ choices: ["S", "M", "L"], widget: forms.RadioSelect });
 * forms.ChoiceField({ choices: () => store.categories.map((c) => [c.id, c.name] as const) });
 * ```
 */
export const ChoiceField = callable(ChoiceFieldImpl) as {
  <const O extends ChoiceFieldOptions<unknown>>(options: O & ChoiceFieldOptions<Optional<O, ChoiceValues<O["choices"]>, "">>): ChoiceFieldImpl<Optional<O, ChoiceValues<O["choices"]>, "">>;
  new <const O extends ChoiceFieldOptions<unknown>>(options: O & ChoiceFieldOptions<Optional<O, ChoiceValues<O["choices"]>, "">>): ChoiceFieldImpl<Optional<O, ChoiceValues<O["choices"]>, "">>;
};
export type ChoiceField<T = string> = ChoiceFieldImpl<T>;

/** Implementation of {@link MultipleChoiceField}. */
export class MultipleChoiceFieldImpl<T extends string = string> extends Field<T[]> {
  choices: Choices;
  constructor(options: ChoiceFieldOptions<T[]>) {
    super(options, SelectMultiple, { invalid_choice: INVALID_CHOICE, invalid_list: "Enter a list of values." });
    if (!options || options.choices === undefined) throw new TypeError("MultipleChoiceField needs a choices option.");
    this.choices = options.choices;
    if (this.widget instanceof ChoiceWidget) this.widget.choices = options.choices;
  }
  toPython(value: unknown): T[] {
    if (isEmptyValue(value)) return [];
    if (!Array.isArray(value)) throw this.error("invalid_list");
    return value.map((v) => String(v) as T);
  }
  override validate(value: T[]): void {
    if (this.required && value.length === 0) throw this.error("required");
    const valid = new Set(flatChoices(this.choices).map((o) => o.value));
    for (const v of value) if (!valid.has(v)) throw this.error("invalid_choice", { value: v });
  }
  override hasChanged(initial: unknown, data: unknown): boolean {
    if (this.disabled) return false;
    const set = (v: unknown): string => [...new Set((Array.isArray(v) ? v : isEmptyValue(v) ? [] : [v]).map(String))].sort().join("\0");
    return set(initial) !== set(data);
  }
}

/**
 * Several values from a list of choices, cleaned to an array of strings
 * (empty when nothing was chosen and the field is optional).
 *
 * @example
 * ```ts
 * forms.MultipleChoiceField({ choices: ["red", "green"], widget: forms.CheckboxSelectMultiple }); // ("red" | "green")[]
 * ```
 */
export const MultipleChoiceField = callable(MultipleChoiceFieldImpl) as {
  <const O extends ChoiceFieldOptions<unknown>>(options: O & ChoiceFieldOptions<ChoiceValues<O["choices"]>>): MultipleChoiceFieldImpl<ChoiceValues<O["choices"]>>;
  new <const O extends ChoiceFieldOptions<unknown>>(options: O & ChoiceFieldOptions<ChoiceValues<O["choices"]>>): MultipleChoiceFieldImpl<ChoiceValues<O["choices"]>>;
};
export type MultipleChoiceField<T extends string = string> = MultipleChoiceFieldImpl<T>;
