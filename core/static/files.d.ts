/**
 * The `STATIC` setting (file name → content) served under `STATIC_URL` by the pipeline itself, so
 * the Node host, the sandbox and `app.fetch` serve them alike. A request for one resolves to the
 * built-in `serveStatic` view before the URL patterns are tried (as Django's static files handler
 * answers before the URLconf), and then passes through the middleware like any page, so it gets
 * the security headers.
 */
import type { RequestResolverMatch } from "../http/request.ts";
/**
 * The app's `STATIC` files, by URL. Names are matched exactly after percent-decoding; nothing is
 * read from a disk, so there is no path to escape from.
 *
 * @example
 * ```ts
 * const statics = new StaticFiles({ "site.css": "body{}" }, "/static/");
 * statics.resolve("/static/site.css")?.params; // { path: "site.css" }
 * ```
 */
export declare class StaticFiles {
    #private;
    /** Where the files are served inside the app (`STATIC_URL` as a path), or null when not here. */
    readonly prefix: string | null;
    /**
     * @param files The `STATIC` setting.
     * @param staticUrl The `STATIC_URL` setting. An absolute URL ("https://cdn…/") means the files
     * live elsewhere: nothing is served.
     */
    constructor(files: Readonly<Record<string, string | Uint8Array>>, staticUrl: string);
    /** True when `name` (below the prefix) is one of the files. */
    has(name: string): boolean;
    /** The match of the static view for `pathInfo`, or null when it names no file. */
    resolve(pathInfo: string): RequestResolverMatch | null;
}
/**
 * True when an `If-None-Match` header names `etag` (the weak comparison RFC 9110 asks for GET
 * and HEAD), or is "*".
 *
 * @example
 * ```ts
 * ifNoneMatch('"a", W/"b"', '"b"'); // true
 * ```
 */
export declare function ifNoneMatch(header: string | null | undefined, etag: string): boolean;
