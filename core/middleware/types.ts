import type { HttpRequest } from "../http/request.ts";
import type { HttpResponse } from "../http/response.ts";

/** The next layer of the onion: the rest of the pipeline, down to the view. */
export type GetResponse = (request: HttpRequest) => Promise<HttpResponse>;

/**
 * Django's middleware shape: a factory called once per app with the next layer, returning
 * the handler for each request. Code before `await getResponse(request)` sees the request on
 * the way in; code after it sees the response on the way out.
 *
 * @example
 * ```ts
 * const timing: Middleware = (getResponse) => async (request) => {
 *   const start = Date.now();
 *   const response = await getResponse(request);
 *   response.headers.set("Server-Timing", `app;dur=${Date.now() - start}`);
 *   return response;
 * };
 * new App({ MIDDLEWARE: [...DEFAULT_MIDDLEWARE, timing] });
 * ```
 */
export type Middleware = (getResponse: GetResponse) => GetResponse;
