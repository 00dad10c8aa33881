/**
 * Static files under `STATIC_URL`: the `STATIC` map of the user's file first, then each `--static`
 * folder. GET and HEAD only, with Content-Type, ETag and 304 on `If-None-Match`, and no way out of
 * the folder: `..`, encoded `%2e%2e`, backslashes, NUL bytes and absolute names are refused.
 */
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isAbsolute, join, resolve, sep } from "node:path";
import { pipeline } from "node:stream";
import type { App } from "../core/app.ts";
import { contentTypeFor } from "./mime.ts";

/** Options of `new StaticFiles`. */
export interface StaticOptions {
  /** URL prefix, ending in "/" (SCRIPT_NAME + STATIC_URL). */
  prefix: string;
  /** Name → content, from the `STATIC` setting. */
  files?: Record<string, string | Uint8Array>;
  /** Folders to serve from, in order. */
  dirs?: string[];
}

interface MemoryFile {
  bytes: Uint8Array;
  etag: string;
  type: string;
}

const encoder = new TextEncoder();
const NOT_FOUND = "404 Not Found\n";
/** Returned by `safeName` for a name that tries to leave the static folder. */
const UNSAFE = Symbol("unsafe");

/**
 * Serves static files for a Node server.
 *
 * @example
 * ```ts
 * const statics = new StaticFiles({ prefix: "/static/", files: { "site.css": "body{}" }, dirs: ["public"] });
 * http.createServer(async (req, res) => {
 *   if (statics.matches(req.url!) && (await statics.serve(req, res))) return;
 *   // …the app answers everything else
 * });
 * ```
 */
export class StaticFiles {
  readonly prefix: string;
  readonly dirs: string[];
  readonly #files = new Map<string, MemoryFile>();

  constructor(options: StaticOptions) {
    this.prefix = options.prefix;
    this.dirs = (options.dirs ?? []).map((dir) => resolve(dir));
    for (const [name, content] of Object.entries(options.files ?? {})) {
      const bytes = typeof content === "string" ? encoder.encode(content) : content;
      const etag = `"${createHash("sha1").update(bytes).digest("base64url")}"`;
      this.#files.set(name.replace(/^\/+/, ""), { bytes, etag, type: contentTypeFor(name) });
    }
  }

  /**
   * The static files of an app (its `STATIC` map under `SCRIPT_NAME + STATIC_URL`) plus extra
   * folders; `null` when there is nothing to serve or `STATIC_URL` is on another host.
   *
   * @example
   * ```ts
   * const statics = StaticFiles.forApp(app, ["./public"]);
   * ```
   */
  static forApp(app: App, dirs: string[] = []): StaticFiles | null {
    const { STATIC, STATIC_URL, SCRIPT_NAME } = app.settings;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(STATIC_URL) || STATIC_URL.startsWith("//")) return null;
    if (Object.keys(STATIC).length === 0 && dirs.length === 0) return null;
    const url = STATIC_URL.startsWith("/") ? STATIC_URL : "/" + STATIC_URL;
    const prefix = SCRIPT_NAME !== "" && url.startsWith(SCRIPT_NAME + "/") ? url : SCRIPT_NAME + url;
    return new StaticFiles({ prefix, files: STATIC, dirs });
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
    const memory = this.#files.get(name);
    if (memory) {
      if (notModified(req, memory.etag)) return sendNotModified(res, memory.etag);
      res.setHeader("Content-Type", memory.type);
      res.setHeader("Content-Length", memory.bytes.byteLength);
      res.setHeader("ETag", memory.etag);
      res.setHeader("Cache-Control", "no-cache");
      res.end(req.method === "HEAD" ? undefined : memory.bytes);
      return true;
    }
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
    if (notModified(req, etag)) {
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

/** True when the client's `If-None-Match` names this ETag (weak comparison, as for GET). */
function notModified(req: IncomingMessage, etag: string): boolean {
  const header = req.headers["if-none-match"];
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
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
