import { unquoteToBytes } from "./iri.ts";

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
  /**
   * Parses urlencoded text or bytes whose percent-escapes stand for bytes in `encoding` (Django's
   * `QueryDict(query_string, encoding=…)`); the default, UTF-8, is URLSearchParams' own parse.
   * Bytes that do not decode become U+FFFD, as in both.
   *
   * @example
   * ```ts
   * QueryDict.parse("cur=%A4", "iso-8859-15").get("cur"); // "€"
   * ```
   * @throws RangeError for an encoding the runtime's TextDecoder does not know.
   */
  static parse(data: string | Uint8Array, encoding = "utf-8"): QueryDict {
    const bytes = typeof data === "string" ? null : data;
    if (isUtf8(encoding)) return new QueryDict(bytes === null ? (data as string) : utf8.decode(bytes));
    const decoder = new TextDecoder(encoding);
    const q = new QueryDict();
    const raw = bytes ?? utf8Encoder.encode(data as string);
    let start = 0;
    while (start <= raw.length) {
      let end = raw.indexOf(0x26, start); // "&"
      if (end === -1) end = raw.length;
      if (end > start) {
        const pair = raw.subarray(start, end);
        const eq = pair.indexOf(0x3d); // "="
        q.append(decoder.decode(unquoteToBytes(eq === -1 ? pair : pair.subarray(0, eq), true)), eq === -1 ? "" : decoder.decode(unquoteToBytes(pair.subarray(eq + 1), true)));
      }
      start = end + 1;
    }
    return q;
  }

  /** The first value of every key, as a plain object (handy for JSON and templates). */
  toObject(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, value] of this) if (!(key in out)) out[key] = value;
    return out;
  }
}

const utf8 = new TextDecoder();
const utf8Encoder = new TextEncoder();

function isUtf8(encoding: string): boolean {
  const label = encoding.trim().toLowerCase();
  return label === "utf-8" || label === "utf8" || label === "unicode-1-1-utf-8";
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
