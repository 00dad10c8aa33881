import { ImproperlyConfigured } from "./errors.ts";
import { buildPipeline, finishResponse, type PipelineApp } from "./handler.ts";
import { responseForError } from "./error-response.ts";
import { fromWebRequest, type IncomingRequest } from "./http/incoming.ts";
import { HttpRequest, type RequestApp } from "./http/request.ts";
import type { HttpResponse } from "./http/response.ts";
import { toWebResponse } from "./http/wire.ts";
import { DEFAULT_MIDDLEWARE } from "./middleware/index.ts";
import type { GetResponse } from "./middleware/types.ts";
import { randomString } from "./sessions/random.ts";
import { resolveSettings, type Settings, type SettingsInput } from "./settings.ts";
import { StaticFiles } from "./static/files.ts";
import { TemplateEngine, type TemplateLoader } from "./templates/index.ts";
import { makeTestCase, type TestCase, type TestFunction } from "./test/case.ts";
import { ConverterRegistry, path, quote, URLResolver, type Converter, type ResolverMatch, type ReverseOptions, type URLPattern, type View } from "./urls/index.ts";
import type { ParamsFit, RouteParams } from "./urls/params.ts";
import { AdminSite } from "./admin/site.ts";
import { installAuth, type AppAuth } from "./auth/state.ts";
import { Database } from "./db/database.ts";
import { databaseSessionStore } from "./sessions/database-store.ts";
import { setDatabaseStore } from "./sessions/store.ts";
import { defineModel, type ModelClass } from "./db/model.ts";
import type { ModelMeta } from "./db/options.ts";
import type { FieldsDef } from "./db/types.ts";

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
export class App implements RequestApp, PipelineApp {
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
  logError: (error: unknown, request: HttpRequest | null) => void = (error, request) => {
    console.error(`Internal Server Error: ${request?.path ?? "?"}\n`, error);
  };

  #urlpatterns: URLPattern[];
  readonly #converters = new ConverterRegistry();
  readonly #templateLoaders: TemplateLoader[] = [];
  #resolver: URLResolver | undefined;
  #templates: TemplateEngine | undefined;
  #staticFiles: StaticFiles | undefined;
  #pipeline: GetResponse | undefined;
  #devSecretKey: string | undefined;
  #admin: AdminSite | undefined;
  #databaseSessions = false;
  readonly #tests: TestCase[] = [];

  /**
   * The app's models and database. Hosts attach the driver named in `DATABASES` (the Node host
   * at start; a test with `app.db.attach(...)`); `app.db.atomic(fn)` runs `fn` in a transaction.
   */
  readonly db: Database = new Database(() => this.settings.APP_LABEL);

  constructor(settings: SettingsInput = {}) {
    this.settings = Object.freeze(resolveSettings(settings, [...DEFAULT_MIDDLEWARE]));
    this.#urlpatterns = [...(this.settings.urlpatterns as URLPattern[])];
    this.#useDatabaseSessions();
  }

  /** With SESSION_ENGINE "db", declares the django_session table (once) and its store. */
  #useDatabaseSessions(): void {
    if (this.settings.SESSION_ENGINE !== "db" || this.#databaseSessions) return;
    this.#databaseSessions = true;
    setDatabaseStore(this, databaseSessionStore(this.db));
  }

