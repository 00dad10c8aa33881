import { BadRequest } from "../errors.ts";
import { settingHeaderName } from "./headers.ts";
import { checkedHost } from "./hosts.ts";
import { absoluteUri } from "./absolute-uri.ts";
import { decodePath, escapeUriPath, iriToUri } from "./iri.ts";
import { cookieSigner } from "../signing/cookies.ts";
import { BadSignature } from "../signing/signer.ts";
import type { Settings } from "../settings.ts";
import type { Session } from "../sessions/session.ts";
import type { AuthUser } from "../auth/user-like.ts";
import type { TemplateEngine } from "../templates/engine.ts";
import { isFormContentType, isKnownEncoding, parseContentType, parseFormBody, parseUrlencoded } from "./body.ts";
import { parseCookieHeader } from "./cookies.ts";
import type { IncomingRequest } from "./incoming.ts";
import { MultiValueDict, QueryDict } from "./querydict.ts";

/**
 * What a request knows of the app serving it, as `request.app` shows it. The `App` is one; the
 * request layer names only these members, so it never depends on the App itself.
 */
export interface RequestApp {
  /** The app's settings. */
  readonly settings: Readonly<Settings>;
  /** The key signed values use (see `App.secretKey`). */
  readonly secretKey: string;
  /** The template engine `render()` uses. */
  readonly templates: TemplateEngine;
  /** The path of a named URL, with `SCRIPT_NAME` (see `App.reverse`). */
  reverse(name: string, params?: Record<string, unknown> | unknown[]): string;
  /** The URL of a static file (see `App.staticUrl`). */
  staticUrl(file: string): string;
}

/**
 * Per-request state that middleware keep for the layers inside them: `request.state`. Each
 * module that keeps something declares its key by merging into this interface, so every read
 * is typed. The CSRF middleware keeps `csrf`, the message middleware `messages`.
 *
 * @example
 * ```ts
 * declare module "onefile" {
 *   interface RequestState { startedAt?: number }
 * }
 * const timing: Middleware = (getResponse) => async (request) => {
 *   request.state.startedAt = Date.now();
 *   return getResponse(request);
 * };
 * ```
 */
export interface RequestState {}

/** What the URL resolver matched, as Django's `request.resolver_match`. */
export interface RequestResolverMatch {
  /** The view that answers the request. */
  func: (request: HttpRequest, params: any, ...args: any[]) => unknown;
  /** The name of the matched pattern without namespaces, or null. */
  urlName: string | null;
  /** The matched route, prefixes of includes joined, e.g. "blog/<int:id>/". */
  route: string;
  /** Converted parameters, e.g. `{ id: 7 }`, with the pattern's extra params. */
  params: Record<string, unknown>;
  /** Positional arguments: the groups of a `rePath()` without named groups (Django's `args`). */
  args: readonly (string | undefined)[];
  /** The params captured from the path alone (Django's `captured_kwargs`). */
  capturedParams: Record<string, unknown>;
  /** The pattern's extra params (Django's `extra_kwargs`). */
  extraParams: Readonly<Record<string, unknown>>;
  namespace: string;
  namespaces: string[];
  /** "namespace:name" as `reverse` takes it. */
  viewName: string | null;
}

const EMPTY_BODY = new Uint8Array(0);
const decoder = new TextDecoder();

/**
 * The request a view receives: Django's HttpRequest in TypeScript spelling.
 *
 * Everything is lazy: `GET`, `COOKIES` and `headers` are parsed on first use, so a request
 * pays only for what its view reads. The body is read inside the pipeline, after Host
 * validation: right before the view runs (so `request.POST` works in a view as in Django), or
 * earlier when a middleware awaits `request.loadBody()` or `request.form()`. A request to a URL
 * that matches no view never has its body read.
 *
 * @example
 * ```ts
 * function search(request: HttpRequest) {
 *   const q = request.GET.get("q") ?? "";
 *   return `You searched for ${q} on ${request.path}`;
 * }
 * ```
 */
export class HttpRequest {
  /** Upper-case method, e.g. "GET". */
  readonly method: string;
  /** The full path, including the app's `SCRIPT_NAME` mount prefix. */
  readonly path: string;
  /** The path inside the app, without `SCRIPT_NAME`; what URL patterns match. */
  readonly pathInfo: string;
  /** The app that is handling this request (its settings, `reverse`, templates). */
  readonly app: RequestApp;
  /**
   * What the URL resolver matched. The pipeline resolves the URL once, before the middleware
   * run, so they see the view too (as Django's `process_view`); null when nothing matched.
   */
  resolverMatch: RequestResolverMatch | null = null;
  /**
   * The session (`SessionMiddleware`, part of `DEFAULT_MIDDLEWARE`, attaches it before the
   * view runs; undefined when MIDDLEWARE leaves that middleware out).
   */
  session!: Session;
  /**
   * The logged-in user, or an `AnonymousUser` (`AuthenticationMiddleware`, part of
   * `DEFAULT_MIDDLEWARE`, sets it before the view runs).
   */
  user!: AuthUser;
  /** Per-request state kept by middleware, typed by declaration merging (see `RequestState`). */
  readonly state: RequestState = {};

