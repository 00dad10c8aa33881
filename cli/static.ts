/**
 * The `--static` folders of the Node host, under `STATIC_URL`. The `STATIC` map of the user's file
 * is served by core's pipeline (core/static/files.ts) in every host; a name it holds is left to it,
 * so `STATIC` wins over a folder as before. GET and HEAD only, with Content-Type, ETag and 304 on
 * `If-None-Match`, and no way out of the folder: `..`, encoded `%2e%2e`, backslashes, NUL bytes and
 * absolute names are refused.
 */
import { open } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isAbsolute, join, resolve, sep } from "node:path";
import { pipeline } from "node:stream";
import type { App } from "../core/app.ts";
import { ifNoneMatch } from "../core/static/files.ts";
import { contentTypeFor } from "../core/static/mime.ts";

/** Options of `new StaticFiles`. */
export interface StaticOptions {
  /** URL prefix, ending in "/" (SCRIPT_NAME + STATIC_URL). */
  prefix: string;
  /** Folders to serve from, in order. */
  dirs?: string[];
  /** Names the app serves itself (its `STATIC` files): left to it. */
  appServes?: (name: string) => boolean;
}

const NOT_FOUND = "404 Not Found\n";
/** Returned by `safeName` for a name that tries to leave the static folder. */
const UNSAFE = Symbol("unsafe");

/**
 * Serves static files for a Node server.
 *
 * @example
 * ```ts
 * const statics = new StaticFiles({ prefix: "/static/", dirs: ["public"] });
 * http.createServer(async (req, res) => {
 *   if (statics.matches(req.url!) && (await statics.serve(req, res))) return;
 *   // …the app answers everything else
 * });
 * ```
 */
export class StaticFiles {
  readonly prefix: string;
  readonly dirs: string[];
  readonly #appServes: (name: string) => boolean;

  constructor(options: StaticOptions) {
    this.prefix = options.prefix;
    this.dirs = (options.dirs ?? []).map((dir) => resolve(dir));
    this.#appServes = options.appServes ?? (() => false);
  }

  /**
   * The `--static` folders of an app, under `SCRIPT_NAME + STATIC_URL`; `null` when there are none
   * or `STATIC_URL` is on another host.
   *
   * @example
   * ```ts
   * const statics = StaticFiles.forApp(app, ["./public"]);
   * ```
   */
  static forApp(app: App, dirs: string[] = []): StaticFiles | null {
    const url = app.staticFiles.prefix;
    if (url === null || dirs.length === 0) return null;
    const { SCRIPT_NAME } = app.settings;
    const prefix = SCRIPT_NAME !== "" && url.startsWith(SCRIPT_NAME + "/") ? url : SCRIPT_NAME + url;
    return new StaticFiles({ prefix, dirs, appServes: (name) => app.staticFiles.has(name) });
  }

  /** True when the request target is under the static prefix. */
  matches(target: string): boolean {
    return target.startsWith(this.prefix);
  }

  /**
   * Answers the request if it names a static file. Resolves `false` when it does not (the app
   * then answers), `true` when a response was sent.
   */
  async serve(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const name = safeName(req.url!, this.prefix);
    if (name === null) return false;
    if (name === UNSAFE) {
      sendNotFound(res);
      return true;
    }
    if (this.#appServes(name)) return false;
    for (const dir of this.dirs) {
      const full = join(dir, name);
      // join() already normalised the name; this keeps the promise even if a check above is changed.
      if (!full.startsWith(dir + sep)) continue;
      if (await this.#serveFile(full, req, res)) return true;
    }
    return false;
  }

  async #serveFile(full: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    let handle;
    try {
      handle = await open(full, "r");
    } catch {
      return false;
    }
    const stat = await handle.stat();
    if (!stat.isFile()) {
      await handle.close();
      return false;
    }
    const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    if (ifNoneMatch(req.headers["if-none-match"], etag)) {
      await handle.close();
      return sendNotModified(res, etag);
    }
    res.setHeader("Content-Type", contentTypeFor(full));
    res.setHeader("Content-Length", stat.size);
    res.setHeader("ETag", etag);
    res.setHeader("Last-Modified", stat.mtime.toUTCString());
    res.setHeader("Cache-Control", "no-cache");
    if (req.method === "HEAD") {
      await handle.close();
      res.end();
      return true;
    }
    pipeline(handle.createReadStream(), res, () => {});
    return true;
  }
}

/**
 * The file name a target asks for below `prefix`, decoded; `UNSAFE` when it tries to leave the
 * folder; `null` for the bare prefix.
 *
 * @example
 * ```ts
 * safeName("/static/css/a.css?v=2", "/static/"); // "css/a.css"
 * safeName("/static/%2e%2e/secret", "/static/"); // UNSAFE
 * ```
 */
export function safeName(target: string, prefix: string): string | null | typeof UNSAFE {
  const query = target.indexOf("?");
  const encoded = (query === -1 ? target : target.slice(0, query)).slice(prefix.length);
  if (encoded === "") return null;
  let name: string;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    return UNSAFE;
  }
  if (name.includes("\0") || name.includes("\\") || name.startsWith("/") || isAbsolute(name)) return UNSAFE;
  for (const part of name.split("/")) {
    if (part === "" || part === "." || part === "..") return UNSAFE;
  }
  return name;
}

function sendNotModified(res: ServerResponse, etag: string): true {
  res.statusCode = 304;
  res.setHeader("ETag", etag);
  res.setHeader("Cache-Control", "no-cache");
  res.end();
  return true;
}

function sendNotFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Content-Length", NOT_FOUND.length);
  res.end(NOT_FOUND);
}
