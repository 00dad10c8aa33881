/**
 * What `new ResponseHeaders(init)` and `HttpResponse`'s `headers` option take: the Web's
 * `HeadersInit` spelled out (that alias is DOM-only, and these declarations are also read by
 * Node projects), or another ResponseHeaders.
 */
export type ResponseHeadersInit = Headers | [string, string][] | Record<string, string> | ResponseHeaders;
/**
 * A small, Headers-compatible map for response headers.
 *
 * Why not the Web `Headers` class? On Node it is undici's implementation, which validates and
 * re-sorts on every call; a response touches its headers in every middleware, so a plain Map
 * keyed by lower-case name is measurably cheaper on the hot path (see bench/fetch). It keeps
 * the original spelling of each name for the wire, and `toHeaders()` converts when a real
 * `Headers` is needed.
 *
 * @example
 * ```ts
 * const response = new HttpResponse("hi");
 * response.headers.set("Cache-Control", "no-store");
 * response.headers.get("cache-control"); // "no-store"
 * ```
 */
export declare class ResponseHeaders {
    #private;
    constructor(init?: ResponseHeadersInit);
    get(name: string): string | null;
    set(name: string, value: string): void;
    /** Adds a value, joining it to an existing one with ", " as HTTP allows for list headers. */
    append(name: string, value: string): void;
    has(name: string): boolean;
    delete(name: string): void;
    forEach(callback: (value: string, name: string, headers: ResponseHeaders) => void): void;
    /** Entries with lower-case names, as `Headers` yields them. */
    entries(): IterableIterator<[string, string]>;
    keys(): IterableIterator<string>;
    values(): IterableIterator<string>;
    [Symbol.iterator](): IterableIterator<[string, string]>;
    /** Entries with names spelled as they were set, for writing to the wire. */
    rawEntries(): IterableIterator<[string, string]>;
    /** A Web `Headers` copy. */
    toHeaders(): Headers;
}
