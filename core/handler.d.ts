/**
 * The request pipeline: what happens between a host handing over a request and the response it
 * sends, composed once per app (Starlette's `build_middleware_stack`, Django's `BaseHandler`).
 * Read `buildPipeline` top to bottom, outermost layer first:
 *
 * 1. every exception becomes a response (`convertExceptions`, around every layer);
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
import { HttpResponse } from "./http/response.ts";
import { type ErrorContext } from "./error-response.ts";
import type { GetResponse, MiddlewareApp } from "./middleware/types.ts";
import type { StaticFiles } from "./static/files.ts";
import type { ResolverMatch, View } from "./urls/index.ts";
/** What a view may return; a string becomes an `HttpResponse`, a Web `Response` is wrapped. */
export type ViewResult = HttpResponse | Response | string;
/** What the pipeline needs of the app (the `App` is one). */
export interface PipelineApp extends MiddlewareApp, ErrorContext {
    readonly resolver: ErrorContext["resolver"] & {
        resolve(pathInfo: string): ResolverMatch<View> | null;
    };
    /** The `STATIC` files under `STATIC_URL`. */
    readonly staticFiles: StaticFiles;
    reverse(name: string, params?: Record<string, unknown> | unknown[]): string;
}
/**
 * Builds the app's request pipeline. The result never throws: every error becomes a response.
 *
 * @example
 * ```ts
 * const getResponse = buildPipeline(app);
 * const response = await getResponse(new HttpRequest(app, incoming));
 * ```
 */
export declare function buildPipeline(app: PipelineApp): GetResponse;
/**
 * The last step of every response, whoever made it: checks the status, puts `SCRIPT_NAME` in
 * front of a root-relative `Location` that lacks it (so a view written for "/" works unchanged
 * when mounted, as every sandbox project is), and marks HEAD answers. Every host then sends it
 * by the rules of http/wire.ts.
 */
export declare function finishResponse(app: ErrorContext, request: HttpRequest | null, response: HttpResponse, method: string): HttpResponse;
/**
 * Turns what a view returned into an `HttpResponse`.
 *
 * @throws TypeError naming the view when it returned nothing usable (Django's
 * "didn't return an HttpResponse object" error).
 */
export declare function toHttpResponse(result: unknown, view?: string): HttpResponse;
