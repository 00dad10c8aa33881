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
export class QueryDict extends URLSearchParams {
    /** The first value of every key, as a plain object (handy for JSON and templates). */
    toObject() {
        const out = {};
        for (const [key, value] of this)
            if (!(key in out))
                out[key] = value;
        return out;
    }
}
/**
 * `request.FILES`: uploaded files by field name, several per name allowed.
 *
 * @example
 * ```ts
 * const avatar = request.FILES.get("avatar"); // a Web File, or null
 * ```
 */
export class MultiValueDict {
    #map = new Map();
    /** Adds a value under `key`, after the ones already there. */
    append(key, value) {
        const list = this.#map.get(key);
        if (list)
            list.push(value);
        else
            this.#map.set(key, [value]);
    }
    /** The first value for `key`, or `null`. */
    get(key) {
        return this.#map.get(key)?.[0] ?? null;
    }
    /** Every value for `key`, in order. */
    getAll(key) {
        return [...(this.#map.get(key) ?? [])];
    }
    has(key) {
        return this.#map.has(key);
    }
    keys() {
        return this.#map.keys();
    }
    *entries() {
        for (const [key, values] of this.#map)
            for (const value of values)
                yield [key, value];
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    get size() {
        return this.#map.size;
    }
}
