import { type Leaf } from "./flatten.ts";
/** A matched route: its params (captured and extra), captured params alone, and positional arguments. */
export interface RawMatch {
    leaf: Leaf;
    params: Record<string, unknown>;
    captured: Record<string, unknown>;
    args: readonly (string | undefined)[];
}
/**
 * Finds the first route (in Django's order) that matches a path, without trying the routes
 * one by one as Django does.
 *
 * Why: a linear scan costs one regex per route, so a 1,000-route app pays 100× a 10-route
 * one on every request (and twice for APPEND_SLASH misses). Here the cost depends on the
 * path, not on the table:
 *
 * 1. Static lane. A route without parameters matches one path only; a Map answers it in one
 *    lookup. It is only used when no earlier route with parameters could also match that
 *    path (checked at compile time), so first-match-wins is kept.
 * 2. Segment trie + one regex. Routes are filed under the literal path segments they start
 *    with ("blog/", "blog/archive/"). A path walks the trie by its own segments (Map lookups),
 *    and the deepest node reached holds one combined regular expression, an alternation of
 *    exactly the routes that could match (that node's and its ancestors'), in their original
 *    order. JS alternation is ordered, so the regex picks the same route as Django's scan.
 *    (Routes that start with a parameter have no segment to file them under; they are in
 *    every chain, and a long chain is split into a few regexes: see CHUNK.)
 *    Each alternative begins with an empty marker group, so `match.indexOf("", 1)` tells
 *    which route matched (Hono's RegExpRouter trick).
 * 3. If a converter's `toValue` throws (Django's ValueError: "no match"), the remaining routes
 *    of the chain are tried one by one, as Django would.
 *
 * @example
 * ```ts
 * const matcher = new Matcher(flattenPatterns(patterns, registry));
 * matcher.match("/blog/3/")?.params; // { id: 3 }
 * ```
 */
export declare class Matcher {
    #private;
    constructor(leaves: readonly Leaf[]);
    /** The first route matching `pathInfo` (which starts with "/"), or null. */
    match(pathInfo: string): RawMatch | null;
}
