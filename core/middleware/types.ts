import type { HttpRequest } from "../http/request.ts";
import type { HttpResponse } from "../http/response.ts";
import type { Settings } from "../settings.ts";

/** The next layer of the onion: the rest of the pipeline, down to the view. */
export type GetResponse = (request: HttpRequest) => Promise<HttpResponse>;

/**
 * What a middleware factory is given of the app it serves (the `App` is one). A middleware
 * takes these few values rather than the App, so it depends on nothing above it.
 */
export interface MiddlewareApp {
  /** The app's settings; the pipeline is rebuilt when they change. */
  readonly settings: Readonly<Settings>;
  /** The signing key. Read it when signing, not when building: it throws if unset and DEBUG is off. */
  readonly secretKey: string;
  /** The view a URL pattern gives `pathInfo`, or null (what APPEND_SLASH asks). */
  resolve(pathInfo: string): { readonly func: (...args: any[]) => unknown } | null;
}

/**
 * Django's middleware shape: a factory called once per app with the next layer (and the app's
 * settings, for middleware that read them), returning the handler for each request. Code before
 * `await getResponse(request)` sees the request on the way in, with `request.resolverMatch`
 * already set (Django's `process_view`); code after it sees the response on the way out.
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
export type Middleware = (getResponse: GetResponse, app: MiddlewareApp) => GetResponse;
