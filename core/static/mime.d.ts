/**
 * Content types for static files, by extension. A short table of what web projects ship; anything
 * else is `application/octet-stream`, which browsers download rather than guess at. Used by core's
 * `STATIC` files and by the Node host's `--static` folders.
 */
/**
 * The Content-Type for a file name.
 *
 * @example
 * ```ts
 * contentTypeFor("css/site.css"); // "text/css; charset=utf-8"
 * contentTypeFor("data.bin");     // "application/octet-stream"
 * ```
 */
export declare function contentTypeFor(name: string): string;