  readonly #incoming: IncomingRequest;
  readonly #query: string;
  #GET: QueryDict | undefined;
  #POST: QueryDict | undefined;
  #FILES: MultiValueDict<File> | undefined;
  #COOKIES: Record<string, string> | undefined;
  #host: string | undefined;
  #contentType: { mediaType: string; params: Record<string, string> } | undefined;
  #encoding: string | null | undefined;
  #body: Uint8Array | undefined;
  #loading: Promise<void> | undefined;

  constructor(app: RequestApp, incoming: IncomingRequest) {
    this.app = app;
    this.#incoming = incoming;
    this.method = incoming.method;
    const target = incoming.target;
    const q = target.indexOf("?");
    const rawPath = q === -1 ? target : target.slice(0, q);
    this.#query = q === -1 ? "" : target.slice(q + 1);
    const path = decodePath(rawPath);
    const scriptName = app.settings.SCRIPT_NAME;
    if (scriptName && (path === scriptName || path.startsWith(scriptName + "/"))) {
      this.pathInfo = path.slice(scriptName.length) || "/";
    } else {
      this.pathInfo = path;
    }
    this.path = scriptName + this.pathInfo;
  }

  /** @deprecated Use `request.state`, which is typed. Kept as an alias of it. */
  get meta(): Record<string, unknown> {
    return this.state as Record<string, unknown>;
  }

