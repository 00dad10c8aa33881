import { describe, expect, it } from "vitest";
import { App, Client, csrfExempt, DEFAULT_MIDDLEWARE, HttpResponse, path, type HttpRequest, type Middleware } from "./index.ts";

/** An app whose resolver counts its calls. */
function countingApp(settings = {}) {
  const app = new App({ DEBUG: true, ...settings });
  app.urlpatterns = [
    path("form/", (request: HttpRequest) => `got ${request.POST.get("q")}`, { name: "form" }),
    path("hook/", csrfExempt(() => "hooked")),
  ];
  const resolver = app.resolver;
  const resolve = resolver.resolve.bind(resolver);
  let calls = 0;
  resolver.resolve = (pathInfo) => (calls++, resolve(pathInfo));
  return { app, calls: () => calls };
}

describe("the pipeline's order", () => {
  it("resolves the URL once per request, CSRF check included", async () => {
    const { app, calls } = countingApp();
    const client = new Client(app, { enforceCsrfChecks: true });
    await client.get("/form/");
    expect(calls()).toBe(1);
    await client.post("/form/", { q: "x" });
    expect(calls()).toBe(2);
    await client.post("/hook/", { q: "x" });
    expect(calls()).toBe(3);
  });

  it("hands the middleware the resolved view before the view runs (Django's process_view)", async () => {
    const seen: string[] = [];
    const spy: Middleware = (getResponse) => async (request) => {
      seen.push(`${request.resolverMatch?.urlName ?? "none"}:${request.resolverMatch?.func.name ?? ""}`);
      return getResponse(request);
    };
    const app = new App({ DEBUG: true, MIDDLEWARE: [...DEFAULT_MIDDLEWARE, spy] });
    app.urlpatterns = [path("a/<int:id>/", function detail() { return "a"; }, { name: "detail" })];
    await app.fetch(new Request("http://localhost/a/1/"));
    await app.fetch(new Request("http://localhost/b/"));
    expect(seen).toEqual(["detail:detail", "none:"]);
  });

  it("checks the Host before any middleware runs or any body is read", async () => {
    const seen: string[] = [];
    const spy: Middleware = (getResponse) => async (request) => {
      seen.push(request.getHost());
      return getResponse(request);
    };
    const app = new App({ DEBUG: false, ALLOWED_HOSTS: ["good.example"], MIDDLEWARE: [spy] });
    app.urlpatterns = [path("", csrfExempt(() => "home"))];
    const bad = await app.fetch(new Request("http://evil.example/", { method: "POST", body: "x".repeat(5_000_000) }));
    expect(bad.status).toBe(400);
    expect(seen).toEqual([]);
    expect((await app.fetch(new Request("http://good.example/"))).status).toBe(200);
    expect(seen).toEqual(["good.example"]);
  });

  it("lets a middleware await the body, and tells one that reads it too early what to do", async () => {
    const early: Middleware = (getResponse) => async (request) => {
      if (request.pathInfo === "/sync/") request.POST.get("q");
      if (request.pathInfo === "/async/") request.state.seenQ = (await request.form()).get("q");
      return getResponse(request);
    };
    const app = new App({ DEBUG: true, MIDDLEWARE: [early] });
    app.logError = () => {};
    app.urlpatterns = [
      path("sync/", () => "never"),
      path("async/", (request: HttpRequest) => `middleware saw ${request.state.seenQ}, view saw ${request.POST.get("q")}`),
    ];
    const post = (target: string) =>
      app.fetch(new Request(`http://localhost${target}`, { method: "POST", body: new URLSearchParams({ q: "hi" }) }));
    const sync = await post("/sync/");
    expect(sync.status).toBe(500);
    expect(await sync.text()).toContain("a middleware that needs it first awaits request.loadBody()");
    expect(await (await post("/async/")).text()).toBe("middleware saw hi, view saw hi");
  });

  it("hands a user middleware a response, never an exception, even when a built-in one inside it fails", async () => {
    const statuses: number[] = [];
    const outer: Middleware = (getResponse) => async (request) => {
      const response = await getResponse(request);
      statuses.push(response.status);
      return response;
    };
    const failingStore = {
      load: async () => null,
      save: async () => {
        throw new Error("the store is down");
      },
      delete: async () => {},
    };
    const app = new App({ DEBUG: false, ALLOWED_HOSTS: ["localhost"], SESSION_ENGINE: failingStore, MIDDLEWARE: [outer, ...DEFAULT_MIDDLEWARE] });
    app.logError = () => {};
    app.urlpatterns = [path("", (request: HttpRequest) => (request.session.set("a", 1), "saved?"))];
    const response = await app.fetch(new Request("http://localhost/"));
    expect(response.status).toBe(500);
    expect(statuses).toEqual([500]);
  });

  it("reads no body for a non-form POST in the CSRF check, and reads JSON for the view", async () => {
    const app = new App({ DEBUG: true });
    app.urlpatterns = [path("api/", csrfExempt((request: HttpRequest) => new HttpResponse(JSON.stringify(request.json()))))];
    const response = await app.fetch(new Request("http://localhost/api/", { method: "POST", body: '{"a":1}', headers: { "Content-Type": "application/json" } }));
    expect(await response.text()).toBe('{"a":1}');
  });
});

declare module "./http/request.ts" {
  interface RequestState {
    /** Set by the test middleware above. */
    seenQ?: string | null;
  }
}
