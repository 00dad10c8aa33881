/**
 * Robustness of the Node host over real sockets: every bad input gets a clear 4xx/5xx and the
 * server answers the next request. The server is the one `onefile serve` runs in each worker.
 */
import { Agent, request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { App } from "../core/app.ts";
import { csrfExempt } from "../core/csrf/exempt.ts";
import { HttpResponse, StreamingHttpResponse } from "../core/http/response.ts";
import { path } from "../core/urls/index.ts";
import { createNodeServer, type NodeServer } from "./server.ts";
import { get, listen, raw } from "./testing/helpers.ts";

const LIMIT = 1000;
let streamCancelled = false;

function buildApp(): App {
  const app = new App({ DEBUG: false, ALLOWED_HOSTS: ["localhost"], DATA_UPLOAD_MAX_MEMORY_SIZE: LIMIT });
  app.logError = () => {}; // the throwing view is expected; keep the test output clean
  app.urlpatterns = [
    path("", () => "ok", { name: "index" }),
    path("boom/", () => {
      throw new Error("secret detail from the view");
    }),
    path("hang/", () => new Promise<never>(() => {})),
    path("size/", csrfExempt((request) => new HttpResponse(`got ${request.body.length}`))),
    path("ticks/", () => new StreamingHttpResponse(["one ", "two ", "three"], { contentType: "text/plain" })),
    path("stream/", () => {
      async function* forever() {
        try {
          for (let i = 0; ; i++) {
            yield `chunk ${i} ${"x".repeat(1000)}\n`;
            await new Promise((r) => setTimeout(r, 5));
          }
        } finally {
          streamCancelled = true;
        }
      }
      return new StreamingHttpResponse(forever(), { contentType: "text/plain" });
    }),
  ];
  return app;
}

describe("Node host robustness", () => {
  let node: NodeServer;
  let port: number;

  beforeAll(async () => {
    // A long keep-alive timeout: on a busy machine the first wave of the 1,000-connection test can
    // take seconds, and a connection the server closes as idle while the client reuses it is a
    // race of the client's, not an error of the server's.
    node = createNodeServer(buildApp(), { viewTimeout: 0.3, headersTimeout: 0.5, requestTimeout: 2, maxHeaderSize: 2048, keepAliveTimeout: 60 });
    port = await listen(node.server);
  });
  afterAll(() => node.close(0.1));

  const expectHealthy = async () => {
    const response = await get(port, "/");
    expect(response.status).toBe(200);
    expect(response.body).toBe("ok");
  };

  it("answers a malformed request line with 400", async () => {
    const reply = await raw(port, "GARBAGE / NONSENSE\r\n\r\n");
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    await expectHealthy();
  });

  it("answers malformed headers with 400", async () => {
    expect(await raw(port, "GET / HTTP/1.1\r\nHost: localhost\r\nno colon here\r\n\r\n")).toMatch(/^HTTP\/1\.1 400 /);
    expect(await raw(port, "GET / HTTP/1.1\r\nHost: localhost\r\nBad Name: x\r\n\r\n")).toMatch(/^HTTP\/1\.1 400 /);
    expect(await raw(port, "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\nhello")).toMatch(/^HTTP\/1\.1 400 /);
    await expectHealthy();
  });

  it("answers headers over the limit with 431", async () => {
    const reply = await raw(port, `GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${"a".repeat(5000)}\r\n\r\n`);
    expect(reply).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    await expectHealthy();
  });

  it("refuses an announced body over DATA_UPLOAD_MAX_MEMORY_SIZE with 413 before it arrives", async () => {
    // Announce a gigabyte, send 64 KB, and wait: the answer must come without the rest.
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.write("POST /size/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\nContent-Length: 1000000000\r\n\r\n");
        socket.write(Buffer.alloc(65536, 97));
      });
      let data = "";
      socket.on("data", (chunk) => {
        data += chunk.toString("latin1");
        if (data.includes("\r\n\r\n")) {
          socket.destroy();
          resolve(data);
        }
      });
      socket.on("error", () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply.toLowerCase()).toContain("connection: close");
    await expectHealthy();
  });

  it("refuses a chunked body that grows past the limit with 413", async () => {
    const chunk = "a".repeat(600);
    const body = `${chunk.length.toString(16)}\r\n${chunk}\r\n`.repeat(3);
    const reply = await raw(port, `POST /size/ HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n${body}`, 3000);
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
    await expectHealthy();
  });

  it("reads a body within the limit", async () => {
    const response = await get(port, "/size/", { method: "PUT", body: "x".repeat(LIMIT) });
    expect(response.body).toBe(`got ${LIMIT}`);
  });

  it("says 413 to Expect: 100-continue with a body over the limit, and 100 within it", async () => {
    const refused = await raw(port, "PUT /size/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n", 3000);
    expect(refused).toMatch(/^HTTP\/1\.1 413 /);
    const allowed = await raw(port, "PUT /size/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n0123456789", 3000);
    expect(allowed).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK/);
    expect(allowed).toMatch(/got 10$/);
  });

  it("sends no body for HEAD, with the length GET would have", async () => {
    const reply = await raw(port, "HEAD / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    expect(reply).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(reply.toLowerCase()).toContain("content-length: 2\r\n");
    expect(reply.endsWith("\r\n\r\n")).toBe(true);
  });

  it("streams a StreamingHttpResponse with chunked encoding", async () => {
    const response = await get(port, "/ticks/");
    expect(response.status).toBe(200);
    expect(response.headers["transfer-encoding"]).toBe("chunked");
    expect(response.body).toBe("one two three");
  });

  it("times out a slowloris client that never finishes its headers", async () => {
    const started = Date.now();
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      let data = "";
      socket.write("GET / HTTP/1.1\r\nHost: localhost\r\n");
      const drip = setInterval(() => socket.writable && socket.write("X-Slow: 1\r\n"), 100);
      socket.on("data", (chunk) => (data += chunk.toString("latin1")));
      socket.on("error", () => {});
      socket.on("close", () => {
        clearInterval(drip);
        resolve(data);
      });
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(reply).toMatch(/^HTTP\/1\.1 408 /);
    await expectHealthy();
  });

  it("answers an unknown Host with 400", async () => {
    const response = await get(port, "/", { headers: { host: "evil.example" } });
    expect(response.status).toBe(400);
    await expectHealthy();
  });

  it("answers a throwing view with 500 and no stack or message", async () => {
    const response = await get(port, "/boom/");
    expect(response.status).toBe(500);
    expect(response.body).not.toContain("secret detail");
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    await expectHealthy();
  });

  it("answers a never-resolving view with 503 after the limit", async () => {
    const response = await get(port, "/hang/");
    expect(response.status).toBe(503);
    await expectHealthy();
  });

  it("stops a streamed view when the client disconnects mid-response", async () => {
    streamCancelled = false;
    await new Promise<void>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => socket.write("GET /stream/ HTTP/1.1\r\nHost: localhost\r\n\r\n"));
      let received = 0;
      socket.on("data", (chunk) => {
        received += chunk.length;
        if (received > 5000) {
          socket.destroy();
          resolve();
        }
      });
    });
    for (let i = 0; i < 50 && !streamCancelled; i++) await new Promise((r) => setTimeout(r, 20));
    expect(streamCancelled).toBe(true);
    await expectHealthy();
  });

  it("serves 1,000 concurrent keep-alive connections without an error", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1000, maxFreeSockets: 1000 });
    const one = () =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest({ host: "127.0.0.1", port, path: "/", agent, headers: { host: "localhost" } }, (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode!));
        });
        req.on("error", reject);
        req.end();
      });
    try {
      // Two waves: the second reuses the 1,000 open connections.
      for (let wave = 0; wave < 2; wave++) {
        const statuses = await Promise.all(Array.from({ length: 1000 }, one));
        expect(statuses.filter((s) => s !== 200)).toEqual([]);
      }
      const open = Object.values(agent.freeSockets).reduce((n, list) => n + (list?.length ?? 0), 0);
      expect(open).toBeGreaterThan(900);
      const serverSide = await new Promise<number>((resolve) => node.server.getConnections((_, n) => resolve(n)));
      expect(serverSide).toBeGreaterThan(900);
    } finally {
      agent.destroy();
    }
    await expectHealthy();
  }, 30_000);
});

describe("graceful close", () => {
  it("lets an in-flight request finish, then closes", async () => {
    const app = new App({ DEBUG: false, ALLOWED_HOSTS: ["localhost"] });
    app.urlpatterns = [path("slow/", () => new Promise((r) => setTimeout(() => r("done"), 300)))];
    const node = createNodeServer(app);
    const port = await listen(node.server);
    const pending = get(port, "/slow/");
    await new Promise((r) => setTimeout(r, 50));
    const closed = node.close(5);
    const response = await pending;
    expect(response.status).toBe(200);
    expect(response.body).toBe("done");
    expect(response.headers.connection).toBe("close");
    await closed;
    await expect(get(port, "/slow/")).rejects.toThrow(/ECONNREFUSED/);
  });
});
