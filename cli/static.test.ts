import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentTypeFor } from "../core/static/mime.ts";
import { safeName, StaticFiles } from "./static.ts";
import { closeServer, get, listen } from "./testing/helpers.ts";

describe("StaticFiles over HTTP", () => {
  let server: Server;
  let port: number;
  const root = mkdtempSync(join(tmpdir(), "onefile-static-"));
  const dir = join(root, "public");

  beforeAll(async () => {
    mkdirSync(join(dir, "img"), { recursive: true });
    writeFileSync(join(dir, "img", "dot.svg"), "<svg/>");
    writeFileSync(join(dir, "app.js"), "console.log(1)");
    writeFileSync(join(dir, "site.css"), "body{color:blue}");
    writeFileSync(join(root, "secret.txt"), "TOP SECRET");
    const statics = new StaticFiles({ prefix: "/static/", dirs: [dir], appServes: (name) => name === "site.css" });
    server = createServer(async (req, res) => {
      if (statics.matches(req.url!) && (await statics.serve(req, res))) return;
      res.writeHead(418).end("app");
    });
    port = await listen(server);
  });
  afterAll(() => closeServer(server));

  it("leaves the names of the app's STATIC files to the app, which wins over a folder", async () => {
    const css = await get(port, "/static/site.css");
    expect(css.status).toBe(418);
    expect(css.body).toBe("app");
  });

  it("serves files from --static folders, with 304 on a matching ETag", async () => {
    const svg = await get(port, "/static/img/dot.svg");
    expect(svg.status).toBe(200);
    expect(svg.headers["content-type"]).toBe("image/svg+xml");
    expect(svg.body).toBe("<svg/>");
    expect(svg.headers["last-modified"]).toBeTruthy();
    const cached = await get(port, "/static/img/dot.svg", { headers: { "if-none-match": `"x", ${svg.headers.etag}` } });
    expect(cached.status).toBe(304);
    const head = await get(port, "/static/app.js", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe("14");
    expect(head.body).toBe("");
  });

  it("passes unknown files, folders and other methods to the app", async () => {
    expect((await get(port, "/static/missing.css")).status).toBe(418);
    expect((await get(port, "/static/img")).status).toBe(418);
    expect((await get(port, "/static/")).status).toBe(418);
    expect((await get(port, "/static/site.css", { method: "POST" })).status).toBe(418);
    expect((await get(port, "/other/site.css")).status).toBe(418);
  });

  it.each([
    "/static/../secret.txt",
    "/static/img/../../secret.txt",
    "/static/%2e%2e/secret.txt",
    "/static/%2E%2E%2Fsecret.txt",
    "/static/..%2fsecret.txt",
    "/static/..%5csecret.txt",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    "/static/img%00.svg",
    "/static/%zz",
  ])("refuses to leave the folder: %s", async (path) => {
    const response = await get(port, path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain("SECRET");
    expect(response.body).not.toContain("root:");
  });
});

describe("safeName", () => {
  it("decodes the name below the prefix and drops the query", () => {
    expect(safeName("/static/css/a%20b.css?v=1", "/static/")).toBe("css/a b.css");
    expect(safeName("/static/", "/static/")).toBeNull();
    expect(typeof safeName("/static/a/./b", "/static/")).toBe("symbol");
  });
});

describe("contentTypeFor", () => {
  it("knows common web types and falls back to octet-stream", () => {
    expect(contentTypeFor("a.JS")).toBe("text/javascript; charset=utf-8");
    expect(contentTypeFor("a.woff2")).toBe("font/woff2");
    expect(contentTypeFor("README")).toBe("application/octet-stream");
    expect(contentTypeFor("dir.v2/file")).toBe("application/octet-stream");
  });
});
