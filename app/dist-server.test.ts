/**
 * The sandbox's static server over real sockets: it serves its own folder and nothing beside it,
 * and a malformed path is a 400 that leaves the server answering.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import { serveDist } from "./dist-server.ts";
import { get } from "../cli/testing/helpers.ts";

let folder: string;
let server: Server;
let port: number;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "onefile-dist-"));
  mkdirSync(join(folder, "dist", "assets"), { recursive: true });
  mkdirSync(join(folder, "dist-private"));
  writeFileSync(join(folder, "dist", "index.html"), "<!doctype html><title>sandbox</title>");
  writeFileSync(join(folder, "dist", "assets", "app.js"), "console.log(1)");
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

