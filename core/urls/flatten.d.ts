import type { Converter, ConverterLookup } from "./converters.ts";
import { type ParamSlot, type Piece } from "./parse.ts";
import type { TemplateItem } from "./regex.ts";
import { type URLPattern, type View } from "./patterns.ts";
/** A parameter of a whole route, located relative to the route's marker group. */
export interface LeafParam {
    name: string;
    /** Group index relative to the route's marker group (marker + rel is the capture). */
    rel: number;
    converter: Converter | null;
    slot: ParamSlot;
    /** Index of the piece (include prefix or endpoint) it belongs to. */
    piece: number;
}
/**
 * One endpoint route with its include prefixes folded in: what Django finds by walking the
 * resolver tree, precomputed so that resolving needs no tree walk.
 */
export interface Leaf {
    /** Position in Django's matching order (first match wins). */
    index: number;
    view: View;
    urlName: string | null;
    namespaces: readonly string[];
    /** The namespaces joined with ":". */
    namespace: string;
    /** "ns:name" as reverse takes it, or null for an unnamed route. */
    fullName: string | null;
    /** Django's `view_name`: `fullName`, or the namespaced view function name when unnamed. */
    viewName: string;
    /** The routes joined like Django's `ResolverMatch.route`, e.g. "blog/<int:id>/". */
    route: string;
    /** The patterns from the outermost include down to this route. */
    pieces: Piece[];
    /** Named parameters (Django's captured kwargs). */
    params: LeafParam[];
    /** Positional captures per piece (Django's args; see `positionalArgs`), or null when none. */
    args: LeafParam[][] | null;
    /** Extra params (`kwargs` of the patterns) per piece, or null when no piece has any. */
    extra: (Readonly<Record<string, unknown>> | null)[] | null;
    /** All extra params merged, inner winning, or null: what `reverse()` accepts only as they are. */
    extraMerged: Readonly<Record<string, unknown>> | null;
    /** The reverse template of the whole route (positional params numbered across pieces), or why there is none. */
    template: TemplateItem[] | Error;
    /** What each template param must match, by its name ("0", "1"… for positional ones). */
    slots: Map<string, ParamSlot>;
    /** Capturing groups of `render()`'s output, the marker included. */
    groupCount: number;
    /** The only path (without its leading "/") this route matches, when it has no parameters. */
    literalPath: string | null;
    /** Literal text that every path matching this route starts with. */
    prefix: string;
    /** This route alone: `^` + `render(1)`; used by fallbacks and reverse checks. */
    regex: RegExp;
}
/**
 * Flattens nested includes into leaves in matching order, checking the whole tree: pattern
 * syntax (via parsePiece), parameter names repeated across an include, duplicate URL names in
 * a namespace, and include cycles. Throws ImproperlyConfigured naming the patterns.
 *
 * @example
 * ```ts
 * const leaves = flattenPatterns([path("blog/", include([path("<int:id>/", post, { name: "post" })]))], registry);
 * leaves[0].route; // "blog/<int:id>/"
 * ```
 */
export declare function flattenPatterns(patterns: readonly URLPattern[], registry: ConverterLookup): Leaf[];
/** Names of positional template params: digits, which no named group can be called. */
export declare const POSITIONAL: RegExp;
/**
 * Django's positional arguments of a match, given each capture's text. A regex with named
 * groups passes none of its own; an include prefix's are passed only when nothing at or below
 * it gave a keyword (a named capture that took part, or extra params), as Django's
 * `URLResolver.resolve` does.
 *
 * @example
 * ```ts
 * positionalArgs(leafOf("^no_kwargs/([0-9]+)/([0-9]+)/$"), {}, (rel) => m[marker + rel]); // ["42", "37"]
 * ```
 */
export declare function positionalArgs(leaf: Leaf, captured: Record<string, unknown>, text: (rel: number) => string | undefined): (string | undefined)[];
/**
 * The params a view gets: captures and extra params merged piece by piece from the outermost
 * include in, so an inner value wins and a piece's extra params win over its own captures.
 */
export declare function withExtraParams(leaf: Leaf, captured: Record<string, unknown>): Record<string, unknown>;
/**
 * The regex source of one route for a combined regex, its marker group at absolute index
 * `marker`. The marker comes first, so `match.indexOf("", 1)` finds the route that matched
 * before any of its own (possibly empty) captures.
 *
 * An include prefix with regex parts is wrapped as an atomic group, `(?=(…))\N`: Django
 * matches a prefix once and never backtracks into it to help the included pattern, and a
 * plain concatenation would (e.g. `<path:p>/` then `x/` must not match "a/x/").
 *
 * @example
 * ```ts
 * renderLeaf(leafOf(path("hello/<int:id>/", view)), 1); // "()hello/([0-9]+)/$"
 * ```
 */
export declare function renderLeaf(leaf: Leaf, marker: number): string;
/**
 * Joins routes like Django's `_join_route`: the inner route loses its leading `^`.
 *
 * @example
 * ```ts
 * joinRoute("^blog/", "^(?<id>[0-9]+)/$"); // "^blog/(?<id>[0-9]+)/$"
 * ```
 */
export declare function joinRoute(outer: string, inner: string): string;
