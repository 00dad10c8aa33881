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
  toObject(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, value] of this) if (!(key in out)) out[key] = value;
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
export class MultiValueDict<V> {
  readonly #map = new Map<string, V[]>();

  /** Adds a value under `key`, after the ones already there. */
  append(key: string, value: V): void {
    const list = this.#map.get(key);
    if (list) list.push(value);
    else this.#map.set(key, [value]);
  }
  /** The first value for `key`, or `null`. */
  get(key: string): V | null {
    return this.#map.get(key)?.[0] ?? null;
  }
  /** Every value for `key`, in order. */
  getAll(key: string): V[] {
    return [...(this.#map.get(key) ?? [])];
  }
  has(key: string): boolean {
    return this.#map.has(key);
  }
  keys(): IterableIterator<string> {
    return this.#map.keys();
  }
  *entries(): IterableIterator<[string, V]> {
    for (const [key, values] of this.#map) for (const value of values) yield [key, value];
  }
  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }
  get size(): number {
    return this.#map.size;
  }
}
