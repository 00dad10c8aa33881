/**
 * The sandbox's static server over real sockets: it serves its own folder and nothing beside it,
 * a malformed path is a 400 that leaves the server answering, and a preview origin gets only
 * its own few files, never the editor's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import { previewHostMatcher, serveDist } from "./dist-server.ts";
import { get } from "../cli/testing/helpers.ts";

let folder: string;
let server: Server;
let port: number;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "onefile-dist-"));
  mkdirSync(join(folder, "dist", "editor", "assets"), { recursive: true });
  mkdirSync(join(folder, "dist", "preview", "__onefile", "assets"), { recursive: true });
  mkdirSync(join(folder, "dist-private"));
  writeFileSync(
    join(folder, "dist", "editor", "index.html"),
    `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;"><title>sandbox</title>`,
  );
  writeFileSync(join(folder, "dist", "editor", "assets", "app.js"), "console.log(1)");
  writeFileSync(join(folder, "dist", "editor", "sw.js"), "// the editor's worker");
  writeFileSync(join(folder, "dist", "preview", "__onefile", "host.html"), "<!doctype html><title>host</title>");
  writeFileSync(join(folder, "dist", "preview", "__onefile", "sw.js"), "// the preview's worker");
  writeFileSync(join(folder, "dist", "preview", "__onefile", "assets", "runner-abc123.js"), "// the runner");
  writeFileSync(join(folder, "dist-private", "secret.txt"), "the secret");
  writeFileSync(join(folder, "secret.txt"), "the parent's secret");
  server = await serveDist(join(folder, "dist"), 0);
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(folder, { recursive: true, force: true });
});

describe("dist-server: only the folder it serves", () => {
  it("serves the page and its assets", async () => {
    expect((await get(port, "/")).body).toContain("<title>sandbox</title>");
    const asset = await get(port, "/assets/app.js");
    expect(asset.status).toBe(200);
    expect(asset.headers["cache-control"]).toContain("immutable");
  });

  it("sends the page's policy as a header, with who may frame it, and no opener for other sites", async () => {
    const page = await get(port, "/");
    expect(page.headers["content-security-policy"]).toBe("default-src 'self'; frame-ancestors *");
    expect(page.headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("does not serve a preview's files on the editor's host", async () => {
    expect((await get(port, "/__onefile/host.html")).status).toBe(404);
  });

  it.each([
    "/..%2fdist-private/secret.txt",
    "/..%2Fdist-private%2Fsecret.txt",
    "/assets/..%2f..%2fdist-private/secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e%2fsecret.txt",
    "/..%5csecret.txt",
    "/secret.txt%00.html",
  ])("refuses %s with a 404 and keeps answering", async (path) => {
    const reply = await get(port, path);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain("secret");
    expect((await get(port, "/")).status).toBe(200);
  });

  it("answers a malformed escape with a 400, not a 500, and keeps answering", async () => {
    const reply = await get(port, "/%E0%A4%A");
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/percent-encoded/);
    expect((await get(port, "/assets/app.js")).status).toBe(200);
  });
});


describe("dist-server: a preview origin", () => {
  const preview = (path: string) => get(port, path, { headers: { host: `k3x9q2ab04fe.localhost:${port}` } });

  it("serves the host page, framed only by the editor, and the worker with its scope", async () => {
    const host = await preview("/__onefile/host.html");
    expect(host.status).toBe(200);
    expect(host.body).toContain("<title>host</title>");
    expect(host.headers["content-security-policy"]).toContain(`frame-ancestors http://127.0.0.1:${port} http://localhost:${port}`);
    const worker = await preview("/__onefile/sw.js");
    expect(worker.headers["service-worker-allowed"]).toBe("/");
    // The runner evaluates the project's code.
    expect((await preview("/__onefile/assets/runner-abc123.js")).headers["content-security-policy"]).toContain("'unsafe-eval'");
  });

  it.each(["/", "/index.html", "/assets/app.js", "/sw.js", "/about/"])("never serves the editor's %s; says the preview is not running", async (path) => {
    const reply = await preview(path);
    expect(reply.status).toBe(503);
    expect(reply.body).toContain("This preview is not running");
    expect(reply.body).not.toContain("<title>sandbox</title>");
  });

  it.each(["/__onefile/..%2f..%2feditor/index.html", "/__onefile/%2e%2e/%2e%2e/editor/sw.js", "/__onefile/..%2f..%2f..%2fdist-private/secret.txt", "/__onefile/nothing.js"])(
    "refuses %s",
    async (path) => {
      const reply = await preview(path);
      expect([404, 503]).toContain(reply.status);
      for (const leak of ["<title>sandbox</title>", "the editor's worker", "the secret"]) expect(reply.body).not.toContain(leak);
    },
  );

  it("tells preview hosts from others, by the default and by a deployment's pattern", () => {
    expect(previewHostMatcher("")("ab12.localhost:4173")).toBe(true);
    expect(previewHostMatcher("")("127.0.0.1:4173")).toBe(false);
    expect(previewHostMatcher("")("evil.ab12.localhost")).toBe(false);
    const deployed = previewHostMatcher("https://{id}.preview.example.com");
    expect(deployed("ab12.preview.example.com")).toBe(true);
    expect(deployed("ab12.previewxexample.com")).toBe(false);
    expect(deployed("example.com")).toBe(false);
  });
});
