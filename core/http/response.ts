import { ResponseHeaders, type ResponseHeadersInit } from "./headers.ts";
import { DisallowedRedirect } from "../errors.ts";
import { iriToUri } from "./iri.ts";
import { cookieSigner } from "../signing/cookies.ts";
import { parseSetCookieHeader, serializeSetCookie, type CookieOptions } from "./cookies.ts";
import { statusAllowsBody, toWebResponse, wireHeaders } from "./wire.ts";

/** What a response body may be: text, bytes, or a stream for `StreamingHttpResponse`. */
export type ResponseContent = string | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | null | undefined;

/** What a view may return (or resolve to): a string becomes an `HttpResponse`, a Web `Response` is wrapped. */
export type ViewResult = HttpResponse | Response | string;

/** Options of `new HttpResponse(content, options)`. */
export interface ResponseInit {
  status?: number;
  headers?: ResponseHeadersInit;
  /** Sets `Content-Type`; defaults to `text/html; charset=utf-8` as in Django. */
  contentType?: string;
}

const encoder = new TextEncoder();
const EMPTY = new Uint8Array(0);

/**
 * The response a view returns: Django's HttpResponse with Web-style spelling.
 * `status` and `headers` stay mutable until the response is sent, so middleware can change them.
 *
 * @example
 * ```ts
 * const response = new HttpResponse("<h1>Hi</h1>", { status: 201 });
 * response.headers.set("Cache-Control", "no-store");
 * response.setCookie("theme", "dark", { maxAge: 3600, sameSite: "Lax" });
 * return response;
 * ```
 */
export class HttpResponse {
  status: number;
  readonly headers: ResponseHeaders;
  /** `Set-Cookie` values by cookie name, so setting a cookie twice keeps the last one. */
  readonly cookies = new Map<string, string>();
  #unsignedCookies: Map<string, { value: string; salt: string; options: CookieOptions }> | null = null;
  /** The buffered body, or `null` for a streamed one. */
  content: string | Uint8Array | null;
  /** The streamed body, for `StreamingHttpResponse` and wrapped Web responses. */
  stream: ReadableStream<Uint8Array> | null = null;
  /** Set by the pipeline for HEAD requests: hosts send the headers and no body. */
  isHead = false;
  /** Set by `render()`: what the test client exposes as `response.context` and `response.templates`. */
  renderInfo?: { context: Record<string, unknown>; templates: string[] };
  // Caches of the encoded body and its length, valid only for the content they were made from:
  // middleware may replace `content` after a view returns.
  #cachedFor: string | Uint8Array | null | undefined;
  #bytes: Uint8Array | null = null;
  #length = -1;

  constructor(content: ResponseContent = "", init: ResponseInit = {}) {
    this.status = init.status ?? 200;
    if (!Number.isInteger(this.status) || this.status < 100 || this.status > 599) {
      throw new RangeError(`HTTP status code must be an integer from 100 to 599, got ${init.status}.`);
    }
    this.headers = new ResponseHeaders(init.headers);
    if (init.contentType) this.headers.set("Content-Type", init.contentType);
    else if (!this.headers.has("content-type")) this.headers.set("Content-Type", "text/html; charset=utf-8");
    if (content instanceof ReadableStream) {
      this.content = null;
      this.stream = content;
    } else if (content instanceof ArrayBuffer) {
      this.content = new Uint8Array(content);
    } else {
      this.content = content ?? "";
    }
  }

  /**
   * Appends to the buffered body, as Django's `response.write()` (a response is file-like).
   *
   * @example
   * ```ts
   * const response = new HttpResponse();
   * response.write("<p>Here's the text of the web page.</p>");
   * ```
   * @throws TypeError on a streamed response.
   */
  write(chunk: string | Uint8Array): void {
    if (this.content === null) throw new TypeError("This response is streamed: it cannot be written to.");
    if (typeof this.content === "string" && typeof chunk === "string") {
      this.content += chunk;
      return;
    }
    const head = typeof this.content === "string" ? encoder.encode(this.content) : this.content;
    const tail = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    const joined = new Uint8Array(head.length + tail.length);
    joined.set(head);
    joined.set(tail, head.length);
    this.content = joined;
  }

  /** Appends each chunk, as Django's `response.writelines()`. */
  writelines(chunks: Iterable<string | Uint8Array>): void {
    for (const chunk of chunks) this.write(chunk);
  }

  /** True when the body is a stream rather than buffered content. */
  get streaming(): boolean {
    return this.stream !== null;
  }

