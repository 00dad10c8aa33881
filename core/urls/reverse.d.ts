import { NoReverseMatch } from "./errors.ts";
import { type Leaf } from "./flatten.ts";
/** Params as reverse takes them: by name, or in the order the pattern lists them. */
export type ReverseParams = Record<string, unknown> | unknown[] | undefined;
/**
 * Builds the path of one route from params, as Django's `_reverse_with_prefix`: the route's
 * possible forms (each optional part left out, then kept) are tried in order; a form fits
 * when an array gives exactly as many values as it has params (named and positional, in the
 * order they appear) or an object gives exactly its named params (plus, optionally, the
 * route's extra params with their own values). Each value goes through its converter's
 * `toUrl` and must fully match its group; the built path must match the route; the result is
 * percent-encoded like Django (RFC 3986 pchar characters and "/" stay). Returns the path with
 * a leading "/" and no SCRIPT_NAME.
 *
 * @example
 * ```ts
 * reverseLeaf("hello", leaf, { id: 7 }); // "/hello/7/"
 * reverseLeaf("places", leaf, [3]); // "/places/3/"
 * ```
 */
export declare function reverseLeaf(name: string, leaf: Leaf, params: ReverseParams): string;
/**
 * The error for a name that no route has, with the closest names or namespaces.
 *
 * @example
 * ```ts
 * unknownName("blog:pots", ["blog:post"], new Set(["blog"])).message; // "… Did you mean 'blog:post'?"
 * ```
 */
export declare function unknownName(name: string, names: Iterable<string>, namespaces: Set<string>): NoReverseMatch;
/**
 * Percent-encodes like Django's `quote(url, safe="!$&'()*+,;=/~:@")`.
 *
 * @example
 * ```ts
 * quote("a b/ü"); // "a%20b/%C3%BC"
 * ```
 */
export declare function quote(text: string): string;
