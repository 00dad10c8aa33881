/**
 * `npm start`'s server (Node): serves the built sandbox in `dist/` on 127.0.0.1 and prints
 * the URL. Static files only; the sandbox's previews are answered by its service worker.
 *
 * Usage: `tsx app/dist-server.ts [--port N]` (or PORT=N). Port 0 picks a free one.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, isAbsolute, relative, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

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
 * Starts the static server for `root` and resolves with it once listening.
 *
 * @example
 * const server = await serveDist("dist", 5173);
 * console.log(server.address());
 */
export async function serveDist(root: string, port: number, host = "127.0.0.1"): Promise<Server> {
  const base = resolve(root);
  const gzipped = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        // A malformed escape such as `%E0%A4%A` is the client's mistake, not the server's.
        res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("Bad request: the path is not valid percent-encoded UTF-8\n");
        return;
      }
      if (pathname.endsWith("/")) pathname += "index.html";
      const file = fileInside(base, pathname);
      if (!file) throw Object.assign(new Error("outside"), { code: "ENOENT" });
      const info = await stat(file);
      if (!info.isFile()) throw Object.assign(new Error("not a file"), { code: "ENOENT" });
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      const hashed = pathname.startsWith("/assets/");
      const headers: Record<string, string> = {
        "Content-Type": type,
        // Hashed assets never change; the page and the worker script must always be checked.
        "Cache-Control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
      };
      if (pathname === "/sw.js") headers["Service-Worker-Allowed"] = "/";
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
        headers["Content-Encoding"] = "gzip";
        headers["Vary"] = "Accept-Encoding";
      }
      headers["Content-Length"] = String(body.length);
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (error) {
      const missing = (error as { code?: string }).code === "ENOENT" || (error as { code?: string }).code === "ENOTDIR";
      res.writeHead(missing ? 404 : 500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(missing ? "Not found\n" : "Server error\n");
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok());
  });
  return server;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf("--port");
  const port = Number(flag > 0 ? process.argv[flag + 1] : (process.env["PORT"] ?? 5173));
  const root = fileURLToPath(new URL("../dist", import.meta.url));
  serveDist(root, port).then(
    (server) => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      console.log(`onefile sandbox: http://127.0.0.1:${actual}/`);
    },
    (error: unknown) => {
      console.error(`Cannot serve the sandbox on port ${port}: ${String(error)}`);
      process.exit(1);
    },
  );
}
