import { describe, expect, it } from "vitest";
import { App, Client, path } from "../index.ts";
import { StaticFiles, ifNoneMatch } from "./files.ts";

function siteApp(settings = {}) {
  const app = new App({
    DEBUG: false,
    ALLOWED_HOSTS: ["localhost"],
    STATIC: { "site.css": "body{color:red}", "/img/dot.svg": "<svg/>", "a b.txt": "spaced", "logo.png": new Uint8Array([137, 80, 78, 71]) },
    ...settings,
  });
  app.urlpatterns = [path("static/page/", () => "a page under the static prefix"), path("", () => "home", { name: "home" })];
  return app;
}
const fetchFrom = (app: App, target: string, init?: RequestInit) => app.fetch(new Request(`http://localhost${target}`, init));

describe("STATIC served by core's pipeline", () => {
  it("answers with the content type, length, ETag and the security headers", async () => {
    const response = await fetchFrom(siteApp(), "/static/site.css");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("body{color:red}");
    expect(response.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(response.headers.get("content-length")).toBe("15");
    expect(response.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const png = await fetchFrom(siteApp(), "/static/logo.png");
    expect(png.headers.get("content-type")).toBe("image/png");
    expect([...new Uint8Array(await png.arrayBuffer())]).toEqual([137, 80, 78, 71]);
  });

  it("answers 304 to a matching If-None-Match, HEAD without a body, and 405 to other methods", async () => {
    const app = siteApp();
    const etag = (await fetchFrom(app, "/static/site.css")).headers.get("etag")!;
    const cached = await fetchFrom(app, "/static/site.css?v=2", { headers: { "If-None-Match": `"other", ${etag}` } });
    expect(cached.status).toBe(304);
    expect(cached.headers.get("etag")).toBe(etag);
    expect(await cached.text()).toBe("");
    const head = await fetchFrom(app, "/static/site.css", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("15");
    expect(await head.text()).toBe("");
    const post = await new Client(app).post("/static/site.css");
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("finds names with a leading slash or percent-encoded characters, and nothing else", async () => {
    const app = siteApp();
    expect(await (await fetchFrom(app, "/static/img/dot.svg")).text()).toBe("<svg/>");
    expect(await (await fetchFrom(app, "/static/a%20b.txt")).text()).toBe("spaced");
    expect((await fetchFrom(app, "/static/missing.css")).status).toBe(404);
    expect(app.staticFiles.resolve("/static/img/../site.css")).toBeNull();
    // A URL pattern under the prefix still answers when no file has its name.
    expect(await (await fetchFrom(app, "/static/page/")).text()).toBe("a page under the static prefix");
  });

  it("follows SCRIPT_NAME and STATIC_URL, and serves nothing when STATIC_URL is another host", async () => {
    const mounted = siteApp({ SCRIPT_NAME: "/mnt", STATIC_URL: "/assets/" });
    expect(mounted.staticUrl("site.css")).toBe("/mnt/assets/site.css");
    expect((await fetchFrom(mounted, "/mnt/assets/site.css")).status).toBe(200);
    expect((await fetchFrom(mounted, "/mnt/static/site.css")).status).toBe(404);
    const cdn = siteApp({ STATIC_URL: "https://cdn.example/s/" });
    expect((await fetchFrom(cdn, "/s/site.css")).status).toBe(404);
    expect(new StaticFiles({ "a.css": "" }, "//cdn.example/").resolve("/a.css")).toBeNull();
  });

  it("is one route before the URL patterns, seen by middleware as the view 'static'", async () => {
    const seen: (string | null)[] = [];
    const app = siteApp({
      MIDDLEWARE: [(getResponse: (r: never) => Promise<unknown>) => async (request: { resolverMatch: { viewName: string } | null }) => {
        seen.push(request.resolverMatch?.viewName ?? null);
        return getResponse(request as never);
      }],
    });
    await fetchFrom(app, "/static/site.css");
    await fetchFrom(app, "/");
    await fetchFrom(app, "/nowhere/");
    expect(seen).toEqual(["static", "home", null]);
  });
});

describe("ifNoneMatch", () => {
  it("compares weakly and accepts *", () => {
    expect(ifNoneMatch('"a", W/"b"', '"b"')).toBe(true);
    expect(ifNoneMatch('W/"b"', 'W/"b"')).toBe(true);
    expect(ifNoneMatch("*", '"x"')).toBe(true);
    expect(ifNoneMatch('"a"', '"b"')).toBe(false);
    expect(ifNoneMatch(null, '"b"')).toBe(false);
  });
});
