import type { ResponseHeaders } from "./headers.ts";
/**
 * Adds header names to a response's `Vary`, keeping those already there (Django's
 * `patch_vary_headers`). A page built from a cookie must say so, or a shared cache would hand
 * one visitor's page to another.
 *
 * @example
 * ```ts
 * patchVaryHeaders(response.headers, ["Cookie"]); // Vary: Cookie
 * ```
 */
export declare function patchVaryHeaders(headers: ResponseHeaders, names: readonly string[]): void;
