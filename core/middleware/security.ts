import type { Middleware } from "./types.ts";

/**
 * Adds Django's SecurityMiddleware headers: `X-Content-Type-Options: nosniff`
 * (`SECURE_CONTENT_TYPE_NOSNIFF`), `Referrer-Policy` (`SECURE_REFERRER_POLICY`), and
 * `X-Frame-Options` when `X_FRAME_OPTIONS` is set. X-Frame-Options is off by default so the
 * sandbox can show the site in its preview iframe. Headers a view already set are kept.
 */
export const SecurityMiddleware: Middleware = (getResponse) => async (request) => {
  const response = await getResponse(request);
  const settings = request.app.settings;
  const headers = response.headers;
  if (settings.SECURE_CONTENT_TYPE_NOSNIFF && !headers.has("x-content-type-options")) {
    headers.set("X-Content-Type-Options", "nosniff");
  }
  if (settings.SECURE_REFERRER_POLICY && !headers.has("referrer-policy")) {
    headers.set("Referrer-Policy", settings.SECURE_REFERRER_POLICY);
  }
  if (settings.X_FRAME_OPTIONS && !headers.has("x-frame-options")) {
    headers.set("X-Frame-Options", settings.X_FRAME_OPTIONS);
  }
  return response;
};
