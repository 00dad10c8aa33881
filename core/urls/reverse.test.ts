import { describe, expect, test } from "vitest";
import { ConverterRegistry, include, NoReverseMatch, path, quote, rePath, URLResolver } from "./index.ts";

const view = () => "";
const registry = new ConverterRegistry();
registry.register("year", { regex: "[0-9]{4}", toValue: Number, toUrl: (v) => { if (typeof v !== "number") throw new Error("not a number"); return String(v); } });
const resolver = new URLResolver([
  path("", view, { name: "index" }),
  path("hello/<int:id>/", view, { name: "hello" }),
  path("s/<str:s>/", view, { name: "str" }),
  path("f/<path:p>", view, { name: "file" }),
  path("<path:p>/x/", view, { name: "rootpath" }),
  path("y/<year:y>/", view, { name: "year" }),
  path("café/<slug:s>/", view, { name: "cafe" }),
  path("blog/", include([
    path("<int:id>/", view, { name: "post" }),
    path("u/<slug:user>/", include([path("<int:n>/", view, { name: "page" })], { namespace: "users" })),
  ], { namespace: "blog" })),
  rePath("^articles/(?<year>[0-9]{4})/(?<slug>[-\\w]+)/$", view, { name: "article" }),
  rePath(String.raw`^page(?:/(?<n>\d+))?/$`, view, { name: "page" }),
  rePath(String.raw`^v\d+\.json$`, view, { name: "json" }),
  rePath("^(?:a|b)/$", view, { name: "alt" }),
  rePath("^a/$|^b/$", view, { name: "topalt" }),
], registry);

describe("reverse", () => {
  test("without params, with params by name and in order", () => {
    expect(resolver.reverse("index")).toBe("/");
    expect(resolver.reverse("hello", { id: 7 })).toBe("/hello/7/");
    expect(resolver.reverse("hello", [7])).toBe("/hello/7/");
    expect(resolver.reverse("year", { y: 2024 })).toBe("/y/2024/");
  });

  test("namespaces and include prefix params", () => {
    expect(resolver.reverse("blog:post", { id: 3 })).toBe("/blog/3/");
    expect(resolver.reverse("blog:users:page", { user: "joe", n: 2 })).toBe("/blog/u/joe/2/");
  });

  test("rePath: named groups, optional groups, escapes and a leading ^", () => {
    expect(resolver.reverse("article", { year: "2024", slug: "hello-world" })).toBe("/articles/2024/hello-world/");
    expect(resolver.reverse("page")).toBe("/page/");
    expect(resolver.reverse("page", { n: 3 })).toBe("/page/3/");
    expect(resolver.reverse("json")).toBe("/v0.json");
  });

  test("percent-encodes like Django: pchar characters and '/' (path converter) stay", () => {
    expect(resolver.reverse("str", { s: "a b?c#d%e" })).toBe("/s/a%20b%3Fc%23d%25e/");
    expect(resolver.reverse("str", { s: "!$&'()*+,;=:@~" })).toBe("/s/!$&'()*+,;=:@~/");
    expect(resolver.reverse("file", { p: "dir/ünï.txt" })).toBe("/f/dir/%C3%BCn%C3%AF.txt");
    expect(resolver.reverse("cafe", { s: "x" })).toBe("/caf%C3%A9/x/");
  });

  test("a path that would start with '//' is escaped (no protocol-relative URL)", () => {
    expect(resolver.reverse("rootpath", { p: "/evil.com" })).toBe("/%2Fevil.com/x/");
  });

  test("the resolved path of a reversed URL round-trips", () => {
    const url = resolver.reverse("blog:users:page", { user: "a-b", n: 9 });
    expect(resolver.resolve(url)).toMatchObject({ viewName: "blog:users:page", params: { user: "a-b", n: 9 } });
  });

  test("quote()", () => {
    expect(quote("a b/ü")).toBe("a%20b/%C3%BC");
  });
});

describe("reverse errors", () => {
  const message = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(NoReverseMatch);
      return (error as Error).message;
    }
    throw new Error("expected NoReverseMatch");
  };

  test("an unknown name lists close names", () => {
    expect(message(() => resolver.reverse("helo"))).toMatch(/'helo' is not a valid URL pattern name\. Did you mean 'hello'/);
    expect(message(() => resolver.reverse("blog:pots"))).toMatch(/Did you mean 'blog:post'/);
    expect(message(() => resolver.reverse("zzzzzzzzzz"))).toMatch(/Known names: index, hello/);
  });

  test("an unknown namespace says so", () => {
    expect(message(() => resolver.reverse("blgo:post"))).toMatch(/'blgo' is not a registered namespace\. Did you mean 'blog'/);
  });

  test("wrong params say which params the pattern expects", () => {
    expect(message(() => resolver.reverse("hello"))).toMatch(/missing param\(s\): id\. The pattern "hello\/<int:id>\/" expects params: id \(int\)/);
    expect(message(() => resolver.reverse("hello", { id: 1, extra: 2 }))).toMatch(/no param 'extra'/);
    expect(message(() => resolver.reverse("hello", { id: "x" }))).toMatch(/"x" for 'id' does not match int \(\[0-9\]\+\)/);
    expect(message(() => resolver.reverse("hello", [1, 2]))).toMatch(/2 positional param\(s\) given, the pattern takes 1/);
    expect(message(() => resolver.reverse("str", { s: "a/b" }))).toMatch(/does not match str/);
    expect(message(() => resolver.reverse("index", { id: 1 }))).toMatch(/expects no params/);
  });

  test("a converter's toUrl throwing is a NoReverseMatch", () => {
    expect(message(() => resolver.reverse("year", { y: "2024" }))).toMatch(/'year' converter refused "2024" for 'y' \(not a number\)/);
  });

  test("a regex that cannot be reversed says why", () => {
    // As in Django, whose normalize() does not reverse '|' either.
    expect(message(() => resolver.reverse("topalt"))).toMatch(/cannot be reversed \(alternatives/);
    expect(message(() => resolver.reverse("alt"))).toMatch(/cannot be reversed \(alternatives/);
  });
});
