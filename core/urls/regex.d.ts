/**
 * Reading the regular expressions of `rePath()` and of converters.
 *
 * Every pattern ends up inside one combined regular expression (see matcher.ts), so its
 * source must not carry names (group names must be unique in a JS RegExp) or
 * backreferences (their numbers would shift). `translateRegex` turns named groups into plain
 * groups and records where each name sits, accepts Python's `(?P<name>…)`, `\A` and `\Z` so
 * Django patterns paste unchanged, and refuses backreferences with a clear message.
 */
/** A regex source ready to embed, with the positions of its groups. */
export interface RegexInfo {
    /** The source with named groups turned into plain capturing groups, without leading `^`s. */
    source: string;
    /** How many capturing groups the source has. */
    groupCount: number;
    /** Named groups in order: name, 1-based group index within `source`, and the inner source. */
    groups: {
        name: string;
        index: number;
        inner: string;
    }[];
    /** Unnamed capturing groups in order (Django passes them as positional arguments). */
    unnamed: {
        index: number;
        inner: string;
    }[];
    /** True when a `|` sits outside every group, so the source must be wrapped to be embedded. */
    topLevelAlternation: boolean;
}
/** A Python identifier (what Django accepts as a parameter name), non-ASCII letters included. */
export declare const IDENTIFIER: RegExp;
/**
 * Rewrites a regex source so it can be embedded in a larger one. Throws a plain Error with a
 * short reason (the caller adds which pattern it was).
 *
 * @example
 * ```ts
 * translateRegex("^(?P<year>[0-9]{4})/$").source; // "([0-9]{4})/$"
 * ```
 */
export declare function translateRegex(src: string): RegexInfo;
/**
 * The literal text a translated source must start with, and whether the whole source is that
 * literal. The matcher uses it to file patterns under their leading path segments and to put
 * regexes like `^about/$` in the static lane.
 *
 * @example
 * ```ts
 * literalPrefix("blog/(\\d+)/$"); // { text: "blog/", whole: false }
 * literalPrefix("about/");         // { text: "about/", whole: true }
 * ```
 */
export declare function literalPrefix(source: string): {
    text: string;
    whole: boolean;
};
/**
 * One step of a reverse template: literal text, a parameter, or an optional part. A positional
 * parameter (an unnamed group) has a name made of digits, its place among them ("0", "1"…),
 * which no named group can have.
 */
export type TemplateItem = string | {
    param: string;
} | {
    group: TemplateItem[];
    optional: boolean;
};
/**
 * Turns a translated `rePath` source (without its leading `^` and trailing `$`) into a
 * template for reverse, as Django's `normalize`: capturing groups become parameters (named
 * ones by name, unnamed ones positional, "0", "1"…, their content skipped), `\d` "0", `\w`
 * "x", a character class its first character, `?` and `*` make the previous part optional, `+`
 * and `{n}` repeat it the least number of times. The group index of each positional parameter
 * is pushed on `positional`. Throws an Error with a reason for what cannot be reversed (`|`).
 *
 * @example
 * ```ts
 * regexTemplate("articles/([0-9]{4})/", new Map([[1, "year"]]));
 * // ["articles/", { param: "year" }, "/"]
 * regexTemplate("places/([0-9]+)/", new Map()); // ["places/", { param: "0" }, "/"]
 * ```
 */
export declare function regexTemplate(source: string, names: Map<number, string>, positional?: number[]): TemplateItem[];
