import type { Middleware } from "./types.ts";
/**
 * Adds Django's SecurityMiddleware headers: `X-Content-Type-Options: nosniff`
 * (`SECURE_CONTENT_TYPE_NOSNIFF`), `Referrer-Policy` (`SECURE_REFERRER_POLICY`), and
 * `X-Frame-Options` when `X_FRAME_OPTIONS` is set. X-Frame-Options is off by default so the
 * sandbox can show the site in its preview iframe. Headers a view already set are kept.
 *
 * @example
 * ```ts
 * new App({ X_FRAME_OPTIONS: "DENY" }); // SecurityMiddleware is in DEFAULT_MIDDLEWARE
 * ```
 */
export declare const SecurityMiddleware: Middleware;
