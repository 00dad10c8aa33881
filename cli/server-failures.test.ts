/**
 * Failure modes of the Node host over real sockets: each bad input gets one clear 4xx/5xx, and
 * the server answers the next request. (The cluster's own failure modes, a blocked event loop
 * and a slow upload under `serve`, are in cluster.test.ts.)
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { App } from "../core/app.ts";
import { csrfExempt } from "../core/csrf/exempt.ts";
import type { HttpRequest } from "../core/http/request.ts";
import { HttpResponse, HttpResponseRedirect } from "../core/http/response.ts";
import { path } from "../core/urls/index.ts";
import { createNodeServer, type NodeServer } from "./server.ts";
import { get, listen, raw } from "./testing/helpers.ts";

function buildApp(): App {
  // A custom MIDDLEWARE without CommonMiddleware: the Host is still checked.
  const app = new App({ DEBUG: false, ALLOWED_HOSTS: ["localhost", "127.0.0.1"], MIDDLEWARE: [] });
  app.logError = () => {};
  app.urlpatterns = [
    path("", () => "ok"),
    path("to/<str:scheme>/", (_request: HttpRequest, { scheme }: { scheme: string }) => new HttpResponseRedirect(`${scheme}:alert(1)`)),
    path("japan/", () => new HttpResponseRedirect("/日本/")),
    path("reset/", (request: HttpRequest) => `link: ${request.buildAbsoluteUri("/reset/token/")}`),
    path("download/", () => new HttpResponse("data", { headers: { "Content-Disposition": 'attachment; filename="报告.txt"' } })),
    path("control/", () => new HttpResponse("data", { headers: { "X-Note": "one\u0007two" } })),
    path("upload/", csrfExempt((request) => `got ${request.body.length}`)),
  ];
  return app;
}

/** Sends `head` and `body`, then keeps the connection open; resolves with all the server sent. */
function sendAndWait(port: number, head: string, body: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("error", () => {});
    socket.on("close", () => resolve(data));
    socket.write(head + body);
    setTimeout(() => socket.destroy(), 20_000).unref();
  });
}

describe("Node host failure modes", () => {
  let node: NodeServer;
  let port: number;
  let errors: string[];
  const realError = console.error;

  beforeAll(async () => {
    errors = [];
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(" "));
    node = createNodeServer(buildApp(), { viewTimeout: 0.3, requestTimeout: 1, headersTimeout: 1 });
    port = await listen(node.server);
  });
  afterAll(async () => {
    console.error = realError;
    await node.close(0.1);
  });

  const expectHealthy = async () => {
    const response = await get(port, "/");
    expect(response.status).toBe(200);
    expect(response.body).toBe("ok");
  };

  it("answers a header value outside Latin-1 with a 500 that says why in the log", async () => {
    const response = await get(port, "/download/");
    expect(response.status).toBe(500);
    expect(response.body).toBe("500 Internal Server Error\n");
    expect(errors.join("\n")).toMatch(/header HTTP cannot carry .*Content-Disposition.*filename\*=UTF-8/);
    await expectHealthy();
  });

  it("IRI-encodes a redirect to /日本/ instead of failing on the header", async () => {
    const response = await get(port, "/japan/");
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe("/%E6%97%A5%E6%9C%AC/");
    await expectHealthy();
  });

  it.each(["javascript", "data", "file", "mailto", "vbscript"])("refuses a redirect to a %s: URL with 400", async (scheme) => {
    const response = await get(port, `/to/${scheme}/`);
    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
    await expectHealthy();
  });

  it("checks the Host without CommonMiddleware, so a forged Host never reaches a link", async () => {
    const forged = await get(port, "/reset/", { headers: { host: "evil.example" } });
    expect(forged.status).toBe(400);
    expect(forged.body).not.toContain("evil.example/reset");
    expect((await get(port, "/reset/")).body).toBe("link: http://localhost/reset/token/");
    await expectHealthy();
  });

  it("answers two Host headers with 400, even when the first is allowed", async () => {
    const reply = await raw(port, "GET /reset/ HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply).not.toContain("evil.example/reset");
    await expectHealthy();
  });

  it("builds absolute URIs for a Host with a port past 65535 without a 500", async () => {
    const response = await get(port, "/reset/", { headers: { host: "127.0.0.1:99999999" } });
    expect(response.status).toBe(200);
    expect(response.body).toBe("link: http://127.0.0.1:99999999/reset/token/");
    await expectHealthy();
  });

  it("answers a multipart body with more parts than DATA_UPLOAD_MAX_NUMBER_FIELDS with 400", async () => {
    const boundary = "flood";
    const part = `--${boundary}\r\nContent-Disposition: form-data; name="f"\r\n\r\nx\r\n`;
    const body = part.repeat(5000) + `--${boundary}--\r\n`;
    const response = await get(port, "/upload/", { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, body });
    expect(response.status).toBe(400);
    await expectHealthy();
  });

  it("answers a header value with a control character with a 500", async () => {
    const response = await get(port, "/control/");
    expect(response.status).toBe(500);
    await expectHealthy();
  });

  it("answers an upload the client never finishes with one 408, never a 503 first", async () => {
    // Half of the announced body, then silence: Node's request timeout (1 s) answers, and the
    // view's limit (0.3 s) does not run while the app waits for the body.
    const reply = await sendAndWait(port, "POST /upload/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 20000\r\n\r\n", "x".repeat(10_000));
    expect(reply).toMatch(/^HTTP\/1\.1 408 /);
    expect(reply.match(/HTTP\/1\.1 \d{3}/g)).toHaveLength(1);
    await expectHealthy();
  });
});
