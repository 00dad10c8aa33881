import { BadRequest } from "../errors.js";
import { cookieSigner } from "../signing/cookies.js";
import { BadSignature } from "../signing/signer.js";
import { isFormContentType, parseFormBody } from "./body.js";
import { parseCookieHeader } from "./cookies.js";
import { MultiValueDict, QueryDict } from "./querydict.js";
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
    method;
    /** The full path, including the app's `SCRIPT_NAME` mount prefix. */
    path;
    /** The path inside the app, without `SCRIPT_NAME`; what URL patterns match. */
    pathInfo;
    /** The app that is handling this request (its settings, `reverse`, templates). */
    app;
    /**
     * What the URL resolver matched. The pipeline resolves the URL once, before the middleware
     * run, so they see the view too (as Django's `process_view`); null when nothing matched.
     */
    resolverMatch = null;
    /**
     * The session (`SessionMiddleware`, part of `DEFAULT_MIDDLEWARE`, attaches it before the
     * view runs; undefined when MIDDLEWARE leaves that middleware out).
     */
    session;
    /**
     * The logged-in user, or an `AnonymousUser` (`AuthenticationMiddleware`, part of
     * `DEFAULT_MIDDLEWARE`, sets it before the view runs).
     */
    user;
    /** Per-request state kept by middleware, typed by declaration merging (see `RequestState`). */
    state = {};
    #incoming;
    #query;
    #GET;
    #POST;
    #FILES;
    #COOKIES;
    #body;
    #loading;
    constructor(app, incoming) {
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
        }
        else {
            this.pathInfo = path;
        }
        this.path = scriptName + this.pathInfo;
    }
    /** @deprecated Use `request.state`, which is typed. Kept as an alias of it. */
    get meta() {
        return this.state;
    }
    /** Query-string parameters. */
    get GET() {
        return (this.#GET ??= new QueryDict(this.#query));
    }
    /**
     * Form fields of a urlencoded or multipart body (empty for other content types).
     *
     * @throws Error when a form body was not read yet: in middleware, `await request.form()` first.
     */
    get POST() {
        if (this.#POST === undefined) {
            if (this.#unread() && isFormContentType(this.header("content-type")))
                throw notLoaded("request.POST");
            this.#POST = new QueryDict();
        }
        return this.#POST;
    }
    set POST(value) {
        this.#POST = value;
    }
    /**
     * Uploaded files of a multipart body.
     *
     * @throws Error when a form body was not read yet: in middleware, `await request.form()` first.
     */
    get FILES() {
        if (this.#FILES === undefined) {
            if (this.#unread() && isFormContentType(this.header("content-type")))
                throw notLoaded("request.FILES");
            this.#FILES = new MultiValueDict();
        }
        return this.#FILES;
    }
    set FILES(value) {
        this.#FILES = value;
    }
    /**
     * The raw body (empty for a request without one).
     *
     * @throws Error when the body was not read yet: in middleware, `await request.loadBody()` first.
     */
    get body() {
        if (this.#body !== undefined)
            return this.#body;
        if (this.#unread())
            throw notLoaded("request.body");
        return EMPTY_BODY;
    }
    set body(value) {
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
    loadBody() {
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
    async form() {
        if (this.#unread() && isFormContentType(this.header("content-type")))
            await this.loadBody();
        return this.POST;
    }
    async #load() {
        if (!this.#incoming.hasBody)
            return;
        const settings = this.app.settings;
        this.#body = await this.#incoming.readBody(settings.DATA_UPLOAD_MAX_MEMORY_SIZE);
        const form = await parseFormBody(this.#body, this.header("content-type"), {
            maxFields: settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
            maxFiles: settings.DATA_UPLOAD_MAX_NUMBER_FILES,
        });
        this.#POST = form.POST;
        this.#FILES = form.FILES;
    }
    /** True while a body is still waiting on the wire. */
    #unread() {
        return this.#body === undefined && this.#incoming.hasBody;
    }
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
    getSignedCookie(name, options = {}) {
        const hasDefault = "default" in options;
        const value = this.COOKIES[name];
        if (value === undefined) {
            if (hasDefault)
                return options.default;
            throw new Error(`There is no cookie named ${JSON.stringify(name)}.`);
        }
        try {
            return cookieSigner(this.app.secretKey, name, options.salt ?? "").unsign(value, options.maxAge);
        }
        catch (error) {
            if (hasDefault && error instanceof BadSignature)
                return options.default;
            throw error;
        }
    }
    get COOKIES() {
        return (this.#COOKIES ??= parseCookieHeader(this.#incoming.header("cookie")));
    }
    /** All request headers. */
    get headers() {
        return this.#incoming.headers();
    }
    /** The raw query string, without "?". */
    get queryString() {
        return this.#query;
    }
    /** The incoming request as the host gave it (for middleware that needs the raw form). */
    get incoming() {
        return this.#incoming;
    }
    /** "http" or "https". */
    get scheme() {
        return this.#incoming.scheme;
    }
    isSecure() {
        return this.scheme === "https";
    }
    /** One header by name (case-insensitive), without building the whole `Headers`. */
    header(name) {
        return this.#incoming.header(name.toLowerCase());
    }
    /** The Host header (the pipeline has already checked it against `ALLOWED_HOSTS`). */
    getHost() {
        return this.#incoming.header("host") ?? "";
    }
    /** The path with the query string, e.g. "/search/?q=x". */
    getFullPath() {
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
    buildAbsoluteUri(location) {
        const base = `${this.scheme}://${this.getHost() || "localhost"}${this.path}`;
        return new URL(location ?? this.getFullPath(), base).href;
    }
    /**
     * The body parsed as JSON.
     *
     * @throws BadRequest when the body is not valid JSON.
     */
    json() {
        try {
            return JSON.parse(decoder.decode(this.body));
        }
        catch (error) {
            throw new BadRequest(`Request body is not valid JSON: ${error.message}`);
        }
    }
}
function notLoaded(what) {
    return new Error(`${what} was read before the request body was loaded. The pipeline loads it right before the view; ` +
        "a middleware that needs it first awaits request.loadBody() (or request.form()).");
}
/**
 * Percent-decodes the path as WSGI does for PATH_INFO.
 *
 * @throws BadRequest for malformed percent-encoding such as "/%E0%A4%A".
 */
function decodePath(rawPath) {
    if (rawPath.indexOf("%") === -1)
        return rawPath;
    try {
        return decodeURIComponent(rawPath);
    }
    catch {
        throw new BadRequest(`Malformed percent-encoding in path: ${rawPath}`);
    }
}
