/**
 * The query string and fragment `reverse()` can add, as Django's `reverse(…, query=…,
 * fragment=…)`: the query encoded like Python's `urlencode(query, doseq=True)`.
 */
/** What `reverse()` accepts as a query: an object (array values repeat the key), pairs, or URLSearchParams/QueryDict. */
export type QueryInput = Record<string, unknown> | readonly (readonly [string, unknown])[] | URLSearchParams | null | undefined | "";
/** Options of `reverse()` after the params. */
export interface ReverseOptions {
    /** Appended as `?…`, unless it encodes to nothing. */
    query?: QueryInput;
    /** Appended as `#…`, as given (not encoded); "" gives a bare "#". */
    fragment?: string | null;
}
/**
 * Encodes like Python's `quote_plus`: letters, digits and `_.-~` stay, a space becomes "+",
 * everything else is percent-encoded as UTF-8.
 *
 * @example
 * ```ts
 * quotePlus("a b@c"); // "a+b%40c"
 * ```
 */
export declare function quotePlus(text: string): string;
/**
 * The query string of `query`, as Django's `urlencode(query, doseq=True)` (a QueryDict or
 * URLSearchParams keeps its order and repeats). Throws TypeError for what is not a query.
 *
 * @example
 * ```ts
 * urlencode({ hello: "world", foo: [123, 456] }); // "hello=world&foo=123&foo=456"
 * ```
 */
export declare function urlencode(query: unknown): string;
/**
 * `path` with the query and fragment of `options` appended.
 *
 * @example
 * ```ts
 * withQueryAndFragment("/test/1", { query: { page: 2 }, fragment: "top" }); // "/test/1?page=2#top"
 * ```
 */
export declare function withQueryAndFragment(path: string, options: ReverseOptions | undefined): string;