  /** The buffered body as bytes (encoded once, then cached). */
  bodyBytes(): Uint8Array {
    if (this.content === null) return EMPTY;
    if (typeof this.content !== "string") return this.content;
    this.#checkCache();
    return (this.#bytes ??= encoder.encode(this.content));
  }

  /**
   * The buffered body's size in bytes. For text it is counted, not encoded: a host that
   * writes the string itself (Node's `res.end(string)`) then encodes it only once.
   */
  bodyLength(): number {
    this.#checkCache();
    if (this.#length >= 0) return this.#length;
    const content = this.content;
    this.#length = content === null ? 0 : typeof content === "string" ? utf8Length(content) : content.byteLength;
    return this.#length;
  }

  #checkCache(): void {
    if (this.#cachedFor === this.content) return;
    this.#cachedFor = this.content;
    this.#bytes = null;
    this.#length = -1;
  }

  /** The buffered body as text. */
  get text(): string {
    if (this.content === null) return "";
    return typeof this.content === "string" ? this.content : new TextDecoder().decode(this.content);
  }

  /** Sets a cookie; every attribute of Django's `set_cookie`, `SameSite` included. */
  setCookie(name: string, value: string, options: CookieOptions = {}): void {
    if (options.expires !== undefined && options.maxAge !== undefined) throw new TypeError("'expires' and 'maxAge' can't be used together.");
    this.#unsignedCookies?.delete(name);
    this.cookies.set(name, serializeSetCookie(name, value, options));
  }

  /**
   * Sets a cookie whose value is signed with the app's SECRET_KEY (and the time), as Django's
   * `set_signed_cookie`; read it back with `request.getSignedCookie`. The value is readable by
   * the client but cannot be changed unnoticed. It is signed when the response leaves the app,
   * which knows the key.
   *
   * @example
   * ```ts
   * response.setSignedCookie("cart", "1,2,3", { salt: "cart", maxAge: 3600 });
   * ```
   */
  setSignedCookie(name: string, value: string, options: CookieOptions & { salt?: string } = {}): void {
    const { salt = "", ...cookieOptions } = options;
    this.cookies.delete(name);
    (this.#unsignedCookies ??= new Map()).set(name, { value, salt, options: cookieOptions });
  }

  /** True while a cookie set with `setSignedCookie` waits for its signature. */
  get hasUnsignedCookies(): boolean {
    return this.#unsignedCookies !== null && this.#unsignedCookies.size > 0;
  }

  /** Signs the cookies of `setSignedCookie` with `secretKey` (the pipeline's last step does it). */
  signCookies(secretKey: string): void {
    if (!this.#unsignedCookies) return;
    for (const [name, { value, salt, options }] of this.#unsignedCookies) {
      this.setCookie(name, cookieSigner(secretKey, name, salt).sign(value), options);
    }
    this.#unsignedCookies = null;
  }

  /** Tells the client to drop a cookie (an empty value that expired in 1970). */
  deleteCookie(name: string, options: Pick<CookieOptions, "path" | "domain" | "sameSite" | "secure"> = {}): void {
    // As Django: a __Secure-/__Host- cookie, or one with SameSite=None, is only dropped over https.
    const secure = options.secure ?? (name.startsWith("__Secure-") || name.startsWith("__Host-") || String(options.sameSite).toLowerCase() === "none");
    this.cookies.set(name, serializeSetCookie(name, "", { ...options, secure, maxAge: 0, expires: new Date(0) }));
  }

  /** True when this status never has a body (1xx, 204, 205, 304); see `http/wire.ts`. */
  get bodyless(): boolean {
    return !statusAllowsBody(this.status);
  }

  /**
   * Every header to send, in wire spelling: the headers, one `Set-Cookie` per cookie, and
   * `Content-Length` for buffered bodies. Hosts write exactly this list (`wireHeaders`).
   */
  headerList(): [string, string][] {
    return wireHeaders(this);
  }

  /** Converts to a Web `Response` by the rules of `http/wire.ts` (what `app.fetch` returns). */
  toResponse(): Response {
    return toWebResponse(this);
  }

  /**
   * Wraps a Web `Response` returned by a view so middleware can treat it like any other.
   * The body is passed through as a stream, never read.
   */
  static fromResponse(response: Response): HttpResponse {
    const wrapped = new HttpResponse(null, { status: response.status });
    wrapped.headers.delete("content-type");
    response.headers.forEach((value, name) => {
      if (name !== "set-cookie") wrapped.headers.append(name, value);
    });
    for (const cookie of response.headers.getSetCookie()) {
      wrapped.cookies.set(parseSetCookieHeader(cookie)?.name ?? cookie, cookie);
    }
    wrapped.content = null;
    wrapped.stream = response.body ?? new ReadableStream({ start: (c) => c.close() });
    return wrapped;
  }
}

const NON_ASCII = /[^\x00-\x7f]/;

/** UTF-8 byte length of a string, as TextEncoder would produce (lone surrogates count as U+FFFD). */
function utf8Length(text: string): number {
  // Most pages are ASCII: the regex engine finds the first other character far faster than a
  // loop in JavaScript (a 20 kB page: about 12 µs instead of 65), and counting starts there.
  const first = text.search(NON_ASCII);
  if (first === -1) return text.length;
  let length = text.length;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) length += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length += 2; // A surrogate pair: two UTF-16 units, four bytes.
      i++;
    } else length += 2;
  }
  return length;
}

/**
 * A response whose body is produced over time: a `ReadableStream`, or an async iterable
 * of strings or bytes (converted to a stream).
 *
 * @example
 * ```ts
 * async function* ticks() { for (let i = 0; i < 3; i++) yield `tick ${i}\n`; }
 * return new StreamingHttpResponse(ticks(), { contentType: "text/plain" });
 * ```
 */
export class StreamingHttpResponse extends HttpResponse {
  constructor(body: ReadableStream<Uint8Array> | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, init: ResponseInit = {}) {
    super(body instanceof ReadableStream ? body : iterableToStream(body), init);
  }
}

function iterableToStream(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): ReadableStream<Uint8Array> {
  const iterator =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<string | Uint8Array>)[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * A JSON response: `data` is serialised with `JSON.stringify`. Like Django, only plain objects
 * are allowed unless `safe: false`, because a top-level array was once a JSON-hijacking risk.
 *
 * @example
 * ```ts
 * return new JsonResponse({ id: 1, title: "Hello" });
 * return new JsonResponse([1, 2, 3], { safe: false });
 * ```
 */
export class JsonResponse extends HttpResponse {
  /**
   * `safe` (default true) allows only objects, as Django (a top-level array was a JSON hijacking
   * risk in old browsers); `jsonDumpsParams` are JSON.stringify's `replacer` and `space`
   * (Django's `json_dumps_params`, e.g. `{ space: 2 }` for Python's `indent=2`).
   */
  constructor(
    data: unknown,
    init: ResponseInit & { safe?: boolean; jsonDumpsParams?: { replacer?: (key: string, value: unknown) => unknown; space?: number | string } } = {},
  ) {
    const { safe = true, jsonDumpsParams = {}, ...rest } = init;
    if (safe && (data === null || typeof data !== "object" || Array.isArray(data))) {
      throw new TypeError("In order to allow non-object values to be serialized set the safe option to false.");
    }
    super(JSON.stringify(data, jsonDumpsParams.replacer, jsonDumpsParams.space), { contentType: "application/json", ...rest });
  }
}

/** The schemes a redirect may use, as Django's `HttpResponseRedirectBase.allowed_schemes`. */
const ALLOWED_REDIRECT_SCHEMES = new Set(["http", "https", "ftp"]);

/**
 * 302 to `location` (already a URL; use `redirect()` to go by URL name). The location is
 * IRI-encoded (`/日本/` becomes `/%E6%97%A5%E6%9C%AC/`), as Django's `iri_to_uri`.
 *
 * @throws DisallowedRedirect (a 400) for a scheme other than http, https or ftp, so a
 * `javascript:` or `data:` URL taken from user input never becomes a redirect.
 */
export class HttpResponseRedirect extends HttpResponse {
  constructor(location: string, init: ResponseInit = {}) {
    super("", { status: 302, ...init });
    if (/[\r\n]/.test(location)) throw new TypeError("Redirect location contains a newline.");
    // urlsplit's scheme: letters, digits, "+-." before the first ":", ignoring leading spaces and
    // control characters, which browsers strip too ("\tjavascript:" is still javascript).
    const scheme = /^[\x00-\x20]*([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(location)?.[1]?.toLowerCase();
    if (scheme !== undefined && !ALLOWED_REDIRECT_SCHEMES.has(scheme)) {
      throw new DisallowedRedirect(`Unsafe redirect to URL with protocol '${scheme}'`);
    }
    this.headers.set("Location", iriToUri(location));
  }
  /** A URL name still to reverse, set by `redirect("name")`; the pipeline fills in Location. */
  reverseTarget?: { name: string; params?: Record<string, unknown> | unknown[] };
  /** The redirect target, as Django's `response.url`. */
  get url(): string {
    return this.headers.get("location") ?? "";
  }
}

/** 301 to `location`. */
export class HttpResponsePermanentRedirect extends HttpResponseRedirect {
  constructor(location: string, init: ResponseInit = {}) {
    super(location, { ...init, status: 301 });
  }
}

/** 304 Not Modified, with no body and no Content-Type (as Django's). */
export class HttpResponseNotModified extends HttpResponse {
  constructor(init: ResponseInit = {}) {
    super("", { ...init, status: 304 });
    this.headers.delete("Content-Type");
  }
}

/** Shorthand subclasses named as in Django, for views that answer an error without throwing. */
export class HttpResponseBadRequest extends HttpResponse {
  constructor(content: ResponseContent = "", init: ResponseInit = {}) {
    super(content, { ...init, status: 400 });
  }
}
export class HttpResponseForbidden extends HttpResponse {
  constructor(content: ResponseContent = "", init: ResponseInit = {}) {
    super(content, { ...init, status: 403 });
  }
}
export class HttpResponseNotFound extends HttpResponse {
  constructor(content: ResponseContent = "", init: ResponseInit = {}) {
    super(content, { ...init, status: 404 });
  }
}
export class HttpResponseNotAllowed extends HttpResponse {
  constructor(permittedMethods: string[], init: ResponseInit = {}) {
    super("", { ...init, status: 405 });
    this.headers.set("Allow", permittedMethods.join(", "));
  }
}
export class HttpResponseServerError extends HttpResponse {
  constructor(content: ResponseContent = "", init: ResponseInit = {}) {
    super(content, { ...init, status: 500 });
  }
}
