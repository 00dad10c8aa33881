/**
 * The query string and fragment `reverse()` can add, as Django's `reverse(…, query=…,
 * fragment=…)`: the query encoded like Python's `urlencode(query, doseq=True)`.
 */
/**
 * Encodes like Python's `quote_plus`: letters, digits and `_.-~` stay, a space becomes "+",
 * everything else is percent-encoded as UTF-8.
 *
 * @example
 * ```ts
 * quotePlus("a b@c"); // "a+b%40c"
 * ```
 */
export function quotePlus(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()).replace(/%20/g, "+");
}
/**
 * The query string of `query`, as Django's `urlencode(query, doseq=True)` (a QueryDict or
 * URLSearchParams keeps its order and repeats). Throws TypeError for what is not a query.
 *
 * @example
 * ```ts
 * urlencode({ hello: "world", foo: [123, 456] }); // "hello=world&foo=123&foo=456"
 * ```
 */
export function urlencode(query) {
    if (query === null || query === undefined || query === "")
        return "";
    const pairs = [];
    if (query instanceof URLSearchParams) {
        for (const pair of query)
            pairs.push(pair);
    }
    else if (Array.isArray(query) || query instanceof Set) {
        for (const pair of query) {
            if (!Array.isArray(pair) || pair.length !== 2)
                throw new TypeError(`A query given as a list must hold [key, value] pairs, got ${show(pair)}.`);
            pairs.push([String(pair[0]), pair[1]]);
        }
    }
    else if (typeof query === "object") {
        for (const [key, value] of Object.entries(query)) {
            if (Array.isArray(value) || value instanceof Set)
                for (const item of value)
                    pairs.push([key, item]);
            else
                pairs.push([key, value]);
        }
    }
    else {
        throw new TypeError(`A query must be an object, a list of [key, value] pairs or URLSearchParams, got ${show(query)}.`);
    }
    return pairs.map(([key, value]) => `${quotePlus(key)}=${quotePlus(String(value))}`).join("&");
}
/**
 * `path` with the query and fragment of `options` appended.
 *
 * @example
 * ```ts
 * withQueryAndFragment("/test/1", { query: { page: 2 }, fragment: "top" }); // "/test/1?page=2#top"
 * ```
 */
export function withQueryAndFragment(path, options) {
    if (!options)
        return path;
    const query = urlencode(options.query);
    let url = query ? `${path}?${query}` : path;
    const fragment = options.fragment;
    if (fragment !== null && fragment !== undefined) {
        if (typeof fragment !== "string")
            throw new TypeError(`A fragment must be a string, got ${show(fragment)}.`);
        url += "#" + fragment;
    }
    return url;
}
function show(value) {
    if (value instanceof Set)
        return `a Set`;
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return String(value);
    }
}
