import { ImproperlyConfigured } from "./errors.js";
import { buildPipeline, finishResponse } from "./handler.js";
import { responseForError } from "./error-response.js";
import { fromWebRequest } from "./http/incoming.js";
import { HttpRequest } from "./http/request.js";
import { toWebResponse } from "./http/wire.js";
import { DEFAULT_MIDDLEWARE } from "./middleware/index.js";
import { randomString } from "./sessions/random.js";
import { resolveSettings } from "./settings.js";
import { StaticFiles } from "./static/files.js";
import { TemplateEngine } from "./templates/index.js";
import { makeTestCase } from "./test/case.js";
import { ConverterRegistry, path, quote, URLResolver } from "./urls/index.js";
/**
 * One onefile project: settings, URL patterns, templates and the request pipeline.
 *
 * All state lives on the instance, so two apps in one process never see each other's
 * settings, routes, converters or templates, and tests can build apps on the fly.
 * Every host calls one entry point: `app.fetch(request)` (or `app.handle` on Node).
 *
 * @example
 * ```ts
 * const app = new App({ DEBUG: true });
 * app.urlpatterns = [path("", () => "Hello, world", { name: "index" })];
 * const response = await app.fetch(new Request("http://localhost/"));
 * await response.text(); // "Hello, world"
 * export default app;
 * ```
 */
