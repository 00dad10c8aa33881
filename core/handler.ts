/**
 * The request pipeline: what happens between a host handing over a request and the response it
 * sends, composed once per app (Starlette's `build_middleware_stack`, Django's `BaseHandler`).
 * Read `buildPipeline` top to bottom, outermost layer first:
 *
 * 1. every exception becomes a response (`convertExceptions`, outermost, around the view, and
 *    around each middleware whose outer neighbour is user code);
 * 2. the Host header is checked against `ALLOWED_HOSTS`, before anything reads the body;
 * 3. the URL is resolved, once: `request.resolverMatch` is set for the middleware, as Django's
 *    `process_view` hands them the view (a static file under `STATIC_URL` resolves too);
 * 4. the `MIDDLEWARE`, outermost first;
 * 5. the view: the body is read (if there is one), the view runs, its result becomes an
 *    `HttpResponse`. A URL that resolved to nothing is a 404 here, inside the middleware.
 *
 * Then `finishResponse` (called by `App.handle`) gives every response its last touches.
 */
import type { HttpRequest } from "./http/request.ts";
import { HttpResponse, HttpResponseRedirect } from "./http/response.ts";
export type { ViewResult } from "./http/response.ts";
import { responseForError, type ErrorContext } from "./error-response.ts";
import { validateHost } from "./middleware/hosts.ts";
import { DEFAULT_MIDDLEWARE } from "./middleware/index.ts";
import type { GetResponse, MiddlewareApp, Middleware } from "./middleware/types.ts";
import type { StaticFiles } from "./static/files.ts";
import { Resolver404 } from "./urls/errors.ts";
import type { ResolverMatch, View } from "./urls/index.ts";

/** What the pipeline needs of the app (the `App` is one). */
export interface PipelineApp extends MiddlewareApp, ErrorContext {
  readonly resolver: ErrorContext["resolver"] & { resolve(pathInfo: string): ResolverMatch<View> | null };
  /** The `STATIC` files under `STATIC_URL`. */
  readonly staticFiles: StaticFiles;
  reverse(name: string, params?: Record<string, unknown> | unknown[]): string;
}

const BUILT_IN: ReadonlySet<Middleware> = new Set(DEFAULT_MIDDLEWARE);

/** The resolver's miss without DEBUG: nothing from it reaches the page, so one instance serves all. */
const NOT_FOUND = new Resolver404("");

/**
 * Builds the app's request pipeline. The result never throws: every error becomes a response.
 *
 * @example
 * ```ts
 * const getResponse = buildPipeline(app);
 * const response = await getResponse(new HttpRequest(app, incoming));
 * ```
 */
export function buildPipeline(app: PipelineApp): GetResponse {
  let handler: GetResponse = convertExceptions(app, (request) => callView(app, request));
  const middleware = app.settings.MIDDLEWARE;
  for (let i = middleware.length - 1; i >= 0; i--) {
    const layer = middleware[i]!(handler, app);
    // A layer is wrapped when the one outside it is user code, which is promised a response,
    // never an exception. The built-in middleware are not: an exception of theirs passes through
    // to the next wrapper. Skipping their wrappers saves a promise and a closure per layer on
    // every request (see bench/http).
    const outer = i === 0 ? null : middleware[i - 1]!;
    handler = outer === null || BUILT_IN.has(outer) ? layer : convertExceptions(app, layer);
  }
  const inner = handler;
  return convertExceptions(app, (request) => {
    validateHost(request);
    request.resolverMatch = app.staticFiles.resolve(request.pathInfo) ?? app.resolver.resolve(request.pathInfo);
    return inner(request);
  });
}

/**
 * Runs one layer so that it always answers with a response: an exception thrown by it (or a
 * rejected promise) becomes the error response, as Django's `convert_exception_to_response`.
 * A middleware thus always gets a response back from the layer below it.
 */
function convertExceptions(app: ErrorContext, layer: GetResponse): GetResponse {
  // Not an async function: a plain `.then` costs one promise per layer instead of an async
  // frame plus an await, which adds up over a stack of middleware (see bench/fetch).
  return (request) => {
    let pending: Promise<HttpResponse>;
    try {
      pending = layer(request);
    } catch (error) {
      return Promise.resolve(responseForError(app, request, error));
    }
    return pending.then(undefined, (error: unknown) => responseForError(app, request, error));
  };
}

/** Reads the body if there is one, runs the resolved view and normalises its result. */
async function callView(app: PipelineApp, request: HttpRequest): Promise<HttpResponse> {
  const match = request.resolverMatch;
  // Answered here rather than thrown: an exception costs a stack capture, and a site gets
  // plenty of 404s (scanners, favicons, APPEND_SLASH probes).
  if (match === null) return responseForError(app, request, app.settings.DEBUG ? new Resolver404(request.pathInfo) : NOT_FOUND);
  if (request.incoming.hasBody) await request.loadBody();
  // Positional captures (a rePath without named groups) follow the params, as Django's *args.
  let result: unknown = match.args.length === 0 ? match.func(request, match.params) : match.func(request, match.params, ...match.args);
  if (result instanceof Promise) result = await result;
  const response = toHttpResponse(result, viewLabel(match.func));
  if (response instanceof HttpResponseRedirect && response.reverseTarget) {
    response.headers.set("Location", app.reverse(response.reverseTarget.name, response.reverseTarget.params));
  }
  return response;
}

/**
 * The last step of every response, whoever made it: checks the status, puts `SCRIPT_NAME` in
 * front of a root-relative `Location` that lacks it (so a view written for "/" works unchanged
 * when mounted, as every sandbox project is), and marks HEAD answers. Every host then sends it
 * by the rules of http/wire.ts.
 */
export function finishResponse(app: ErrorContext, request: HttpRequest | null, response: HttpResponse, method: string): HttpResponse {
  if (response.status < 200 || response.status > 599) {
    response = responseForError(
      app,
      request,
      new TypeError(`The response has status ${response.status}; a complete response needs a status from 200 to 599.`),
    );
  }
  const scriptName = app.settings.SCRIPT_NAME;
  if (scriptName !== "") {
    const location = response.headers.get("location");
    if (location !== null && location.startsWith("/") && !location.startsWith("//") && !isUnder(location, scriptName)) {
      response.headers.set("Location", scriptName + location);
    }
  }
  if (response.hasUnsignedCookies && request) response.signCookies(request.app.secretKey);
  if (method === "HEAD") response.isHead = true;
  return response;
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`);
}

/**
 * Turns what a view returned into an `HttpResponse`.
 *
 * @throws TypeError naming the view when it returned nothing usable (Django's
 * "didn't return an HttpResponse object" error).
 */
export function toHttpResponse(result: unknown, view = "The view"): HttpResponse {
  if (result instanceof HttpResponse) return result;
  if (typeof result === "string") return new HttpResponse(result);
  if (result instanceof Response) return HttpResponse.fromResponse(result);
  const got = result === undefined ? "undefined" : result === null ? "null" : `a ${typeof result}`;
  throw new TypeError(
    `${view} didn't return an HttpResponse, a Response or a string. It returned ${got} instead.`,
  );
}

function viewLabel(func: Function): string {
  return func.name ? `The view ${func.name}()` : "The view";
}
