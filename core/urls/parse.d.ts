import type { Converter, ConverterLookup } from "./converters.ts";
import { type URLPattern } from "./patterns.ts";
import { type TemplateItem } from "./regex.ts";
/** A parameter of a piece: where its text is captured and how it converts. */
export interface ParamSlot {
    name: string;
    /** 1-based index of its capturing group within the piece's `source`. */
    group: number;
    /** The converter (`path()` routes), or null for a `rePath()` group (the value stays a string). */
    converter: Converter | null;
    /** What a reversed value must fully match: the converter's regex or the group's inner regex. */
    check: RegExp;
    /** Shown in errors: "int", or the group's regex for `rePath()`. */
    kind: string;
}
/** One pattern compiled on its own: what it contributes to the full regex of a route. */
export interface Piece {
    pattern: URLPattern;
    /** `path("…")` or `rePath("…")`, for error messages. */
    label: string;
    /** Regex source without a leading `^`, safe to concatenate; endpoint `path()`s end with `$`. */
    source: string;
    groupCount: number;
    /** Named parameters: Django's keyword arguments. */
    params: ParamSlot[];
    /**
     * Django's positional arguments when resolving: every capturing group of a `rePath()` that
     * has no named group (named "0", "1"…). Empty for `path()` and for regexes with named groups.
     */
    args: ParamSlot[];
    /** The positional parameters of `template` ("0", "1"…): its outermost unnamed groups. */
    reverseArgs: ParamSlot[];
    /** The exact text this piece matches when it has no parameters or regex parts, else null. */
    literal: string | null;
    /** Literal text every match of this piece starts with. */
    prefix: string;
    /** How to build the text back for reverse, or why that is impossible. */
    template: TemplateItem[] | Error;
}
/**
 * Compiles one pattern (not its includes) against a converter registry. Throws
 * ImproperlyConfigured naming the pattern for every mistake Django would report, and for a
 * few it only warns about (a leading "/", regex syntax in `path()`).
 *
 * @example
 * ```ts
 * parsePiece(path("hello/<int:id>/", view), new ConverterRegistry()).source; // "hello/([0-9]+)/$"
 * ```
 */
export declare function parsePiece(pattern: URLPattern, registry: ConverterLookup): Piece;