export class App {
    /** The validated settings, defaults filled in. Change them with `configure()`. */
    settings;
    /**
     * Lets the DEBUG 500 page show source lines of stack frames: hosts set it to look up the
     * user's file by the name that appears in stack traces (and "template:<name>" for templates).
     */
    sourceProvider;
    /**
     * Where 500 errors are reported; hosts replace it (the Node host prints the traceback, the
     * sandbox forwards it to its log panel). Defaults to `console.error`.
     */
    logError = (error, request) => {
        console.error(`Internal Server Error: ${request?.path ?? "?"}\n`, error);
    };
    #urlpatterns;
    #converters = new ConverterRegistry();
    #templateLoaders = [];
    #resolver;
    #templates;
    #staticFiles;
    #pipeline;
    #devSecretKey;
    #tests = [];
    constructor(settings = {}) {
        this.settings = Object.freeze(resolveSettings(settings, [...DEFAULT_MIDDLEWARE]));
        this.#urlpatterns = [...this.settings.urlpatterns];
    }
    /** The URL patterns, matched in order. Assigning replaces them. */
    get urlpatterns() {
        return this.#urlpatterns;
    }
    set urlpatterns(patterns) {
        if (!Array.isArray(patterns))
            throw new ImproperlyConfigured("app.urlpatterns must be an array of path() / rePath() patterns.");
        this.#urlpatterns = patterns;
        // Checking now, not at the first request, reports a bad pattern or a duplicate name at
        // the line of the user's file that assigned the patterns. (Unknown converters are checked
        // at the first request or by check(), since one may be registered after this line.)
        this.#resolver = new URLResolver(patterns, this.#converters);
    }
    /**
     * Adds a route: sugar for pushing `path(route, view, { name })` onto `urlpatterns`.
     *
     * @example
     * ```ts
     * app.route("hello/<int:id>/", (request, { id }) => `Hello, ${id}`, { name: "hello" });
     * ```
     */
    route(route, view, options = {}) {
        this.#urlpatterns.push(path(route, view, options));
        this.#resolver = undefined;
        return this;
    }
    /**
     * Registers a path converter for this app only, as Django's `register_converter`.
     *
     * @example
     * ```ts
     * app.registerConverter("year", { regex: "[0-9]{4}", toValue: Number, toUrl: String });
     * app.route("archive/<year:year>/", archive);
     * ```
     */
    registerConverter(name, converter) {
        this.#converters.register(name, converter);
        this.#resolver = undefined;
    }
    /**
     * Declares a test next to the code it tests. Declaring only stores it: `onefile test` and the
     * sandbox's Tests panel run it, each time with a fresh `Client`.
     *
     * @example
     * ```ts
     * app.test("the home page says hello", async ({ client, expect }) => {
     *   const response = await client.get("/");
     *   expect(response).toHaveStatus(200);
     *   expect(response).toContainText("Hello, world");
     * });
     * ```
     */
    test(name, fn) {
        this.#tests.push(makeTestCase(name, fn, this.#tests));
    }
    /** The tests declared with `app.test()`, in order. */
    get tests() {
        return this.#tests;
    }
    /** Adds a template loader after `TEMPLATES` (the Node host adds one per `TEMPLATE_DIRS` folder). */
    addTemplateLoader(loader) {
        this.#templateLoaders.push(loader);
        this.#templates?.addLoader(loader);
    }
    /**
     * Changes settings after construction (validated like the constructor's). Hosts use it, e.g.
     * the sandbox sets `SCRIPT_NAME` to "/preview/<id>". Cached routes and templates are rebuilt.
     */
    configure(overrides) {
        const { MIDDLEWARE, urlpatterns, ...rest } = this.settings;
        this.settings = Object.freeze(resolveSettings({ ...rest, MIDDLEWARE, ...overrides }, [...DEFAULT_MIDDLEWARE]));
        this.#templates = undefined;
        this.#staticFiles = undefined;
        this.#pipeline = undefined;
    }
    /**
     * The key that signs sessions and other signed values: `SECRET_KEY`, or with DEBUG and no
     * `SECRET_KEY` a random key made once per app (signed cookies then last as long as the app).
     *
     * @throws ImproperlyConfigured when DEBUG is false and SECRET_KEY is empty, at the first
     * request that needs to sign something, so apps that never sign need no key.
     */
    get secretKey() {
        if (this.settings.SECRET_KEY)
            return this.settings.SECRET_KEY;
        if (!this.settings.DEBUG) {
            throw new ImproperlyConfigured("The SECRET_KEY setting must not be empty when DEBUG is false: sessions are signed with it. " +
                "Set SECRET_KEY to a long random string kept out of version control.");
        }
        return (this.#devSecretKey ??= randomString(50));
    }
    /** The compiled URL resolver (compiled on first use, after every change to the patterns). */
    get resolver() {
        return (this.#resolver ??= new URLResolver(this.#urlpatterns, this.#converters));
    }
    /** The template engine (one per app; each template compiles once). */
    get templates() {
        return (this.#templates ??= new TemplateEngine({
            templates: this.settings.TEMPLATES,
            loaders: this.#templateLoaders,
            debug: this.settings.DEBUG,
            globals: {
                url: (name, params) => this.reverse(name, params),
                static: (file) => this.staticUrl(file),
            },
        }));
    }
    /** The `STATIC` files, served under `STATIC_URL` by the pipeline (core/static/files.ts). */
    get staticFiles() {
        return (this.#staticFiles ??= new StaticFiles(this.settings.STATIC, this.settings.STATIC_URL));
    }
    /** True when a pattern matches `pathInfo` (used by APPEND_SLASH). */
    resolves(pathInfo) {
        return this.resolver.resolve(pathInfo) !== null;
    }
    /**
     * The path of a named URL, with the app's `SCRIPT_NAME` prefix (percent-encoded as Django
     * encodes the script prefix). Params go by name, or in order as an array (which also fills
     * a `rePath`'s unnamed groups); `options` adds a query string and a fragment.
     *
     * @example
     * ```ts
     * app.reverse("hello", { id: 7 });  // "/hello/7/"
     * app.reverse("places", [3]);       // "/places/3/"
     * app.reverse("search", {}, { query: { q: "a b" }, fragment: "results" }); // "/search/?q=a+b#results"
     * ```
     * @throws NoReverseMatch when no pattern has that name or the params do not fit it.
     */
    reverse(name, params, options) {
        const scriptName = this.settings.SCRIPT_NAME;
        return (scriptName && quote(scriptName)) + this.resolver.reverse(name, params, options);
    }
    /** The URL of a static file: `SCRIPT_NAME` + `STATIC_URL` + name. */
    staticUrl(file) {
        return this.settings.SCRIPT_NAME + this.settings.STATIC_URL + file.replace(/^\/+/, "");
    }
    /**
     * Answers a Web `Request`: the entry point of the service worker, edge runtimes and tests.
     *
     * @example
     * ```ts
     * const response = await app.fetch(new Request("http://localhost/hello/7/"));
     * ```
     */
    async fetch(request) {
        return toWebResponse(await this.handle(fromWebRequest(request)));
    }
    /**
     * Answers a host's raw request with an `HttpResponse`, never throwing: every error becomes
     * a response. The Node host calls this directly to skip Web Request/Response copies.
     */
    async handle(incoming) {
        let request = null;
        let response;
        try {
            request = new HttpRequest(this, incoming);
            response = await (this.#pipeline ??= buildPipeline(this))(request);
        }
        catch (error) {
            response = responseForError(this, request, error);
        }
        return finishResponse(this, request, response, incoming.method);
    }
    /**
     * Finds configuration problems before the first request: URL patterns and names, and
     * every template's syntax. Returns one message per problem (empty when all is well).
     */
    check() {
        const problems = [];
        try {
            this.#resolver = undefined;
            this.resolver.check();
        }
        catch (error) {
            problems.push(error.message);
        }
        try {
            for (const { name, error } of this.templates.compileAll())
                problems.push(`Template ${name}: ${error.message}`);
        }
        catch (error) {
            problems.push(error.message);
        }
        return problems;
    }
    /** Every URL pattern with its name and view, for `onefile routes`. */
    routes() {
        return this.resolver.routes();
    }
}
