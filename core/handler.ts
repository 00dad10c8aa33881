import type { App } from "./app.ts";
import { Http404 } from "./errors.ts";
import { parseFormBody } from "./http/body.ts";
import type { HttpRequest } from "./http/request.ts";
import { HttpResponse, HttpResponseRedirect } from "./http/response.ts";
import type { GetResponse } from "./middleware/types.ts";
import { responseForError } from "./error-response.ts";

/** What a view may return; a string becomes an `HttpResponse`, a Web `Response` is wrapped. */
export type ViewResult = HttpResponse | Response | string;

/** No pattern matched: carries what was tried, for the DEBUG 404 page. */
export class Resolver404 extends Http404 {
  override name = "Resolver404";
  constructor(readonly pathInfo: string) {
    super(`No URL pattern matches ${pathInfo}`);
  }
}

/** The resolver's miss without DEBUG: nothing from it reaches the page, so one instance serves all. */
const NOT_FOUND = new Resolver404("");

/**
 * Builds the app's request pipeline: Django's middleware onion around the view layer.
 *
 * Read it inside out: `callView` resolves the URL and runs the view; each middleware in
 * `MIDDLEWARE` wraps the layer inside it, outermost first. Every layer is wrapped by
 * `convertExceptions`, so a middleware always gets a response back from the layer below it,
 * never an exception (Django's `convert_exception_to_response`).
 */
export function buildPipeline(app: App): GetResponse {
  let handler: GetResponse = convertExceptions(app, (request) => callView(app, request));
  const middleware = app.settings.MIDDLEWARE;
  for (let i = middleware.length - 1; i >= 0; i--) {
    handler = convertExceptions(app, middleware[i]!(handler));
  }
  return handler;
}

function convertExceptions(app: App, layer: GetResponse): GetResponse {
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

/** Resolves the URL, reads the body if there is one, runs the view and normalises its result. */
async function callView(app: App, request: HttpRequest): Promise<HttpResponse> {
  const match = app.resolver.resolve(request.pathInfo);
  // Answered here rather than thrown: an exception costs a stack capture, and a site gets
  // plenty of 404s (scanners, favicons, APPEND_SLASH probes).
  if (!match) return responseForError(app, request, app.settings.DEBUG ? new Resolver404(request.pathInfo) : NOT_FOUND);
  request.resolverMatch = {
    urlName: match.urlName,
    route: match.route,
    params: match.params,
    namespace: match.namespace,
    namespaces: match.namespaces,
    viewName: match.viewName,
  };
  let result: unknown = match.func(request, match.params);
  if (result instanceof Promise) result = await result;
  const response = toHttpResponse(result, viewLabel(match.func));
  if (response instanceof HttpResponseRedirect && response.reverseTarget) {
    response.headers.set("Location", app.reverse(response.reverseTarget.name, response.reverseTarget.params));
  }
  return response;
}

/**
 * The last step of every response, whoever made it: marks HEAD answers, checks the status, and
 * puts `SCRIPT_NAME` in front of a root-relative `Location` that lacks it, so a view written for
 * "/" works unchanged when mounted (the sandbox mounts every project). Every host sends what
 * this returns, by the rules of `http/wire.ts`.
 */
export function finishResponse(app: App, request: HttpRequest | null, response: HttpResponse, method: string): HttpResponse {
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
  if (method === "HEAD") response.isHead = true;
  return response;
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`);
}

/**
 * Reads and parses the body before the middleware runs, because the Web's body APIs are async
 * and middleware such as CSRF reads `request.POST`. Requests without a body skip all of it.
 */
export async function loadBody(app: App, request: HttpRequest): Promise<void> {
  if (!request.incoming.hasBody) return;
  request.body = await request.incoming.readBody(app.settings.DATA_UPLOAD_MAX_MEMORY_SIZE);
  const parsed = await parseFormBody(request.body, request.header("content-type"));
  request.POST = parsed.POST;
  request.FILES = parsed.FILES;
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
