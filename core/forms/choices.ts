/**
 * Choices for ChoiceField, MultipleChoiceField and the choice widgets:
 * `[value, label]` pairs, bare values (label = value), or
 * `[groupLabel, [[value, label], …]]` groups, given directly or by a function
 * called whenever they are needed (for choices that change, such as rows from
 * a store).
 *
 * @module
 */

/** A choice value as declared; submitted data compares as its string form. */
export type ChoiceValue = string | number;
/** One `[value, label]` pair. */
export type ChoicePair = readonly [value: ChoiceValue, label: string];
/** One declared choice: a pair, a bare value, or a `[groupLabel, pairs]` group. */
export type Choice = ChoicePair | ChoiceValue | readonly [group: string, options: readonly (ChoicePair | ChoiceValue)[]];
/** Declared choices, or a function returning them. */
export type Choices = readonly Choice[] | (() => readonly Choice[]);

/** The string values a choice list accepts, as a type: `"bug" | "idea"`. */
export type ChoiceValues<C> = C extends readonly (infer E)[] ? ValuesOf<E> : string;
type ValuesOf<E> = E extends readonly [infer V, infer L]
  ? L extends readonly (infer G)[]
    ? ValuesOf<G>
    : `${V & ChoiceValue}`
  : E extends ChoiceValue
    ? `${E}`
    : never;

/** A normalized option. */
export interface Option {
  value: string;
  label: string;
}
/** A normalized group; `label` is null for top-level options. */
export interface OptGroup {
  label: string | null;
  options: Option[];
}

function toOption(choice: ChoicePair | ChoiceValue): Option {
  if (Array.isArray(choice)) return { value: String(choice[0]), label: String(choice[1]) };
  return { value: String(choice), label: String(choice) };
}

/**
 * Resolves and normalizes choices into groups (top-level options form
 * groups with a null label).
 *
 * @example
 * ```ts
 * normalizeChoices([["a", "A"], ["Fruit", [["p", "Pear"]]]]);
 * // [{ label: null, options: [{ value: "a", label: "A" }] }, { label: "Fruit", options: [{ value: "p", label: "Pear" }] }]
 * ```
 */
export function normalizeChoices(choices: Choices): OptGroup[] {
  const list = typeof choices === "function" ? choices() : choices;
  if (!Array.isArray(list)) throw new TypeError(`choices must be an array of [value, label] pairs, got ${typeof list}.`);
  const groups: OptGroup[] = [];
  for (const choice of list as readonly Choice[]) {
    if (Array.isArray(choice) && Array.isArray(choice[1])) {
      groups.push({ label: String(choice[0]), options: (choice[1] as readonly (ChoicePair | ChoiceValue)[]).map(toOption) });
    } else {
      const option = toOption(choice as ChoicePair | ChoiceValue);
      const last = groups[groups.length - 1];
      if (last && last.label === null) last.options.push(option);
      else groups.push({ label: null, options: [option] });
    }
  }
  return groups;
}

/** Every option, groups flattened. @example flatChoices(["a", "b"]).map((o) => o.value) // ["a", "b"] */
export function flatChoices(choices: Choices): Option[] {
  return normalizeChoices(choices).flatMap((g) => g.options);
}
