import { describe, expect, it } from "vitest";
import {
  App,
  BadRequest,
  Client,
  DEFAULT_MIDDLEWARE,
  Http404,
  HttpResponse,
  PermissionDenied,
  path,
  redirect,
  render,
  type HttpRequest,
  type Middleware,
} from "./index.ts";

const get = (app: App, url: string, init?: RequestInit) => app.fetch(new Request(`http://localhost${url}`, init));

function boom(): never {
  throw new TypeError("the view broke");
}

function errorApp(DEBUG: boolean) {
  const app = new App({ DEBUG, ALLOWED_HOSTS: ["localhost"], SECRET_KEY: "s3cr3t-value" });
  app.urlpatterns = [
    path("404/", () => {
      throw new Http404("No such thing");
    }),
    path("403/", () => {
      throw new PermissionDenied("Not yours");
    }),
    path("400/", () => {
      throw new BadRequest("Bad thing");
    }),
    path("500/", boom),
    path("none/", (() => undefined) as never, { name: "none" }),
    path("ok/", () => "ok", { name: "ok" }),
  ];
  return app;
}

describe("the pipeline", () => {
  it("turns a string into an HttpResponse and passes Web Responses through", async () => {
    const app = new App({ DEBUG: true });
    app.urlpatterns = [
      path("s/", () => "plain string"),
      path("w/", () => new Response("web", { status: 201, headers: { "X-Web": "1" } })),
      path("a/", async () => new HttpResponse("async")),
    ];
    expect(await (await get(app, "/s/")).text()).toBe("plain string");
    const web = await get(app, "/w/");
    expect(web.status).toBe(201);
    expect(web.headers.get("x-web")).toBe("1");
    expect(web.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await (await get(app, "/a/")).text()).toBe("async");
  });

  it("maps exceptions to 404, 403, 400 and 500", async () => {
    for (const debug of [true, false]) {
      const app = errorApp(debug);
      app.logError = () => {};
      expect((await get(app, "/404/")).status).toBe(404);
      expect((await get(app, "/403/")).status).toBe(403);
      expect((await get(app, "/400/")).status).toBe(400);
      expect((await get(app, "/500/")).status).toBe(500);
      expect((await get(app, "/none/")).status).toBe(500);
      expect((await get(app, "/ok/")).status).toBe(200);
    }
  });

  it("shows technical pages with DEBUG: the exception, the stack and the patterns tried", async () => {
    const app = errorApp(true);
    const logged: unknown[] = [];
    app.logError = (error) => logged.push(error);
    const page = await (await get(app, "/500/?x=1")).text();
    expect(page).toContain("TypeError");
    expect(page).toContain("the view broke");
    expect(page).toContain("boom");
    expect(page).toContain("app.test.ts");
    expect(page).not.toContain("s3cr3t-value");
    expect(logged).toHaveLength(1);
    const none = await (await get(app, "/none/")).text();
    expect(none).toContain("didn&#39;t return an HttpResponse");
    const notFound = await (await get(app, "/nowhere/")).text();
    expect(notFound).toContain("404/");
    expect(notFound).toContain("ok/");
    expect(notFound).toContain("nowhere");
    const raised = await (await get(app, "/404/")).text();
    expect(raised).toContain("No such thing");
    expect(await (await get(app, "/400/")).text()).toContain("Bad thing");
  });

  it("leaks nothing without DEBUG", async () => {
    const app = errorApp(false);
    app.logError = () => {};
    for (const url of ["/500/", "/404/", "/403/", "/400/", "/nowhere/"]) {
      const page = await (await get(app, url)).text();
      for (const secret of ["the view broke", "No such thing", "Not yours", "Bad thing", "ok/", "at ", "app.test.ts"]) {
        expect(page).not.toContain(secret);
      }
    }
  });

  it("runs middleware as an onion, outermost first, and turns their exceptions into responses", async () => {
    const order: string[] = [];
    const tag =
      (name: string): Middleware =>
      (getResponse) =>
      async (request) => {
        order.push(`${name} in`);
        const response = await getResponse(request);
        order.push(`${name} out`);
        response.headers.append("X-Trail", name);
        return response;
      };
    const failing: Middleware = () => async () => {
      throw new PermissionDenied("middleware says no");
    };
    const app = new App({ DEBUG: true, MIDDLEWARE: [...DEFAULT_MIDDLEWARE, tag("outer"), tag("inner")] });
    app.urlpatterns = [path("", () => "view")];
    const response = await get(app, "/");
    expect(order).toEqual(["outer in", "inner in", "inner out", "outer out"]);
    expect(response.headers.get("x-trail")).toBe("inner, outer");

    const blocked = new App({ DEBUG: true, MIDDLEWARE: [tag("outer"), failing] });
    blocked.urlpatterns = [path("", () => "view")];
    const denied = await get(blocked, "/");
    expect(denied.status).toBe(403);
    expect(denied.headers.get("x-trail")).toBe("outer");
  });

  it("adds security headers, X-Frame-Options: DENY by default as Django", async () => {
    const app = new App({ DEBUG: true });
    app.urlpatterns = [path("", () => "x")];
    const response = await get(app, "/");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    const framable = new App({ DEBUG: true, X_FRAME_OPTIONS: false });
    framable.urlpatterns = [path("", () => "x")];
    expect((await get(framable, "/")).headers.has("x-frame-options")).toBe(false);
  });

  it("refuses Hosts outside ALLOWED_HOSTS with 400", async () => {
    const app = new App({ ALLOWED_HOSTS: ["example.com", ".example.org"] });
    app.urlpatterns = [path("", () => "x")];
    const at = (host: string) => app.fetch(new Request(`http://${host}/`));
    expect((await at("example.com")).status).toBe(200);
    expect((await at("example.com:8000")).status).toBe(200);
    expect((await at("api.example.org")).status).toBe(200);
    expect((await at("example.org")).status).toBe(200);
    expect((await at("evil.com")).status).toBe(400);
    expect((await at("notexample.org")).status).toBe(400);
    const debug = new App({ DEBUG: true });
    debug.urlpatterns = [path("", () => "x")];
    const page = await (await debug.fetch(new Request("http://evil.com/"))).text();
    expect(page).toContain("You may need to add &quot;evil.com&quot; to ALLOWED_HOSTS");
  });

  it("redirects to the slash URL with APPEND_SLASH, keeping the query", async () => {
    const app = new App({ DEBUG: true, SCRIPT_NAME: "/mnt" });
    app.urlpatterns = [path("about/", () => "about"), path("raw", () => "raw")];
    const response = await get(app, "/mnt/about?x=1");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/mnt/about/?x=1");
    expect((await get(app, "/mnt/raw")).status).toBe(200);
    expect((await get(app, "/mnt/nothing")).status).toBe(404);
    const post = await get(app, "/mnt/about", { method: "POST", body: "a=1" });
    expect(post.status).toBe(500);
    expect(await post.text()).toContain("APPEND_SLASH");
    const off = new App({ DEBUG: true, APPEND_SLASH: false });
    off.urlpatterns = [path("about/", () => "about")];
    expect((await get(off, "/about")).status).toBe(404);
  });

  it("never builds an open redirect from a path starting with //", async () => {
    const app = new App({ DEBUG: true });
    app.urlpatterns = [path("<path:p>/", () => "x")];
    const response = await get(app, "//evil.com");
    expect(response.headers.get("location")).toBe("/%2Fevil.com/");
  });

  it("strips the body of HEAD responses but keeps the headers", async () => {
    const app = new App({ DEBUG: true });
    app.urlpatterns = [path("", () => "twelve bytes")];
    const response = await get(app, "/", { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe("12");
    expect(await response.text()).toBe("");
  });

  it("adds SCRIPT_NAME in reverse, url(), static() and redirects", async () => {
    const app = new App({
      DEBUG: true,
      SCRIPT_NAME: "/preview/p1",
      TEMPLATES: { "t.html": `<a href="{{ url('item', {id: 3}) }}">i</a> <img src="{{ static('logo.png') }}">` },
    });
    app.urlpatterns = [
      path("item/<int:id>/", () => "item", { name: "item" }),
      path("t/", (request: HttpRequest) => render(request, "t.html")),
      path("by-name/", () => redirect("item", { id: 4 })),
      path("by-url/", () => redirect("/item/5/")),
      path("away/", () => redirect("https://example.com/")),
    ];
    expect(app.reverse("item", { id: 3 })).toBe("/preview/p1/item/3/");
    expect(await (await get(app, "/preview/p1/t/")).text()).toBe(`<a href="/preview/p1/item/3/">i</a> <img src="/preview/p1/static/logo.png">`);
    expect((await get(app, "/preview/p1/by-name/")).headers.get("location")).toBe("/preview/p1/item/4/");
    expect((await get(app, "/preview/p1/by-url/")).headers.get("location")).toBe("/preview/p1/item/5/");
    expect((await get(app, "/preview/p1/away/")).headers.get("location")).toBe("https://example.com/");
  });

  it("keeps two apps apart: settings, routes, converters and templates", async () => {
    const a = new App({ DEBUG: true, TEMPLATES: { "x.html": "A" } });
    const b = new App({ DEBUG: true, TEMPLATES: { "x.html": "B" } });
    a.registerConverter("code", { regex: "[A-Z]{3}", toValue: (s) => s, toUrl: String });
    a.urlpatterns = [path("<code:c>/", (request: HttpRequest) => render(request, "x.html"), { name: "page" })];
    b.urlpatterns = [path("only-b/", (request: HttpRequest) => render(request, "x.html"), { name: "page" })];
    expect(await (await get(a, "/ABC/")).text()).toBe("A");
    expect(await (await get(b, "/only-b/")).text()).toBe("B");
    expect((await get(a, "/only-b/")).status).toBe(404);
    expect((await get(b, "/ABC/")).status).toBe(404);
    expect(a.reverse("page", { c: "XYZ" })).toBe("/XYZ/");
    expect(b.reverse("page")).toBe("/only-b/");
    b.urlpatterns = [path("<code:c>/", () => "x")];
    expect(b.check().join("\n")).toMatch(/code/);
  });

  it("supports app.route() as sugar, and urlpatterns in settings", async () => {
    const app = new App({ DEBUG: true, urlpatterns: [path("from-settings/", () => "s")] });
    app.route("hello/<int:id>/", (request, { id }: { id: number }) => `Hello, ${id + 1}`, { name: "hello" });
    expect(await (await get(app, "/from-settings/")).text()).toBe("s");
    expect(await (await get(app, "/hello/41/")).text()).toBe("Hello, 42");
    expect(app.reverse("hello", { id: 1 })).toBe("/hello/1/");
  });

  it("reports a duplicate URL name or a bad pattern when the patterns are assigned", () => {
    const app = new App({ DEBUG: true });
    expect(() => (app.urlpatterns = [path("a/", () => "a", { name: "x" }), path("b/", () => "b", { name: "x" })])).toThrow(/x/);
    expect(() => (app.urlpatterns = [path("a/<y/", () => "a")])).toThrow(/a\/<y\//);
    app.urlpatterns = [path("a/<nope:y>/", () => "a")];
    expect(app.check().join("\n")).toMatch(/nope/);
  });

  it("check() finds template errors and routes() lists the patterns", () => {
    const app = new App({ DEBUG: true, TEMPLATES: { "good.html": "{{ x }}", "bad.html": "{% if %}" } });
    app.urlpatterns = [path("", function home() { return "h"; }, { name: "home" })];
    const problems = app.check();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("bad.html");
    expect(app.routes()).toEqual([expect.objectContaining({ pattern: "", name: "home", view: "home" })]);
  });

  it("render() names a missing template and what exists", async () => {
    const app = new App({ DEBUG: true, TEMPLATES: { "base.html": "", "index.html": "" } });
    app.urlpatterns = [path("", (request: HttpRequest) => render(request, "idnex.html"))];
    app.logError = () => {};
    const page = await (await get(app, "/")).text();
    expect(page).toContain("idnex.html");
    expect(page).toContain("index.html");
  });

  it("the test client records context and templates", async () => {
    const app = new App({ DEBUG: true, TEMPLATES: { "base.html": "[{% block b %}{% endblock %}]", "page.html": '{% extends "base.html" %}{% block b %}{{ n }}{% endblock %}' } });
    app.urlpatterns = [path("", (request: HttpRequest) => render(request, "page.html", { n: 5 }))];
    const response = await new Client(app).get("/");
    expect(response.content).toBe("[5]");
    expect(response.context?.n).toBe(5);
    expect(response.templates).toContain("page.html");
  });
});
