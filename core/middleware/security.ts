import type { HttpResponse } from "../http/response.ts";
import type { Middleware } from "./types.ts";

/**
 * Adds Django's SecurityMiddleware headers: `X-Content-Type-Options: nosniff`
 * (`SECURE_CONTENT_TYPE_NOSNIFF`), `Referrer-Policy` (`SECURE_REFERRER_POLICY`), and
 * `X-Frame-Options` (`X_FRAME_OPTIONS`, "DENY" by default, as Django's XFrameOptionsMiddleware;
 * the sandbox sets it to false for its preview iframe). Headers a view already set are kept.
 *
 * @example
 * ```ts
 * new App({ X_FRAME_OPTIONS: "SAMEORIGIN" }); // SecurityMiddleware is in DEFAULT_MIDDLEWARE
 * ```
 */
export const SecurityMiddleware: Middleware = (getResponse, { settings }) => {
  // The headers depend on settings only, so they are worked out once per app.
  const add: [name: string, value: string][] = [];
  if (settings.SECURE_CONTENT_TYPE_NOSNIFF) add.push(["X-Content-Type-Options", "nosniff"]);
  if (settings.SECURE_REFERRER_POLICY) add.push(["Referrer-Policy", settings.SECURE_REFERRER_POLICY]);
  if (settings.X_FRAME_OPTIONS) add.push(["X-Frame-Options", settings.X_FRAME_OPTIONS]);
  if (add.length === 0) return getResponse;
  // One function for every response, made here: a request costs one `then`, no closure.
  const addHeaders = (response: HttpResponse): HttpResponse => {
    const headers = response.headers;
    for (const [name, value] of add) if (!headers.has(name)) headers.set(name, value);
    return response;
  };
  return (request) => getResponse(request).then(addHeaders);
};
