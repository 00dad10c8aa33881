import { describe, expect, test } from "vitest";
import { ConverterRegistry, ImproperlyConfigured, include, path, registerConverter, rePath, URLResolver } from "./index.ts";

function post() {
  return "post";
}
function index() {
  return "index";
}
function profile() {
  return "profile";
}

describe("ResolverMatch fields", () => {
  const resolver = new URLResolver([
    path("", index, { name: "index" }),
    path("a/", include([path("b/", include([path("<int:id>/", post, { name: "post" }), path("raw/", profile)], { namespace: "b" }))], { namespace: "a" })),
    rePath("^re/", include([rePath("^(?<slug>[a-z]+)/$", profile, { name: "slug" })])),
  ]);

  test("a nested namespaced match", () => {
    const match = resolver.resolve("/a/b/5/")!;
    expect(match.func).toBe(post);
    expect(match.params).toEqual({ id: 5 });
    expect(match.urlName).toBe("post");
    expect(match.namespaces).toEqual(["a", "b"]);
    expect(match.namespace).toBe("a:b");
    expect(match.viewName).toBe("a:b:post");
    expect(match.route).toBe("a/b/<int:id>/");
  });

  test("an unnamed route: urlName null, viewName from the function's name", () => {
    const match = resolver.resolve("/a/b/raw/")!;
    expect(match.urlName).toBeNull();
    expect(match.viewName).toBe("a:b:profile");
  });

  test("the root route and rePath routes joined like Django (inner ^ dropped)", () => {
    expect(resolver.resolve("/")).toMatchObject({ urlName: "index", namespace: "", namespaces: [], viewName: "index", route: "" });
    expect(resolver.resolve("/re/abc/")).toMatchObject({ params: { slug: "abc" }, route: "^re/(?<slug>[a-z]+)/$" });
  });

  test("each resolve returns its own params object", () => {
    const first = resolver.resolve("/")!;
    first.params.x = 1;
    expect(resolver.resolve("/")!.params).toEqual({});
  });

  test("APPEND_SLASH: resolving path + '/' tells whether the slash URL exists", () => {
    expect(resolver.resolve("/a/b/5")).toBeNull();
    expect(resolver.resolve("/a/b/5" + "/")).not.toBeNull();
  });
});

describe("converters per registry", () => {
  const year = { regex: "[0-9]{4}", toValue: Number, toUrl: (v: unknown) => String(v).padStart(4, "0") };

  test("a converter registered after the patterns were made (and the resolver built) works", () => {
    const registry = new ConverterRegistry();
    const patterns = [path("y/<year:y>/", post, { name: "year" })];
    const resolver = new URLResolver(patterns, registry); // structure is checked; the converter may come later
    registry.register("year", year);
    expect(resolver.resolve("/y/2024/")?.params).toEqual({ y: 2024 });
    expect(resolver.reverse("year", { y: 99 })).toBe("/y/0099/");
  });

  test("an unknown converter is reported on first use and by check()", () => {
    const resolver = new URLResolver([path("y/<yaer:y>/", post)], new ConverterRegistry());
    expect(() => resolver.check()).toThrow(ImproperlyConfigured);
    expect(() => resolver.resolve("/y/1/")).toThrow(/unknown converter 'yaer'/);
  });

  test("two registries do not see each other's converters", () => {
    const one = new ConverterRegistry();
    const two = new ConverterRegistry();
    registerConverter(one, "year", year);
    registerConverter(two, "year", { regex: "[a-z]+", toValue: (s) => s.toUpperCase(), toUrl: String });
    const patterns = [path("<year:y>/", post)];
    expect(new URLResolver(patterns, one).resolve("/2024/")?.params).toEqual({ y: 2024 });
    expect(new URLResolver(patterns, one).resolve("/abc/")).toBeNull();
    expect(new URLResolver(patterns, two).resolve("/abc/")?.params).toEqual({ y: "ABC" });
    expect(() => new URLResolver(patterns, new ConverterRegistry()).check()).toThrow(/unknown converter 'year'/);
  });

  test("registerConverter also takes anything with registerConverter (an App)", () => {
    const calls: string[] = [];
    registerConverter({ registerConverter: (name) => calls.push(name) }, "year", year);
    expect(calls).toEqual(["year"]);
  });
});

describe("listings", () => {
  const resolver = new URLResolver([
    path("", index, { name: "index" }),
    path("blog/", include([path("<int:id>/", post, { name: "post" })], { namespace: "blog" })),
    path("anon/", () => "x"),
  ]);

  test("tried() lists every route in order with its namespaced name", () => {
    expect(resolver.tried()).toEqual([
      { pattern: "", name: "index" },
      { pattern: "blog/<int:id>/", name: "blog:post" },
      { pattern: "anon/", name: null },
    ]);
  });

  test("routes() adds the view's name", () => {
    expect(resolver.routes()).toEqual([
      { pattern: "", name: "index", view: "index" },
      { pattern: "blog/<int:id>/", name: "blog:post", view: "post" },
      { pattern: "anon/", name: null, view: "<anonymous>" },
    ]);
    expect(resolver.names()).toEqual(["index", "blog:post"]);
  });
});

describe("the compiled matcher at scale", () => {
  test("1,000 routes: static and dynamic routes near the end resolve, order kept", () => {
    const patterns = [];
    for (let i = 0; i < 1000; i++) patterns.push(path(`r${i}/<int:id>/`, post, { name: `dyn${i}` }), path(`s${i}/`, index, { name: `static${i}` }));
    patterns.push(path("<slug:s>/<int:id>/", profile, { name: "catch" }));
    const resolver = new URLResolver(patterns);
    expect(resolver.resolve("/r999/5/")).toMatchObject({ urlName: "dyn999", params: { id: 5 } });
    expect(resolver.resolve("/s999/")).toMatchObject({ urlName: "static999" });
    expect(resolver.resolve("/zzz/5/")).toMatchObject({ urlName: "catch", params: { s: "zzz", id: 5 } });
    expect(resolver.resolve("/r999/x/")).toBeNull();
  });

  test("routes that start with a parameter (one long chain, split into several regexes) keep their order", () => {
    const patterns = Array.from({ length: 300 }, (_, i) => path(`<slug:s>/t${i % 150}/`, i < 150 ? post : index, { name: `t${i}` }));
    const resolver = new URLResolver(patterns);
    expect(resolver.resolve("/joe/t149/")).toMatchObject({ urlName: "t149", params: { s: "joe" } });
    expect(resolver.resolve("/joe/t0/")).toMatchObject({ urlName: "t0" });
    expect(resolver.resolve("/joe/t150/")).toBeNull();
  });

  test("a converter refusing its text in one regex chunk falls back to later routes in order", () => {
    const registry = new ConverterRegistry();
    registry.register("neg", { regex: "[a-z]+", toValue: () => { throw new Error("never"); }, toUrl: String });
    const patterns = [path("<neg:x>/", post), ...Array.from({ length: 100 }, (_, i) => path(`<slug:s>/n${i}/`, index)), path("<slug:s>/", profile)];
    expect(new URLResolver(patterns, registry).resolve("/abc/")).toMatchObject({ func: profile, params: { s: "abc" } });
  });

  test("a later static route shadowed by an earlier dynamic one is not answered by the static lane", () => {
    const resolver = new URLResolver([path("x/<slug:s>/", post), path("x/new/", index), path("y/new/", index), path("y/<slug:s>/", post)]);
    expect(resolver.resolve("/x/new/")?.func).toBe(post);
    expect(resolver.resolve("/y/new/")?.func).toBe(index);
  });
});
