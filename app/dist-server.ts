/**
 * `npm start`'s server (Node): serves the built sandbox in `dist/` on 127.0.0.1 and prints the
 * URL. It answers two kinds of host:
 *
 * - the editor, `http://127.0.0.1:<port>/`: the sandbox page from `dist/editor/`, with its
 *   Content-Security-Policy;
 * - a project's preview origin, `http://<id>.localhost:<port>/`: only the files under
 *   `/__onefile/` from `dist/preview/` (the host page, its scripts, the service worker), and for
 *   every other path a page saying the preview is not running (a running preview's service
 *   worker answers those paths itself). Never the editor, never a source.
 *
 * Usage: `tsx app/dist-server.ts [--port N]` (or PORT=N). Port 0 picks a free one. The same
 * environment variables as the build (README, "Deploying the sandbox") set the origins.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { decodedPath, sendFile } from "./build/static-files.ts";
import { parseTutorialPath } from "./tutorial/catalog.ts";

export { fileInside } from "./build/static-files.ts";

/** Where the origins are, when not the defaults (the build's environment variables). */
export interface SandboxOrigins {
  /** `ONEFILE_PREVIEW_ORIGIN`: e.g. `https://{id}.preview.example.com`; default `<id>.localhost`. */
  previewPattern?: string;
  /** `ONEFILE_EDITOR_ORIGINS`: the editors that may frame a preview's host page; default loopback on this port. */
  editorOrigins?: string;
  /** `ONEFILE_EMBED_ORIGINS`: the pages that may frame the editor; default any. */
  embedOrigins?: string;
}

const NOT_RUNNING = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>This preview is not running</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2em;color:#222;background:#fff}h1{font-size:1.3em}
@media (prefers-color-scheme: dark){body{color:#ddd;background:#1e1e1e}}</style>
<h1>This preview is not running</h1>
<p>A onefile preview runs inside the sandbox tab that shows it. Open the sandbox, or the project's share link, to run it again.</p>`;

/**
 * Starts the sandbox's server for the build in `root` (with `editor/` and `preview/` inside)
 * and resolves with it once listening.
 *
 * @example
 * const server = await serveDist("dist", 5173);
 * console.log(server.address());
 */
export async function serveDist(root: string, port: number, host = "127.0.0.1", origins: SandboxOrigins = {}): Promise<Server> {
  const editorRoot = join(resolve(root), "editor");
  const previewRoot = join(resolve(root), "preview");
  const isPreview = previewHostMatcher(origins.previewPattern ?? "");
  const server = createServer((req, res) => {
    const pathname = decodedPath(req, res);
    if (pathname === undefined) return;
    const answer = isPreview(req.headers.host ?? "")
      ? servePreview(req, res, previewRoot, pathname, origins)
      : serveEditor(req, res, editorRoot, pathname, origins);
    answer.catch(() => {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Server error\n");
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok());
  });
  return server;
}

async function serveEditor(req: IncomingMessage, res: ServerResponse, root: string, pathname: string, origins: SandboxOrigins): Promise<void> {
  // The sandbox page answers "/" and every tutorial step's address (app/tutorial/catalog.ts).
  const page = pathname === "/" || pathname === "/index.html" || parseTutorialPath(pathname) !== null;
  const headers: Record<string, string> = { "Referrer-Policy": "strict-origin-when-cross-origin" };
  if (page) {
    // The policy the page carries in a <meta> (static hosts cannot send headers), plus what
    // only a header can say: who may frame the editor, and no opener for other sites' windows.
    const html = await readFile(join(root, "index.html"), "utf8").catch(() => "");
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    const ancestors = origins.embedOrigins?.trim() ? `'self' ${origins.embedOrigins.trim()}` : "*";
    if (policy) headers["Content-Security-Policy"] = `${policy.replace(/&#39;/g, "'")}; frame-ancestors ${ancestors}`;
    headers["Cross-Origin-Opener-Policy"] = "same-origin";
  }
  if (pathname === "/sw.js") headers["Service-Worker-Allowed"] = "/";
  await sendFile(req, res, root, page ? "/index.html" : pathname.endsWith("/") ? `${pathname}index.html` : pathname, headers);
}

/**
 * Answers one request to a preview origin (also the development server's middleware for them).
 *
 * @example
 * await servePreview(req, res, "dist/preview", "/__onefile/host.html", {});
 */
export async function servePreview(req: IncomingMessage, res: ServerResponse, root: string, pathname: string, origins: SandboxOrigins): Promise<void> {
  const port = /:(\d+)$/.exec(req.headers.host ?? "")?.[1] ?? "";
  // (CSP has no syntax for an IPv6 address, so an editor on [::1] needs ONEFILE_EDITOR_ORIGINS.)
  const editors = origins.editorOrigins?.trim() || ["127.0.0.1", "localhost"].map((name) => `http://${name}${port ? `:${port}` : ""}`).join(" ");
  const frameAncestors = `frame-ancestors ${editors}`;
  if (!pathname.startsWith("/__onefile/")) {
    const body = Buffer.from(NOT_RUNNING);
    res.writeHead(503, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": String(body.length),
      "Cache-Control": "no-store",
      "Content-Security-Policy": `default-src 'none'; style-src 'unsafe-inline'; ${frameAncestors}`,
      "X-Content-Type-Options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  // The runner evaluates the project's code (eval) and may fetch what its views fetch, as on Node.
  const runner = /^\/__onefile\/assets\/runner-[\w-]+\.js$/.test(pathname);
  const headers: Record<string, string> = {
    "Content-Security-Policy": runner
      ? "script-src 'self' 'unsafe-eval'; object-src 'none'"
      : `default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; ${frameAncestors}`,
    "Referrer-Policy": "no-referrer",
  };
  // The worker lives under /__onefile/ but answers the whole origin.
  if (pathname === "/__onefile/sw.js") headers["Service-Worker-Allowed"] = "/";
  await sendFile(req, res, root, pathname, headers);
}

/**
 * Tells preview hosts (`k3x9q2ab04fe.localhost:5173`, or the pattern's) from the editor's.
 *
 * @example
 * previewHostMatcher("")("ab12.localhost:4173"); // true
 * previewHostMatcher("https://{id}.preview.example.com")("ab12.preview.example.com"); // true
 */
export function previewHostMatcher(pattern: string): (host: string) => boolean {
  const hostPattern = pattern ? new URL(pattern.replace("{id}", "projectid")).host.replace("projectid", "{id}") : "{id}.localhost";
  const escaped = hostPattern.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace("{id}", "[a-z0-9]{1,40}");
  const matcher = new RegExp(`^${escaped}(:\\d+)?$`, "i");
  return (host) => matcher.test(host);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf("--port");
  const port = Number(flag > 0 ? process.argv[flag + 1] : (process.env["PORT"] ?? 5173));
  const root = process.env["ONEFILE_DIST"] ? resolve(process.env["ONEFILE_DIST"]) : fileURLToPath(new URL("../dist", import.meta.url));
  const origins: SandboxOrigins = {
    previewPattern: process.env["ONEFILE_PREVIEW_ORIGIN"] ?? "",
    editorOrigins: process.env["ONEFILE_EDITOR_ORIGINS"] ?? "",
    embedOrigins: process.env["ONEFILE_EMBED_ORIGINS"] ?? "",
  };
  serveDist(root, port, "127.0.0.1", origins).then(
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
