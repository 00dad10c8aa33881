import { type PipelineApp } from "./handler.ts";
import { type IncomingRequest } from "./http/incoming.ts";
import { HttpRequest, type RequestApp } from "./http/request.ts";
import type { HttpResponse } from "./http/response.ts";
import { type Settings, type SettingsInput } from "./settings.ts";
import { StaticFiles } from "./static/files.ts";
import { TemplateEngine, type TemplateLoader } from "./templates/index.ts";
import { type TestCase, type TestFunction } from "./test/case.ts";
import { URLResolver, type Converter, type ReverseOptions, type URLPattern, type View } from "./urls/index.ts";
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
export declare class App implements RequestApp, PipelineApp {
    #private;
    /** The validated settings, defaults filled in. Change them with `configure()`. */
    settings: Readonly<Settings>;
    /**
     * Lets the DEBUG 500 page show source lines of stack frames: hosts set it to look up the
     * user's file by the name that appears in stack traces (and "template:<name>" for templates).
     */
    sourceProvider: ((fileName: string) => string | undefined) | undefined;
    /**
     * Where 500 errors are reported; hosts replace it (the Node host prints the traceback, the
     * sandbox forwards it to its log panel). Defaults to `console.error`.
     */
    logError: (error: unknown, request: HttpRequest | null) => void;
    constructor(settings?: SettingsInput);
    /** The URL patterns, matched in order. Assigning replaces them. */
    get urlpatterns(): URLPattern[];
    set urlpatterns(patterns: URLPattern[]);
    /**
     * Adds a route: sugar for pushing `path(route, view, { name })` onto `urlpatterns`.
     *
     * @example
     * ```ts
     * app.route("hello/<int:id>/", (request, { id }) => `Hello, ${id}`, { name: "hello" });
     * ```
     */
    route<P = any>(route: string, view: View<P>, options?: {
        name?: string;
    }): this;
    /**
     * Registers a path converter for this app only, as Django's `register_converter`.
     *
     * @example
     * ```ts
     * app.registerConverter("year", { regex: "[0-9]{4}", toValue: Number, toUrl: String });
     * app.route("archive/<year:year>/", archive);
     * ```
     */
    registerConverter(name: string, converter: Converter): void;
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
    test(name: string, fn: TestFunction): void;
    /** The tests declared with `app.test()`, in order. */
    get tests(): readonly TestCase[];
    /** Adds a template loader after `TEMPLATES` (the Node host adds one per `TEMPLATE_DIRS` folder). */
    addTemplateLoader(loader: TemplateLoader): void;
    /**
     * Changes settings after construction (validated like the constructor's). Hosts use it, e.g.
     * the sandbox sets `SCRIPT_NAME` to "/preview/<id>". Cached routes and templates are rebuilt.
     */
    configure(overrides: SettingsInput): void;
    /**
     * The key that signs sessions and other signed values: `SECRET_KEY`, or with DEBUG and no
     * `SECRET_KEY` a random key made once per app (signed cookies then last as long as the app).
     *
     * @throws ImproperlyConfigured when DEBUG is false and SECRET_KEY is empty, at the first
     * request that needs to sign something, so apps that never sign need no key.
     */
    get secretKey(): string;
    /** The compiled URL resolver (compiled on first use, after every change to the patterns). */
    get resolver(): URLResolver;
    /** The template engine (one per app; each template compiles once). */
    get templates(): TemplateEngine;
    /** The `STATIC` files, served under `STATIC_URL` by the pipeline (core/static/files.ts). */
    get staticFiles(): StaticFiles;
    /** True when a pattern matches `pathInfo` (used by APPEND_SLASH). */
    resolves(pathInfo: string): boolean;
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
    reverse(name: string, params?: Record<string, unknown> | unknown[], options?: ReverseOptions): string;
    /** The URL of a static file: `SCRIPT_NAME` + `STATIC_URL` + name. */
    staticUrl(file: string): string;
    /**
     * Answers a Web `Request`: the entry point of the service worker, edge runtimes and tests.
     *
     * @example
     * ```ts
     * const response = await app.fetch(new Request("http://localhost/hello/7/"));
     * ```
     */
    fetch(request: Request): Promise<Response>;
    /**
     * Answers a host's raw request with an `HttpResponse`, never throwing: every error becomes
     * a response. The Node host calls this directly to skip Web Request/Response copies.
     */
    handle(incoming: IncomingRequest): Promise<HttpResponse>;
    /**
     * Finds configuration problems before the first request: URL patterns and names, and
     * every template's syntax. Returns one message per problem (empty when all is well).
     */
    check(): string[];
    /** Every URL pattern with its name and view, for `onefile routes`. */
    routes(): {
        pattern: string;
        name: string | null;
        view: string;
    }[];
}
