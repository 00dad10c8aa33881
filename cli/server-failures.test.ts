/**
 * Failure modes of the Node host over real sockets: each bad input gets one clear 4xx/5xx, and
 * the server answers the next request. (The cluster's own failure modes, a blocked event loop
 * and a slow upload under `serve`, are in cluster.test.ts.)
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { App } from "../core/app.ts";
import { csrfExempt } from "../core/csrf/exempt.ts";
import { HttpResponse } from "../core/http/response.ts";
import { path } from "../core/urls/index.ts";
import { createNodeServer, type NodeServer } from "./server.ts";
import { get, listen } from "./testing/helpers.ts";

function buildApp(): App {
  const app = new App({ DEBUG: false, ALLOWED_HOSTS: ["localhost"] });
  app.urlpatterns = [
    path("", () => "ok"),
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
