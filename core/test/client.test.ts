import { afterEach, describe, expect, it, vi } from "vitest";
import { App, Client, HttpResponse, JsonResponse, path, redirect, type HttpRequest } from "../index.ts";

function cookieApp() {
  const app = new App({ ALLOWED_HOSTS: ["example.com"] });
  app.urlpatterns = [
    path("set/", () => {
      const response = new HttpResponse("set");
      response.setCookie("flavour", "oat meal", { sameSite: "Lax", maxAge: 60 });
      return response;
    }),
    path("clear/", () => {
      const response = new HttpResponse("cleared");
      response.deleteCookie("flavour");
      return response;
    }),
    path("show/", (request: HttpRequest) => new JsonResponse(request.COOKIES)),
    path("hop/<int:n>/", (request: HttpRequest, { n }: { n: number }) => (n > 0 ? redirect("hop", { n: n - 1 }) : "landed"), { name: "hop" }),
    path("loop/", () => redirect("/loop/")),
    path("keep/", (request: HttpRequest) => new HttpResponse("", { status: 307, headers: { Location: "/echo/" } })),
    path("echo/", (request: HttpRequest) => `${request.method} ${request.POST.get("a") ?? ""}`),
    path("json/", (request: HttpRequest) => new JsonResponse({ got: request.json() })),
    path("host/", (request: HttpRequest) => request.getHost()),
  ];
  return app;
}

describe("Client", () => {
  it("is never refused by ALLOWED_HOSTS", async () => {
    const response = await new Client(cookieApp()).get("/host/");
    expect(response.status).toBe(200);
    expect(response.content).toBe("testserver");
  });

  it("keeps cookies between calls and drops deleted ones", async () => {
    const client = new Client(cookieApp());
    await client.get("/set/");
    expect(client.cookies.get("flavour")).toBe("oat meal");
    expect((await client.get("/show/")).json()).toEqual({ flavour: "oat meal" });
    await client.get("/clear/");
    expect((await client.get("/show/")).json()).toEqual({});
  });

  describe("where Request drops forbidden headers, as a browser's does", () => {
    // Chromium's Request removes Cookie from the headers it is given; Node's keeps it. The
    // sandbox runs tests in the browser, so the client must not depend on the Request for them.
    class BrowserRequest extends Request {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        super(input, init);
        this.headers.delete("cookie");
      }
    }
    afterEach(() => vi.unstubAllGlobals());

    it("still sends its cookies, and a multipart body keeps its boundary", async () => {
      vi.stubGlobal("Request", BrowserRequest);
      const client = new Client(cookieApp());
      await client.get("/set/");
      expect((await client.get("/show/")).json()).toEqual({ flavour: "oat meal" });
      expect((await client.post("/keep/", { a: "1" }, { follow: true })).content).toBe("POST 1");
    });
  });

  it("follows redirects and records the chain", async () => {
    const client = new Client(cookieApp());
    const response = await client.get("/hop/2/", undefined, { follow: true });
    expect(response.content).toBe("landed");
    expect(response.redirectChain).toEqual([["/hop/1/", 302], ["/hop/0/", 302]]);
    const unfollowed = await client.get("/hop/1/");
    expect(unfollowed.status).toBe(302);
    expect(unfollowed.url).toBe("/hop/0/");
    await expect(client.get("/loop/", undefined, { follow: true })).rejects.toThrow(/Redirect loop/);
  });

  it("repeats method and body on 307", async () => {
    const response = await new Client(cookieApp()).post("/keep/", { a: "1" }, { follow: true });
    expect(response.content).toBe("POST 1");
  });

  it("encodes JSON, urlencoded and query data", async () => {
    const client = new Client(cookieApp());
    expect((await client.post("/json/", { x: [1] }, { contentType: "application/json" })).json()).toEqual({ got: { x: [1] } });
    expect((await client.post("/echo/", { a: "b c" }, { contentType: "application/x-www-form-urlencoded" })).content).toBe("POST b c");
    expect((await client.get("/echo/", { a: "1" })).content).toBe("GET ");
  });
});
