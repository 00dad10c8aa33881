import type { App } from "../app.ts";
import { BadRequest } from "../errors.ts";
import type { IncomingRequest } from "./incoming.ts";
import type { Session } from "../sessions/session.ts";
import type { AuthUser } from "../auth/user-like.ts";
import { parseCookieHeader } from "./cookies.ts";
import { MultiValueDict, QueryDict } from "./querydict.ts";

/** What the URL resolver matched, as Django's `request.resolver_match`. */
export interface RequestResolverMatch {
  /** The name of the matched pattern without namespaces, or null. */
  urlName: string | null;
  /** The matched route, prefixes of includes joined, e.g. "blog/<int:id>/". */
  route: string;
  /** Converted parameters, e.g. `{ id: 7 }`. */
  params: Record<string, unknown>;
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
 * pays only for what its view reads. The pipeline reads and parses the body before the view
 * runs (parsing is async on the Web platform), and only when the request has one.
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
  /** The app that is handling this request. */
  readonly app: App;
  /** Set by the pipeline once the URL resolves. */
  resolverMatch: RequestResolverMatch | null = null;
  /** The raw body (empty until the pipeline reads it, and for requests without one). */
  body: Uint8Array = EMPTY_BODY;
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
  /** Free-form per-request storage for middleware (e.g. the CSRF token). */
  readonly meta: Record<string, unknown> = {};

  readonly #incoming: IncomingRequest;
  readonly #query: string;
  #GET: QueryDict | undefined;
  #POST: QueryDict | undefined;
  #FILES: MultiValueDict<File> | undefined;
  #COOKIES: Record<string, string> | undefined;

  constructor(app: App, incoming: IncomingRequest) {
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

  /** Query-string parameters. */
  get GET(): QueryDict {
    return (this.#GET ??= new QueryDict(this.#query));
  }

  /** Form fields of a urlencoded or multipart body (made on first use: most requests have none). */
  get POST(): QueryDict {
    return (this.#POST ??= new QueryDict());
  }
  set POST(value: QueryDict) {
    this.#POST = value;
  }

  /** Uploaded files of a multipart body. */
  get FILES(): MultiValueDict<File> {
    return (this.#FILES ??= new MultiValueDict());
  }
  set FILES(value: MultiValueDict<File>) {
    this.#FILES = value;
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

  /** "http" or "https". */
  get scheme(): "http" | "https" {
    return this.#incoming.scheme;
  }

  isSecure(): boolean {
    return this.scheme === "https";
  }

  /** One header by name (case-insensitive), without building the whole `Headers`. */
  header(name: string): string | null {
    return this.#incoming.header(name.toLowerCase());
  }

  /** The Host header (the pipeline has already checked it against `ALLOWED_HOSTS`). */
  getHost(): string {
    return this.#incoming.header("host") ?? "";
  }

  /** The path with the query string, e.g. "/search/?q=x". */
  getFullPath(): string {
    return this.#query ? `${this.path}?${this.#query}` : this.path;
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
    const base = `${this.scheme}://${this.getHost() || "localhost"}${this.path}`;
    return new URL(location ?? this.getFullPath(), base).href;
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

/**
 * Percent-decodes the path as WSGI does for PATH_INFO.
 *
 * @throws BadRequest for malformed percent-encoding such as "/%E0%A4%A".
 */
function decodePath(rawPath: string): string {
  if (rawPath.indexOf("%") === -1) return rawPath;
  try {
    return decodeURIComponent(rawPath);
  } catch {
    throw new BadRequest(`Malformed percent-encoding in path: ${rawPath}`);
  }
}
