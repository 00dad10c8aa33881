/**
 * The `STATIC` setting (file name → content) served under `STATIC_URL` by the pipeline itself, so
 * the Node host, the sandbox and `app.fetch` serve them alike. A request for one resolves to the
 * built-in `serveStatic` view before the URL patterns are tried (as Django's static files handler
 * answers before the URLconf), and then passes through the middleware like any page, so it gets
 * the security headers.
 */
import type { HttpRequest, RequestResolverMatch } from "../http/request.ts";
import { HttpResponse, HttpResponseNotAllowed, HttpResponseNotModified } from "../http/response.ts";
import { base64url } from "../util/base64url.ts";
import { contentTypeFor } from "./mime.ts";

const encoder = new TextEncoder();

interface StaticFile {
  bytes: Uint8Array;
  type: string;
  /** A strong ETag from the content's SHA-1, made on first request. */
  etag: Promise<string> | null;
}

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
  readonly prefix: string | null;
  readonly #files = new Map<string, StaticFile>();
  readonly #route: string;
  readonly #view: (request: HttpRequest, params: { path: string }) => Promise<HttpResponse>;

  /**
   * @param files The `STATIC` setting.
   * @param staticUrl The `STATIC_URL` setting. An absolute URL ("https://cdn…/") means the files
   * live elsewhere: nothing is served.
   */
  constructor(files: Readonly<Record<string, string | Uint8Array>>, staticUrl: string) {
    const elsewhere = /^[a-z][a-z0-9+.-]*:\/\//i.test(staticUrl) || staticUrl.startsWith("//");
    this.prefix = elsewhere ? null : staticUrl.startsWith("/") ? staticUrl : `/${staticUrl}`;
    this.#route = `${this.prefix ?? ""}<path:path>`;
    for (const [name, content] of Object.entries(files)) {
      const bytes = typeof content === "string" ? encoder.encode(content) : content;
      this.#files.set(name.replace(/^\/+/, ""), { bytes, type: contentTypeFor(name), etag: null });
    }
    const map = this.#files;
    this.#view = async function serveStatic(request, { path }) {
      if (request.method !== "GET" && request.method !== "HEAD") return new HttpResponseNotAllowed(["GET", "HEAD"]);
      const file = map.get(path)!;
      const etag = await (file.etag ??= etagOf(file.bytes));
      const headers = { ETag: etag, "Cache-Control": "no-cache" };
      if (ifNoneMatch(request.header("if-none-match"), etag)) return new HttpResponseNotModified({ headers });
      return new HttpResponse(file.bytes, { contentType: file.type, headers });
    };
  }

  /** True when `name` (below the prefix) is one of the files. */
  has(name: string): boolean {
    return this.#files.has(name);
  }

  /** The match of the static view for `pathInfo`, or null when it names no file. */
  resolve(pathInfo: string): RequestResolverMatch | null {
    if (this.#files.size === 0 || this.prefix === null || !pathInfo.startsWith(this.prefix)) return null;
    const name = pathInfo.slice(this.prefix.length);
    if (!this.#files.has(name)) return null;
    const params = { path: name };
    return { func: this.#view, params, args: [], capturedParams: params, extraParams: {}, urlName: null, route: this.#route, namespace: "", namespaces: [], viewName: "static" };
  }
}

async function etagOf(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-1", bytes as BufferSource));
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
export function ifNoneMatch(header: string | null | undefined, etag: string): boolean {
  if (header === null || header === undefined) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}
