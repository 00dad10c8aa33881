/**
 * Node side of the sandbox's static server (app/dist-server.ts): finding a file inside one
 * folder and nowhere else, and sending it with the right type, caching and compression.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, isAbsolute, relative, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * The file that `pathname` names inside `base`, or undefined when it names anything else.
 *
 * Comparing with `startsWith(base)` is not enough: `/..%2fdist-private/x` resolves to a sibling
 * folder whose name begins with the base's name (`dist-private` starts with `dist`). Asking for the
 * path relative to the base and refusing any `..` segment or other drive keeps to the folder itself.
 *
 * @example
 * fileInside("/srv/dist", "/../dist-private/secret.txt"); // undefined
 * fileInside("/srv/dist", "/assets/app.js"); // "/srv/dist/assets/app.js"
 */
export function fileInside(base: string, pathname: string): string | undefined {
  if (pathname.includes("\0")) return undefined;
  const file = resolve(base, `.${sep}${pathname}`);
  const inside = relative(base, file);
  if (inside === "" || isAbsolute(inside) || inside === ".." || inside.startsWith(`..${sep}`)) return undefined;
  return file;
}

/**
 * The request's path, percent-decoded, or undefined (after answering 400) when it does not decode.
 *
 * @example
 * const path = decodedPath(req, res); if (path === undefined) return;
 */
export function decodedPath(req: IncomingMessage, res: ServerResponse): string | undefined {
  const url = new URL(req.url ?? "/", "http://localhost");
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    // A malformed escape such as `%E0%A4%A` is the client's mistake, not the server's.
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Bad request: the path is not valid percent-encoded UTF-8\n");
    return undefined;
  }
}

const gzipped = new Map<string, Buffer>();

/**
 * Sends `pathname` from `base` with `headers` added (404 when there is no such file): hashed
 * assets (under `/assets/`) are cached for good, everything else is revalidated each time.
 *
 * @example
 * await sendFile(req, res, "/srv/dist/editor", "/index.html", { "Content-Security-Policy": policy });
 */
export async function sendFile(req: IncomingMessage, res: ServerResponse, base: string, pathname: string, headers: Record<string, string> = {}): Promise<void> {
  const file = fileInside(resolve(base), pathname);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
    res.end("Not found\n");
    return;
  }
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  const all: Record<string, string> = {
    "Content-Type": type,
    // Hashed assets never change; pages and worker scripts must always be checked.
    "Cache-Control": /\/assets\//.test(pathname) ? "public, max-age=31536000, immutable" : "no-cache",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  };
  let body: Buffer = await readFile(file);
  const compressible = /^(text\/|application\/(json|javascript)|image\/svg)/.test(type);
  if (compressible && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    const key = `${file}:${info.mtimeMs}`;
    let zipped = gzipped.get(key);
    if (!zipped) {
      zipped = gzipSync(body);
      gzipped.set(key, zipped);
    }
    body = zipped;
    all["Content-Encoding"] = "gzip";
    all["Vary"] = "Accept-Encoding";
  }
  all["Content-Length"] = String(body.length);
  res.writeHead(200, all);
  res.end(req.method === "HEAD" ? undefined : body);
}
