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
/** Django's five default converters. Frozen: registries copy them, never change them. */
export declare const DEFAULT_CONVERTERS: Readonly<Record<string, Converter>>;
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
export declare class ConverterRegistry {
    #private;
    /**
     * Adds a converter under `name`. Throws ImproperlyConfigured for a bad name, a regex that
     * does not compile, missing functions, or a name that is already registered.
     */
    register(name: string, converter: Converter): void;
    /** The converter registered as `name`, or undefined. */
    get(name: string): Converter | undefined;
    /** The registered names, defaults first. */
    names(): string[];
    /** The names within a small edit distance of `name`, closest first, for "did you mean" hints. */
    closeNames(name: string): string[];
}
/**
 * Registers a converter on an app (anything with `registerConverter`) or on a registry.
 *
 * @example
 * ```ts
 * registerConverter(app, "year", { regex: "[0-9]{4}", toValue: Number, toUrl: String });
 * ```
 */
export declare function registerConverter(target: ConverterRegistry | {
    registerConverter(name: string, converter: Converter): void;
}, name: string, converter: Converter): void;
/**
 * Candidates close to a misspelt name, closest first, at most five: within an edit distance
 * of a third of the name's length (swapped letters count as one edit), or containing it, or
 * contained in it ("integer" → "int").
 *
 * @example
 * ```ts
 * closeMatches("itn", ["str", "int", "path"]); // ["int"]
 * ```
 */
export declare function closeMatches(name: string, candidates: Iterable<string>): string[];
