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
export class ResponseHeaders {
  readonly #map = new Map<string, [name: string, value: string]>();

  constructor(init?: ResponseHeadersInit) {
    if (!init) return;
    if (init instanceof ResponseHeaders) {
      for (const [key, entry] of init.#map) this.#map.set(key, [entry[0], entry[1]]);
    } else if (Array.isArray(init)) {
      for (const [name, value] of init) this.append(name, value);
    } else if (Symbol.iterator in init) {
      for (const [name, value] of init as Iterable<[string, string]>) this.append(name, value);
    } else {
      for (const [name, value] of Object.entries(init as Record<string, string>)) this.append(name, value);
    }
  }

  get(name: string): string | null {
    return this.#map.get(name.toLowerCase())?.[1] ?? null;
  }
  set(name: string, value: string): void {
    checkHeader(name, value);
    this.#map.set(name.toLowerCase(), [name, String(value)]);
  }
  /** Adds a value, joining it to an existing one with ", " as HTTP allows for list headers. */
  append(name: string, value: string): void {
    checkHeader(name, value);
    const key = name.toLowerCase();
    const existing = this.#map.get(key);
    if (existing) existing[1] = `${existing[1]}, ${value}`;
    else this.#map.set(key, [name, String(value)]);
  }
  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }
  delete(name: string): void {
    this.#map.delete(name.toLowerCase());
  }
  forEach(callback: (value: string, name: string, headers: ResponseHeaders) => void): void {
    for (const [key, entry] of this.#map) callback(entry[1], key, this);
  }
  /** Entries with lower-case names, as `Headers` yields them. */
  *entries(): IterableIterator<[string, string]> {
    for (const [key, entry] of this.#map) yield [key, entry[1]];
  }
  keys(): IterableIterator<string> {
    return this.#map.keys();
  }
  *values(): IterableIterator<string> {
    for (const entry of this.#map.values()) yield entry[1];
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
  /** Entries with names spelled as they were set, for writing to the wire. */
  rawEntries(): IterableIterator<[string, string]> {
    return this.#map.values();
  }
  /** A Web `Headers` copy. */
  toHeaders(): Headers {
    const headers = new Headers();
    for (const [name, value] of this.#map.values()) headers.append(name, value);
    return headers;
  }
}

// A header value with CR or LF would let a view split the response (header injection).
const FORBIDDEN_VALUE = /[\r\n\0]/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

// Names already found valid. Responses set the same few names over and over (Content-Type,
// the security headers), so remembering them skips a regex per set() on the hot path.
const validNames = new Set<string>();

function checkHeader(name: string, value: string): void {
  if (!validNames.has(name)) {
    if (!TOKEN.test(name)) throw new TypeError(`Invalid header name: ${JSON.stringify(name)}`);
    if (validNames.size > 1000) validNames.clear();
    validNames.add(name);
  }
  if (FORBIDDEN_VALUE.test(String(value))) {
    throw new TypeError(`Invalid value for header ${name}: it contains a newline or NUL.`);
  }
}

/**
 * The lower-case header name a setting names, in its own spelling ("X-Forwarded-Proto") or in
 * Django's `request.META` spelling ("HTTP_X_FORWARDED_PROTO"), so Django settings can be pasted.
 *
 * @example
 * ```ts
 * settingHeaderName("HTTP_X_CSRFTOKEN"); // "x-csrftoken"
 * ```
 */
export function settingHeaderName(setting: string): string {
  return (setting.startsWith("HTTP_") ? setting.slice(5).replace(/_/g, "-") : setting).toLowerCase();
}
