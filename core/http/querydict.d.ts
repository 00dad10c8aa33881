/**
 * `request.GET` and `request.POST`: Django's QueryDict with the Web's URLSearchParams API
 * (`get getAll has keys entries`), so a key may carry several values.
 *
 * @example
 * ```ts
 * const q = new QueryDict("tag=a&tag=b&page=2");
 * q.get("page");    // "2"
 * q.getAll("tag");  // ["a", "b"]
 * ```
 */
export declare class QueryDict extends URLSearchParams {
    /** The first value of every key, as a plain object (handy for JSON and templates). */
    toObject(): Record<string, string>;
}
/**
 * `request.FILES`: uploaded files by field name, several per name allowed.
 *
 * @example
 * ```ts
 * const avatar = request.FILES.get("avatar"); // a Web File, or null
 * ```
 */
export declare class MultiValueDict<V> {
    #private;
    /** Adds a value under `key`, after the ones already there. */
    append(key: string, value: V): void;
    /** The first value for `key`, or `null`. */
    get(key: string): V | null;
    /** Every value for `key`, in order. */
    getAll(key: string): V[];
    has(key: string): boolean;
    keys(): IterableIterator<string>;
    entries(): IterableIterator<[string, V]>;
    [Symbol.iterator](): IterableIterator<[string, V]>;
    get size(): number;
}
