import { editDistance } from "../util/closest.ts";
import { ImproperlyConfigured } from "./errors.ts";

/**
 * A path converter, as Django's: `regex` is what the parameter matches in a URL, `toValue`
 * turns the matched text into the value the view gets (throwing means "this pattern does not
 * match", like Django's ValueError), and `toUrl` turns a value back into URL text for reverse.
 *
 * @example
 * ```ts
 * const year: Converter = {
 *   regex: "[0-9]{4}",
 *   toValue: (s) => Number(s),
 *   toUrl: (v) => String(v).padStart(4, "0"),
 * };
 * ```
 */
export interface Converter {
  regex: string;
  toValue(text: string): unknown;
  toUrl(value: unknown): string;
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** Django's five default converters. Frozen: registries copy them, never change them. */
export const DEFAULT_CONVERTERS: Readonly<Record<string, Converter>> = Object.freeze({
  str: Object.freeze({ regex: "[^/]+", toValue: (s: string) => s, toUrl: (v: unknown) => String(v) }),
  int: Object.freeze({ regex: "[0-9]+", toValue: (s: string) => Number(s), toUrl: (v: unknown) => String(v) }),
  slug: Object.freeze({ regex: "[-a-zA-Z0-9_]+", toValue: (s: string) => s, toUrl: (v: unknown) => String(v) }),
  uuid: Object.freeze({ regex: UUID, toValue: (s: string) => s, toUrl: (v: unknown) => String(v) }),
  path: Object.freeze({ regex: ".+", toValue: (s: string) => s, toUrl: (v: unknown) => String(v) }),
});

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** What compiling patterns needs from a registry. */
export type ConverterLookup = Pick<ConverterRegistry, "get" | "names" | "closeNames">;

/**
 * The converters one app knows: the defaults plus the ones it registered. There is no global
 * registry (unlike Django's `register_converter`), so two apps in one process never see each
 * other's converters.
 *
 * @example
 * ```ts
 * const registry = new ConverterRegistry();
 * registry.register("year", { regex: "[0-9]{4}", toValue: Number, toUrl: String });
 * registry.get("year")?.regex; // "[0-9]{4}"
 * ```
 */
export class ConverterRegistry {
  readonly #converters = new Map<string, Converter>(Object.entries(DEFAULT_CONVERTERS));

  /**
   * Adds a converter under `name`. Throws ImproperlyConfigured for a bad name, a regex that
   * does not compile, missing functions, or a name that is already registered.
   */
  register(name: string, converter: Converter): void {
    if (typeof name !== "string" || !IDENTIFIER.test(name)) {
      throw new ImproperlyConfigured(`Converter name ${JSON.stringify(name)} is not valid: use letters, digits and underscores, e.g. "year".`);
    }
    if (this.#converters.has(name)) {
      throw new ImproperlyConfigured(`Converter '${name}' is already registered.`);
    }
    if (!converter || typeof converter.regex !== "string" || typeof converter.toValue !== "function" || typeof converter.toUrl !== "function") {
      throw new ImproperlyConfigured(
        `Converter '${name}' must be an object { regex: string, toValue(text): value, toUrl(value): string }.`,
      );
    }
    try {
      new RegExp(converter.regex);
    } catch (error) {
      throw new ImproperlyConfigured(`Converter '${name}' has an invalid regex ${JSON.stringify(converter.regex)}: ${(error as Error).message}`);
    }
    this.#converters.set(name, converter);
  }

  /** The converter registered as `name`, or undefined. */
  get(name: string): Converter | undefined {
    return this.#converters.get(name);
  }

  /** The registered names, defaults first. */
  names(): string[] {
    return [...this.#converters.keys()];
  }

  /** The names within a small edit distance of `name`, closest first, for "did you mean" hints. */
  closeNames(name: string): string[] {
    return closeMatches(name, this.names());
  }
}

/**
 * Registers a converter on an app (anything with `registerConverter`) or on a registry.
 *
 * @example
 * ```ts
 * registerConverter(app, "year", { regex: "[0-9]{4}", toValue: Number, toUrl: String });
 * ```
 */
export function registerConverter(
  target: ConverterRegistry | { registerConverter(name: string, converter: Converter): void },
  name: string,
  converter: Converter,
): void {
  if (target instanceof ConverterRegistry) target.register(name, converter);
  else target.registerConverter(name, converter);
}

/** Candidates within edit distance 3 (or sharing the text), closest first, at most five. */
export function closeMatches(name: string, candidates: Iterable<string>): string[] {
  const scored: [string, number][] = [];
  const lower = name.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= 3 || (lower.length > 2 && candidate.toLowerCase().includes(lower))) scored.push([candidate, distance]);
  }
  return scored.sort((a, b) => a[1] - b[1]).slice(0, 5).map(([candidate]) => candidate);
}
