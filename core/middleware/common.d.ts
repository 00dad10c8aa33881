import type { Middleware } from "./types.ts";
/**
 * Django's CommonMiddleware: with `APPEND_SLASH`, answers a 404 for "/about" with a 301 to
 * "/about/" when that resolves. (Host validation, which Django also does here, happens before
 * any middleware: see core/handler.ts.)
 *
 * @example
 * ```ts
 * new App({ APPEND_SLASH: false }); // CommonMiddleware is in DEFAULT_MIDDLEWARE
 * ```
 */
export declare const CommonMiddleware: Middleware;