  /**
   * Query-string parameters.
   *
   * @throws TooManyFieldsSent (400) past `DATA_UPLOAD_MAX_NUMBER_FIELDS`, as for a form.
   */
  get GET(): QueryDict {
    return (this.#GET ??= parseUrlencoded(this.#query, this.app.settings.DATA_UPLOAD_MAX_NUMBER_FIELDS, this.encoding ?? undefined));
  }

  /** The media type of the body, lower-case and without parameters (`""` without a Content-Type), as Django's `content_type`. */
  get contentType(): string {
    return this.#parsedContentType().mediaType;
  }

  /** The Content-Type's parameters, e.g. `{ charset: "iso-8859-1" }`, as Django's `content_params`. */
  get contentParams(): Record<string, string> {
    return this.#parsedContentType().params;
  }

  #parsedContentType(): { mediaType: string; params: Record<string, string> } {
    return (this.#contentType ??= parseContentType(this.header("content-type")));
  }

  /**
   * The encoding that `GET` and a urlencoded `POST` are decoded with: the Content-Type's
   * `charset` when the runtime knows it, else null (UTF-8), as Django's `request.encoding`.
   * Setting it decodes them again, so a view that knows better can say so.
   *
   * @example
   * ```ts
   * request.encoding = "iso-8859-1";
   * request.POST.get("name"); // now read as Latin-1
   * ```
   */
  get encoding(): string | null {
    if (this.#encoding === undefined) {
      const charset = this.contentParams.charset;
      this.#encoding = charset !== undefined && isKnownEncoding(charset) ? charset : null;
    }
    return this.#encoding;
  }
  set encoding(value: string | null) {
    if (value !== null && !isKnownEncoding(value)) throw new RangeError(`Unknown encoding: ${JSON.stringify(value)}.`);
    this.#encoding = value;
    this.#GET = undefined;
    // A urlencoded body already read is decoded again; a multipart one keeps its parts' own charset.
    if (this.#body !== undefined && this.contentType === "application/x-www-form-urlencoded") {
      this.#POST = parseUrlencoded(this.#body, this.app.settings.DATA_UPLOAD_MAX_NUMBER_FIELDS, value ?? undefined);
    }
  }

  /**
   * Form fields of a urlencoded or multipart body (empty for other content types).
   *
   * @throws Error when a form body was not read yet: in middleware, `await request.form()` first.
   */
  get POST(): QueryDict {
    if (this.#POST === undefined) {
      if (this.#formUnread()) throw notLoaded("request.POST");
      this.#POST = new QueryDict();
    }
    return this.#POST;
  }
  set POST(value: QueryDict) {
    this.#POST = value;
  }

  /**
   * Uploaded files of a multipart body.
   *
   * @throws Error when a form body was not read yet: in middleware, `await request.form()` first.
   */
  get FILES(): MultiValueDict<File> {
    if (this.#FILES === undefined) {
      if (this.#formUnread()) throw notLoaded("request.FILES");
      this.#FILES = new MultiValueDict();
    }
    return this.#FILES;
  }
  set FILES(value: MultiValueDict<File>) {
    this.#FILES = value;
  }

  /**
   * The raw body (empty for a request without one).
   *
   * @throws Error when the body was not read yet: in middleware, `await request.loadBody()` first.
   */
  get body(): Uint8Array {
    if (this.#body !== undefined) return this.#body;
    if (this.#unread()) throw notLoaded("request.body");
    return EMPTY_BODY;
  }
  set body(value: Uint8Array) {
    this.#body = value;
  }

  /**
   * Reads the body (at most `DATA_UPLOAD_MAX_MEMORY_SIZE` bytes) and parses a form body into
   * `POST` and `FILES`; later calls wait for the same read. The pipeline calls it before the
   * view; a middleware that needs the body before that awaits it.
   *
   * @example
   * ```ts
   * const audit: Middleware = (getResponse) => async (request) => {
   *   await request.loadBody();
   *   console.log(request.method, request.body.byteLength, "bytes");
   *   return getResponse(request);
   * };
   * ```
   * @throws RequestDataTooBig (413) for a body over the limit; TooManyFieldsSent or
   * TooManyFilesSent (400) for a form over `DATA_UPLOAD_MAX_NUMBER_FIELDS` or
   * `DATA_UPLOAD_MAX_NUMBER_FILES`; BadRequest (400) for a malformed multipart body.
   */
  loadBody(): Promise<void> {
    return (this.#loading ??= this.#load());
  }

  /**
   * The form fields, reading the body first when it is a form (Starlette's `await request.form()`).
   * A body of another content type is not read, and the result is empty.
   *
   * @example
   * ```ts
   * const token = (await request.form()).get("csrfmiddlewaretoken");
   * ```
   */
  async form(): Promise<QueryDict> {
    if (this.#formUnread()) await this.loadBody();
    return this.POST;
  }

  async #load(): Promise<void> {
    if (!this.#incoming.hasBody) return;
    const settings = this.app.settings;
    this.#body = await this.#incoming.readBody(settings.DATA_UPLOAD_MAX_MEMORY_SIZE ?? Infinity);
    const form = await parseFormBody(
      this.#body,
      this.header("content-type"),
      { maxFields: settings.DATA_UPLOAD_MAX_NUMBER_FIELDS, maxFiles: settings.DATA_UPLOAD_MAX_NUMBER_FILES },
      this.encoding ?? undefined,
    );
    this.#POST = form.POST;
    this.#FILES = form.FILES;
  }

  /** True while a body is still waiting on the wire. */
  #unread(): boolean {
    return this.#body === undefined && this.#incoming.hasBody;
  }

  /** True while a form body (urlencoded or multipart) is still waiting on the wire. */
  #formUnread(): boolean {
    return this.#unread() && isFormContentType(this.header("content-type"));
  }

  /**
   * The value of a cookie set with `response.setSignedCookie`, as Django's `get_signed_cookie`.
   * With a `default`, a missing, tampered or expired cookie gives the default; without one,
   * it throws (BadSignature, SignatureExpired, or an Error for a missing cookie).
   *
   * @example
   * ```ts
   * const cart = request.getSignedCookie("cart", { salt: "cart", maxAge: 3600, default: null });
   * ```
   */
  getSignedCookie(name: string, options: { salt?: string; maxAge?: number | null; default?: string | null } = {}): string | null {
    const hasDefault = "default" in options;
    const value = this.COOKIES[name];
    if (value === undefined) {
      if (hasDefault) return options.default!;
      throw new Error(`There is no cookie named ${JSON.stringify(name)}.`);
    }
    try {
      return cookieSigner(this.app.secretKey, name, options.salt ?? "").unsign(value, options.maxAge);
    } catch (error) {
      if (hasDefault && error instanceof BadSignature) return options.default!;
      throw error;
    }
  }

  /** Cookies sent by the client, by name. */
  get COOKIES(): Record<string, string> {
    return (this.#COOKIES ??= parseCookieHeader(this.#incoming.header("cookie")));
  }

  /** All request headers. */
  get headers(): Headers {
    return this.#incoming.headers();
  }

  /** The raw query string, without "?". */
  get queryString(): string {
    return this.#query;
  }

  /** The incoming request as the host gave it (for middleware that needs the raw form). */
  get incoming(): IncomingRequest {
    return this.#incoming;
  }

  /**
   * "https" or "http": the connection's, or, with `SECURE_PROXY_SSL_HEADER` set, what the TLS
   * proxy's header says (its first value), as Django's `request.scheme`.
   */
  get scheme(): "http" | "https" {
    const proxy = this.app.settings.SECURE_PROXY_SSL_HEADER;
    if (proxy !== null) {
      const value = this.header(settingHeaderName(proxy[0]));
      if (value !== null) return value.split(",", 1)[0]!.trim() === proxy[1] ? "https" : "http";
    }
    return this.#incoming.scheme;
  }

  isSecure(): boolean {
    return this.scheme === "https";
  }

  /** One header by name (case-insensitive), without building the whole `Headers`. */
  header(name: string): string | null {
    return this.#incoming.header(name.toLowerCase());
  }

  /**
   * The host the client asked for (with its port, if any), checked against `ALLOWED_HOSTS`
   * whatever the middleware, as Django's `get_host()`. `X-Forwarded-Host` is used instead of
   * `Host` when `USE_X_FORWARDED_HOST` is set. Two Host headers arrive joined and are refused.
   *
   * @throws DisallowedHost (400) for a host that is not allowed or not valid.
   */
  getHost(): string {
    return (this.#host ??= checkedHost(this.rawHost(), this.app.settings, this.#incoming.testClient !== undefined));
  }

  /**
   * The host as the client sent it, not checked: for error pages and logs only (Django's
   * `_get_raw_host`). Anything that builds a URL must use `getHost()`.
   */
  rawHost(): string {
    const forwarded = this.app.settings.USE_X_FORWARDED_HOST ? this.#incoming.header("x-forwarded-host") : null;
    return forwarded ?? this.#incoming.header("host") ?? "";
  }

  /**
   * The path with the query string, escaped as a URL (Django's `get_full_path`): what was
   * percent-encoded in the request is percent-encoded again, so `/a%3Fb/` stays one path.
   * With `forceAppendSlash`, a "/" is added to a path without one (what APPEND_SLASH redirects to).
   *
   * @example
   * ```ts
   * request.getFullPath(); // "/search/caf%C3%A9/?q=x"
   * ```
   */
  getFullPath(forceAppendSlash = false): string {
    return this.#fullPath(this.path, forceAppendSlash);
  }

  /** As `getFullPath()`, with the path inside the app (`pathInfo`, without `SCRIPT_NAME`). */
  getFullPathInfo(forceAppendSlash = false): string {
    return this.#fullPath(this.pathInfo, forceAppendSlash);
  }

  #fullPath(path: string, forceAppendSlash: boolean): string {
    const slash = forceAppendSlash && !path.endsWith("/") ? "/" : "";
    // A query string should be ASCII (RFC 3986); one that is not is encoded rather than refused.
    return escapeUriPath(path) + slash + (this.#query ? `?${iriToUri(this.#query)}` : "");
  }

  /**
   * The port the client connected to, as Django's `get_port()`: `X-Forwarded-Port` when
   * `USE_X_FORWARDED_PORT` is set (behind a proxy), else the port of the Host header, else the
   * scheme's default ("443" or "80").
   */
  getPort(): string {
    const forwarded = this.app.settings.USE_X_FORWARDED_PORT ? this.#incoming.header("x-forwarded-port") : null;
    if (forwarded !== null) return forwarded;
    const port = /:(\d+)$/.exec(this.rawHost())?.[1];
    return port ?? (this.scheme === "https" ? "443" : "80");
  }

  /**
   * The absolute URI of `location` (default: this request's full path), as Django's
   * `build_absolute_uri`.
   *
   * @example
   * ```ts
   * request.buildAbsoluteUri("/about/"); // "http://localhost:8000/about/"
   * ```
   */
  buildAbsoluteUri(location?: string): string {
    // As Django: the request's own path is taken as a path even when it starts with "//".
    return absoluteUri(`${this.scheme}://${this.getHost()}`, this.path, location === undefined ? `//${this.getFullPath()}` : String(location));
  }

  /**
   * The body parsed as JSON.
   *
   * @throws BadRequest when the body is not valid JSON.
   */
  json<T = unknown>(): T {
    try {
      return JSON.parse(decoder.decode(this.body)) as T;
    } catch (error) {
      throw new BadRequest(`Request body is not valid JSON: ${(error as Error).message}`);
    }
  }
}

function notLoaded(what: string): Error {
  return new Error(
    `${what} was read before the request body was loaded. The pipeline loads it right before the view; ` +
      "a middleware that needs it first awaits request.loadBody() (or request.form()).",
  );
}
