import { describe, expect, it } from "vitest";
import { App, Client, HttpRequest, JsonResponse, path } from "../index.ts";

/** An app whose one view echoes what it parsed from the request. */
function echoApp(settings = {}) {
  // No middleware: these tests are about parsing, and the CSRF check would refuse bare POSTs.
  const app = new App({ DEBUG: true, MIDDLEWARE: [], ...settings });
  let seen: HttpRequest | undefined;
  app.urlpatterns = [
    path("echo/<path:rest>", (request: HttpRequest) => {
      seen = request;
      const files: Record<string, { name: string; size: number; type: string }> = {};
      for (const [key, file] of request.FILES) files[key] = { name: file.name, size: file.size, type: file.type };
      return new JsonResponse({
        method: request.method,
        path: request.path,
        pathInfo: request.pathInfo,
        GET: [...request.GET],
        POST: [...request.POST],
        COOKIES: request.COOKIES,
        files,
        bodyLength: request.body.byteLength,
      });
    }),
  ];
  return { app, last: () => seen! };
}

describe("HttpRequest", () => {
  it("parses GET with repeated keys, and cookies", async () => {
    const { app } = echoApp();
    const response = await app.fetch(
      new Request("http://localhost/echo/x?tag=a&tag=b&q=%C3%A9", { headers: { Cookie: "a=1; b=hello%20world; bad=%E0%A4%A" } }),
    );
    const data = await response.json();
    expect(data.GET).toEqual([["tag", "a"], ["tag", "b"], ["q", "é"]]);
    expect(data.COOKIES).toEqual({ a: "1", b: "hello world", bad: "%E0%A4%A" });
  });

  it("gives the QueryDict URLSearchParams' API", async () => {
    const { app, last } = echoApp();
    await app.fetch(new Request("http://localhost/echo/x?tag=a&tag=b&page=2"));
    const GET = last().GET;
    expect(GET.get("page")).toBe("2");
    expect(GET.getAll("tag")).toEqual(["a", "b"]);
    expect(GET.has("nope")).toBe(false);
    expect([...GET.keys()]).toEqual(["tag", "tag", "page"]);
    expect(GET.toObject()).toEqual({ tag: "a", page: "2" });
  });

  it("parses urlencoded POST bodies", async () => {
    const { app } = echoApp();
    const response = await app.fetch(
      new Request("http://localhost/echo/x", {
        method: "POST",
        body: "name=Ada+Lovelace&lang=en&lang=fr",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
    );
    expect((await response.json()).POST).toEqual([["name", "Ada Lovelace"], ["lang", "en"], ["lang", "fr"]]);
  });

  it("parses multipart bodies into POST and FILES", async () => {
    const { app } = echoApp();
    const form = new FormData();
    form.append("title", "report");
    form.append("upload", new File(["hello"], "hello.txt", { type: "text/plain" }));
    const data = await (await app.fetch(new Request("http://localhost/echo/x", { method: "POST", body: form }))).json();
    expect(data.POST).toEqual([["title", "report"]]);
    expect(data.files).toEqual({ upload: { name: "hello.txt", size: 5, type: "text/plain" } });
  });

  it("answers malformed multipart with 400, and the app keeps serving", async () => {
    const { app } = echoApp();
    const bad = await app.fetch(
      new Request("http://localhost/echo/x", {
        method: "POST",
        body: "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated",
        headers: { "Content-Type": "multipart/form-data; boundary=xyz" },
      }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/Malformed multipart body/);
    const noBoundary = await app.fetch(
      new Request("http://localhost/echo/x", { method: "POST", body: "x", headers: { "Content-Type": "multipart/form-data" } }),
    );
    expect(noBoundary.status).toBe(400);
    expect((await app.fetch(new Request("http://localhost/echo/ok"))).status).toBe(200);
  });

  it("answers 413 past DATA_UPLOAD_MAX_MEMORY_SIZE, by Content-Length or by counting a stream", async () => {
    const { app } = echoApp({ DATA_UPLOAD_MAX_MEMORY_SIZE: 10 });
    const declared = await app.fetch(new Request("http://localhost/echo/x", { method: "POST", body: "x".repeat(11) }));
    expect(declared.status).toBe(413);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(4));
      },
    });
    const streamed = await app.fetch(
      new Request("http://localhost/echo/x", { method: "POST", body: endless, duplex: "half" } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(10); // it stopped reading soon after the limit, not at the end
    const fits = await app.fetch(new Request("http://localhost/echo/x", { method: "POST", body: "x".repeat(10) }));
    expect((await fits.json()).bodyLength).toBe(10);
  });

  it("reads JSON bodies, and a bad one is a 400", async () => {
    const app = new App({ DEBUG: false, ALLOWED_HOSTS: ["localhost"], MIDDLEWARE: [] });
    app.urlpatterns = [path("j/", (request: HttpRequest) => new JsonResponse({ got: request.json() }))];
    const ok = await app.fetch(new Request("http://localhost/j/", { method: "POST", body: '{"a":1}' }));
    expect(await ok.json()).toEqual({ got: { a: 1 } });
    const bad = await app.fetch(new Request("http://localhost/j/", { method: "POST", body: "{nope" }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toContain("nope");
  });

  it("decodes the path as UTF-8, keeping what is not UTF-8 (or not an escape) percent-encoded, as Django", async () => {
    const { app } = echoApp();
    expect((await (await app.fetch(new Request("http://localhost/echo/caf%C3%A9"))).json()).pathInfo).toBe("/echo/café");
    const broken = await app.fetch(new Request("http://localhost/echo/%E0%A4%A"));
    expect(broken.status).toBe(200);
    expect((await broken.json()).pathInfo).toBe("/echo/%E0%A4%A");
  });

  it("splits SCRIPT_NAME from pathInfo", async () => {
    const { app } = echoApp({ SCRIPT_NAME: "/preview/abc" });
    const data = await (await app.fetch(new Request("http://localhost/preview/abc/echo/x?y=1"))).json();
    expect(data.path).toBe("/preview/abc/echo/x");
    expect(data.pathInfo).toBe("/echo/x");
  });

  it("builds absolute URIs and exposes host, scheme and headers", async () => {
    const { app, last } = echoApp();
    await app.fetch(new Request("https://localhost:8443/echo/x?q=1", { headers: { "X-Thing": "yes" } }));
    const request = last();
    expect(request.scheme).toBe("https");
    expect(request.isSecure()).toBe(true);
    expect(request.getHost()).toBe("localhost:8443");
    expect(request.buildAbsoluteUri()).toBe("https://localhost:8443/echo/x?q=1");
    expect(request.buildAbsoluteUri("/about/")).toBe("https://localhost:8443/about/");
    expect(request.headers.get("x-thing")).toBe("yes");
    expect(request.header("X-Thing")).toBe("yes");
    expect(request.resolverMatch?.route).toBe("echo/<path:rest>");
  });

  it("works through the test client too", async () => {
    const { app } = echoApp();
    const response = await new Client(app).post("/echo/x", { a: "1", b: ["2", "3"] });
    expect(response.json().POST).toEqual([["a", "1"], ["b", "2"], ["b", "3"]]);
  });
});
