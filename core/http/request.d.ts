import type { Settings } from "../settings.ts";
import type { Session } from "../sessions/session.ts";
import type { AuthUser } from "../auth/user-like.ts";
import type { TemplateEngine } from "../templates/engine.ts";
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
export interface RequestState {
}
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
export declare class HttpRequest {
    #private;
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
    resolverMatch: RequestResolverMatch | null;
    /**
     * The session (`SessionMiddleware`, part of `DEFAULT_MIDDLEWARE`, attaches it before the
     * view runs; undefined when MIDDLEWARE leaves that middleware out).
     */
    session: Session;
    /**
     * The logged-in user, or an `AnonymousUser` (`AuthenticationMiddleware`, part of
     * `DEFAULT_MIDDLEWARE`, sets it before the view runs).
     */
    user: AuthUser;
    /** Per-request state kept by middleware, typed by declaration merging (see `RequestState`). */
    readonly state: RequestState;
    constructor(app: RequestApp, incoming: IncomingRequest);
    /** @deprecated Use `request.state`, which is typed. Kept as an alias of it. */
    get meta(): Record<string, unknown>;
    /** Query-string parameters. */
    get GET(): QueryDict;
    /**
     * Form fields of a urlencoded or multipart body (empty for other content types).
     *
     * @throws Error when a form body was not read yet: in middleware, `await request.form()` first.
     */
    get POST(): QueryDict;
    set POST(value: QueryDict);
    /**
     * Uploaded files of a multipart body.
     *
     * @throws Error when a form body was not read yet: in middleware, `await request.form()` first.
     */
    get FILES(): MultiValueDict<File>;
    set FILES(value: MultiValueDict<File>);
    /**
     * The raw body (empty for a request without one).
     *
     * @throws Error when the body was not read yet: in middleware, `await request.loadBody()` first.
     */
    get body(): Uint8Array;
    set body(value: Uint8Array);
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
    loadBody(): Promise<void>;
    /**
     * The form fields, reading the body first when it is a form (Starlette's `await request.form()`).
     * A body of another content type is not read, and the result is empty.
     *
     * @example
     * ```ts
     * const token = (await request.form()).get("csrfmiddlewaretoken");
     * ```
     */
    form(): Promise<QueryDict>;
    /** Cookies sent by the client, by name. */
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
    getSignedCookie(name: string, options?: {
        salt?: string;
        maxAge?: number | null;
        default?: string | null;
    }): string | null;
    get COOKIES(): Record<string, string>;
    /** All request headers. */
    get headers(): Headers;
    /** The raw query string, without "?". */
    get queryString(): string;
    /** The incoming request as the host gave it (for middleware that needs the raw form). */
    get incoming(): IncomingRequest;
    /** "http" or "https". */
    get scheme(): "http" | "https";
    isSecure(): boolean;
    /** One header by name (case-insensitive), without building the whole `Headers`. */
    header(name: string): string | null;
    /** The Host header (the pipeline has already checked it against `ALLOWED_HOSTS`). */
    getHost(): string;
    /** The path with the query string, e.g. "/search/?q=x". */
    getFullPath(): string;
    /**
     * The absolute URI of `location` (default: this request's full path), as Django's
     * `build_absolute_uri`.
     *
     * @example
     * ```ts
     * request.buildAbsoluteUri("/about/"); // "http://localhost:8000/about/"
     * ```
     */
    buildAbsoluteUri(location?: string): string;
    /**
     * The body parsed as JSON.
     *
     * @throws BadRequest when the body is not valid JSON.
     */
    json<T = unknown>(): T;
}
