import { HttpResponse, HttpResponseNotAllowed, HttpResponseNotModified } from "../http/response.js";
import { base64url } from "../util/base64url.js";
import { contentTypeFor } from "./mime.js";
const encoder = new TextEncoder();
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
export class StaticFiles {
    /** Where the files are served inside the app (`STATIC_URL` as a path), or null when not here. */
    prefix;
    #files = new Map();
    #route;
    #view;
    /**
     * @param files The `STATIC` setting.
     * @param staticUrl The `STATIC_URL` setting. An absolute URL ("https://cdn…/") means the files
     * live elsewhere: nothing is served.
     */
    constructor(files, staticUrl) {
        const elsewhere = /^[a-z][a-z0-9+.-]*:\/\//i.test(staticUrl) || staticUrl.startsWith("//");
        this.prefix = elsewhere ? null : staticUrl.startsWith("/") ? staticUrl : `/${staticUrl}`;
        this.#route = `${this.prefix ?? ""}<path:path>`;
        for (const [name, content] of Object.entries(files)) {
            const bytes = typeof content === "string" ? encoder.encode(content) : content;
            this.#files.set(name.replace(/^\/+/, ""), { bytes, type: contentTypeFor(name), etag: null });
        }
        const map = this.#files;
        this.#view = async function serveStatic(request, { path }) {
            if (request.method !== "GET" && request.method !== "HEAD")
                return new HttpResponseNotAllowed(["GET", "HEAD"]);
            const file = map.get(path);
            const etag = await (file.etag ??= etagOf(file.bytes));
            const headers = { ETag: etag, "Cache-Control": "no-cache" };
            if (ifNoneMatch(request.header("if-none-match"), etag))
                return new HttpResponseNotModified({ headers });
            return new HttpResponse(file.bytes, { contentType: file.type, headers });
        };
    }
    /** True when `name` (below the prefix) is one of the files. */
    has(name) {
        return this.#files.has(name);
    }
    /** The match of the static view for `pathInfo`, or null when it names no file. */
    resolve(pathInfo) {
        if (this.#files.size === 0 || this.prefix === null || !pathInfo.startsWith(this.prefix))
            return null;
        const name = pathInfo.slice(this.prefix.length);
        if (!this.#files.has(name))
            return null;
        const params = { path: name };
        return { func: this.#view, params, args: [], capturedParams: params, extraParams: {}, urlName: null, route: this.#route, namespace: "", namespaces: [], viewName: "static" };
    }
}
async function etagOf(bytes) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-1", bytes));
    return `"${base64url(digest)}"`;
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
export function ifNoneMatch(header, etag) {
    if (header === null || header === undefined)
        return false;
    if (header.trim() === "*")
        return true;
    const bare = etag.replace(/^W\//, "");
    return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}