  /** The URL patterns, matched in order. Assigning replaces them. */
  get urlpatterns(): URLPattern[] {
    return this.#urlpatterns;
  }
  set urlpatterns(patterns: URLPattern[]) {
    if (!Array.isArray(patterns)) throw new ImproperlyConfigured("app.urlpatterns must be an array of path() / rePath() patterns.");
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
  route<const R extends string, P = RouteParams<R>>(route: R, view: View<P> & ParamsFit<RouteParams<R>, P>, options: { name?: string } = {}): this {
    this.#urlpatterns.push(path(route as string, view as View, options));
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
  registerConverter(name: string, converter: Converter): void {
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
  test(name: string, fn: TestFunction): void {
    this.#tests.push(makeTestCase(name, fn, this.#tests));
  }

  /** The tests declared with `app.test()`, in order. */
  get tests(): readonly TestCase[] {
    return this.#tests;
  }

  /**
   * Declares a model of this app; extend the class it returns to add methods. Its table is
   * `<app label>_<name in lower case>`, its columns the field names in snake_case.
   *
   * @example
   * ```ts
   * class Question extends app.Model("Question", {
   *   questionText: models.CharField({ maxLength: 200 }),
   *   pubDate: models.DateTimeField({ default: () => new Date() }),
   * }, { ordering: ["-pubDate"] }) {
   *   toString() { return this.questionText; }
   * }
   * ```
   */
  Model<F extends FieldsDef>(name: string, fields: F, meta: ModelMeta = {}): ModelClass<F> {
    return defineModel(this.db.models, name, fields, meta);
  }

  /**
   * The app's auth: its `User`, `Group` and `Permission` models (tables `auth_user`, …, as
   * Django's). Using it at the top level of the file is what adds those tables to the app's
   * database; the admin uses it too.
   *
   * @example
   * ```ts
   * const { User } = app.auth;
   * app.urlpatterns = [path("admin/", app.admin.urls)];
   * app.test("ada can log in to the admin", async ({ client, expect }) => {
   *   await User.objects.createSuperuser("ada", "ada@example.com", "correct horse");
   *   const response = await client.post("/admin/login/", { username: "ada", password: "correct horse" });
   *   expect(response).toRedirectTo("/admin/");
   * });
   * ```
   */
  get auth(): AppAuth {
    return installAuth(this);
  }

  /**
   * The app's admin (Django's AdminSite): register models, then mount its URLs.
   *
   * @example
   * ```ts
   * app.admin.register(Question, { listDisplay: ["questionText", "pubDate"], searchFields: ["questionText"] });
   * app.urlpatterns = [path("admin/", app.admin.urls)];
   * ```
   */
  get admin(): AdminSite {
    return (this.#admin ??= new AdminSite(this));
  }

  /** Adds a template loader after `TEMPLATES` (the Node host adds one per `TEMPLATE_DIRS` folder). */
  addTemplateLoader(loader: TemplateLoader): void {
    this.#templateLoaders.push(loader);
    this.#templates?.addLoader(loader);
  }

  /**
   * Changes settings after construction (validated like the constructor's). Hosts use it, e.g.
   * the sandbox sets `SCRIPT_NAME` to "/preview/<id>". Cached routes and templates are rebuilt.
   */
  configure(overrides: SettingsInput): void {
    const { MIDDLEWARE, urlpatterns, ...rest } = this.settings;
    this.settings = Object.freeze(resolveSettings({ ...rest, MIDDLEWARE, ...overrides }, [...DEFAULT_MIDDLEWARE]));
    this.#templates = undefined;
    this.#staticFiles = undefined;
    this.#pipeline = undefined;
    this.#useDatabaseSessions();
  }

  /**
   * The key that signs sessions and other signed values: `SECRET_KEY`, or with DEBUG and no
   * `SECRET_KEY` a random key made once per app (signed cookies then last as long as the app).
   *
   * @throws ImproperlyConfigured when DEBUG is false and SECRET_KEY is empty, at the first
   * request that needs to sign something, so apps that never sign need no key.
   */
  get secretKey(): string {
    if (this.settings.SECRET_KEY) return this.settings.SECRET_KEY;
    if (!this.settings.DEBUG) {
      throw new ImproperlyConfigured(
        "The SECRET_KEY setting must not be empty when DEBUG is false: sessions are signed with it. " +
          "Set SECRET_KEY to a long random string kept out of version control.",
      );
    }
    return (this.#devSecretKey ??= randomString(50));
  }

  /** The compiled URL resolver (compiled on first use, after every change to the patterns). */
  get resolver(): URLResolver {
    return (this.#resolver ??= new URLResolver(this.#urlpatterns, this.#converters));
  }

  /** The template engine (one per app; each template compiles once). */
  get templates(): TemplateEngine {
    return (this.#templates ??= new TemplateEngine({
      templates: this.settings.TEMPLATES,
      loaders: this.#templateLoaders,
      debug: this.settings.DEBUG,
      globals: {
        url: (name: string, params?: Record<string, unknown> | unknown[]) => this.reverse(name, params),
        static: (file: string) => this.staticUrl(file),
      },
    }));
  }

  /** The `STATIC` files, served under `STATIC_URL` by the pipeline (core/static/files.ts). */
  get staticFiles(): StaticFiles {
    return (this.#staticFiles ??= new StaticFiles(this.settings.STATIC, this.settings.STATIC_URL));
  }

  /**
   * What the URL patterns give `pathInfo` (the path inside the app), as Django's `resolve()`:
   * the view, its params and name, or null when nothing matches.
   *
   * @example
   * ```ts
   * app.resolve("/hello/7/")?.params; // { id: 7 }
   * ```
   */
  resolve(pathInfo: string): ResolverMatch<View> | null {
    return this.resolver.resolve(pathInfo);
  }

  /** True when a pattern matches `pathInfo`. */
  resolves(pathInfo: string): boolean {
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
  reverse(name: string, params?: Record<string, unknown> | unknown[], options?: ReverseOptions): string {
    const scriptName = this.settings.SCRIPT_NAME;
    return (scriptName && quote(scriptName)) + this.resolver.reverse(name, params, options);
  }

  /** The URL of a static file: `SCRIPT_NAME` + `STATIC_URL` + name. */
  staticUrl(file: string): string {
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
  async fetch(request: Request): Promise<Response> {
    return toWebResponse(await this.handle(fromWebRequest(request)));
  }

  /**
   * Answers a host's raw request with an `HttpResponse`, never throwing: every error becomes
   * a response. The Node host calls this directly to skip Web Request/Response copies.
   */
  async handle(incoming: IncomingRequest): Promise<HttpResponse> {
    let request: HttpRequest | null = null;
    let response: HttpResponse;
    try {
      request = new HttpRequest(this, incoming);
      response = await (this.#pipeline ??= buildPipeline(this))(request);
    } catch (error) {
      response = responseForError(this, request, error);
    }
    return finishResponse(this, request, response, incoming.method);
  }

  /**
   * Finds configuration problems before the first request: URL patterns and names, and
   * every template's syntax. Returns one message per problem (empty when all is well).
   */
  check(): string[] {
    const problems: string[] = [];
    try {
      this.#resolver = undefined;
      this.resolver.check();
    } catch (error) {
      problems.push((error as Error).message);
    }
    try {
      for (const { name, error } of this.templates.compileAll()) problems.push(`Template ${name}: ${error.message}`);
    } catch (error) {
      problems.push((error as Error).message);
    }
    return problems;
  }

  /** Every URL pattern with its name and view, for `onefile routes`. */
  routes(): { pattern: string; name: string | null; view: string }[] {
    return this.resolver.routes();
  }
}

