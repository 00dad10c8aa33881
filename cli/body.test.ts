/**
 * The request body over a real socket: it is read inside the pipeline, after Host validation and
 * only for a request that reaches a view (or a middleware that asks), so a refused Host gets 400
 * whatever the body, a 413 carries the security headers, and a flood of multipart parts is refused
 * before anything parses it (Django's DATA_UPLOAD_MAX_NUMBER_FIELDS and _FILES).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { App, csrfExempt, HttpResponse, path, type Middleware } from "../core/index.ts";
import { createNodeServer, type NodeServer } from "./server.ts";
import { get, listen, raw } from "./testing/helpers.ts";

const LIMIT = 2_621_440;
let viewCalls = 0;
/** How many requests had their body read: counted where the host hands it to the pipeline. */
let bodiesRead = 0;
let bodyMiddlewareSaw: number | null = null;

/** A middleware that needs the body before the view, as an audit log would. */
const bodySize: Middleware = (getResponse) => async (request) => {
  if (request.pathInfo === "/audited/") {
    await request.loadBody();
    bodyMiddlewareSaw = request.body.byteLength;
  }
  return getResponse(request);
};

function buildApp(): App {
  const app = new App({ DEBUG: false, ALLOWED_HOSTS: ["localhost"], SECRET_KEY: "k" });
  app.configure({ MIDDLEWARE: [...app.settings.MIDDLEWARE, bodySize] });
  app.urlpatterns = [
    path("", () => "ok"),
    path("form/", csrfExempt((request) => {
      viewCalls++;
      return new HttpResponse(`fields ${[...request.POST.keys()].length} files ${request.FILES.size}`);
    })),
    path("audited/", csrfExempt((request) => `view saw ${request.body.byteLength}`)),
  ];
  const handle = app.handle.bind(app);
  app.handle = (incoming) => {
    const readBody = incoming.readBody.bind(incoming);
    return handle(Object.assign(incoming, { readBody: (limit: number) => (bodiesRead++, readBody(limit)) }));
  };
  return app;
}

/** A multipart body of `fields` text parts and `files` file parts. */
function multipart(fields: number, files = 0): { body: Buffer; type: string } {
  const boundary = "XyZ";
  const parts: string[] = [];
  for (let i = 0; i < fields; i++) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\n${i}\r\n`);
  for (let i = 0; i < files; i++) {
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="up"; filename="f${i}.txt"\r\nContent-Type: text/plain\r\n\r\nx\r\n`);
  }
  parts.push(`--${boundary}--\r\n`);
  return { body: Buffer.from(parts.join("")), type: `multipart/form-data; boundary=${boundary}` };
}

describe("the request body, read inside the pipeline", () => {
  let node: NodeServer;
  let port: number;
  beforeAll(async () => {
    node = createNodeServer(buildApp(), { keepAliveTimeout: 60 });
    port = await listen(node.server);
  });
  afterAll(() => node.close(0.1));

  const post = (target: string, body: Buffer | string, type: string, headers: Record<string, string> = {}) =>
    get(port, target, { method: "POST", body, headers: { "content-type": type, ...headers } });

  it("never reads the body of a request to a URL without a view: 38,000 parts get a plain 404", async () => {
    const flood = multipart(38_000);
    expect(flood.body.byteLength).toBeLessThan(LIMIT);
    const [views, reads] = [viewCalls, bodiesRead];
    const response = await post("/nowhere/", flood.body, flood.type);
    expect(response.status).toBe(404);
    expect([viewCalls, bodiesRead]).toEqual([views, reads]);
    expect((await get(port, "/")).body).toBe("ok");
  });

  it("refuses more than DATA_UPLOAD_MAX_NUMBER_FIELDS fields with 400 before parsing, and never calls the view", async () => {
    const before = viewCalls;
    const flood = multipart(38_000);
    const refused = await post("/form/", flood.body, flood.type);
    expect(refused.status).toBe(400);
    expect(refused.headers["x-content-type-options"]).toBe("nosniff");
    const urlencoded = await post("/form/", Array.from({ length: 1001 }, (_, i) => `k${i}=v`).join("&"), "application/x-www-form-urlencoded");
    expect(urlencoded.status).toBe(400);
    expect(viewCalls).toBe(before);
    // At the limit, the form is parsed and the view runs.
    const fine = multipart(1000);
    expect((await post("/form/", fine.body, fine.type)).body).toBe("fields 1000 files 0");
    expect((await post("/form/", Array.from({ length: 1000 }, (_, i) => `k${i}=v`).join("&"), "application/x-www-form-urlencoded")).body).toBe("fields 1000 files 0");
  });

  it("refuses more than DATA_UPLOAD_MAX_NUMBER_FILES files with 400", async () => {
    const many = multipart(1, 101);
    expect((await post("/form/", many.body, many.type)).status).toBe(400);
    const hundred = multipart(1, 100);
    expect((await post("/form/", hundred.body, hundred.type)).body).toBe("fields 1 files 1");
  });

  it("answers a body over DATA_UPLOAD_MAX_MEMORY_SIZE with 413 and the security headers", async () => {
    const reply = await raw(
      port,
      `POST /form/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\nContent-Length: ${LIMIT + 1}\r\n\r\nabc`,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i);
    expect(reply).toMatch(/\r\nReferrer-Policy: same-origin\r\n/i);
    expect(reply).toMatch(/\r\nConnection: close\r\n/i);
  });

  it("answers a refused Host with 400, not 413, whatever the body", async () => {
    const big = `POST /form/ HTTP/1.1\r\nHost: evil.example\r\nContent-Type: application/octet-stream\r\nContent-Length: ${LIMIT + 1}\r\n`;
    const reads = bodiesRead;
    // The server keeps the connection to drain the body; this client never sends it, so stop listening soon.
    expect(await raw(port, `${big}\r\nabc`, 500)).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodiesRead).toBe(reads);
    // Also when the client waits for "100 Continue" before sending the body.
    const expecting = await raw(port, `${big}Expect: 100-continue\r\n\r\n`);
    expect(expecting).toMatch(/^HTTP\/1\.1 400 /);
    expect(expecting).not.toContain("100 Continue");
    const tooBig = await raw(port, `POST /form/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${LIMIT + 1}\r\nExpect: 100-continue\r\n\r\n`);
    expect(tooBig).toMatch(/^HTTP\/1\.1 413 /);
    expect(tooBig).not.toContain("100 Continue");
  });

  it("reads the body for a middleware that asks first, once", async () => {
    const response = await post("/audited/", "twelve bytes", "text/plain");
    expect(response.body).toBe("view saw 12");
    expect(bodyMiddlewareSaw).toBe(12);
  });
});
