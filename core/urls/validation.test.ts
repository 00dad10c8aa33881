import { describe, expect, test } from "vitest";
import { ImproperlyConfigured, include, path, rePath, URLResolver, type URLPattern } from "./index.ts";

const view = () => "";
const build = (patterns: URLPattern[]) => () => new URLResolver(patterns).check();

describe("bad patterns are clear errors naming the pattern", () => {
  test.each([
    ["a leading slash", () => [path("/hello/", view)], /path\("\/hello\/"\) starts with '\/'/],
    ["a leading slash in a regex", () => [rePath("^/hello/$", view)], /rePath\("\^\/hello\/\$"\) starts with '\/'/],
    ["an unknown converter", () => [path("<integer:id>/", view)], /unknown converter 'integer'.*Known converters: str, int, slug, uuid, path/],
    ["a misspelt converter", () => [path("<itn:id>/", view)], /Did you mean 'int'\?/],
    ["an unclosed '<'", () => [path("a/<int:id/", view)], /unclosed '<' at position 2/],
    ["an unclosed '<' before another", () => [path("<int:a<b>/", view)], /unclosed '<'/],
    ["a stray '>'", () => [path("a>/", view)], /'>' without a matching '<'/],
    ["whitespace in a parameter", () => [path("<int: id>/", view)], /whitespace/],
    ["a bad parameter name", () => [path("<int:2x>/", view)], /"2x" that is not a valid identifier/],
    ["a duplicate parameter", () => [path("<int:id>/<slug:id>/", view)], /parameter name 'id' twice/],
    ["a parameter repeated across an include", () => [path("<int:id>/", include([path("<int:id>/", view)]))], /include prefix path\("<int:id>\/"\) already uses/],
    ["an invalid regex", () => [rePath("^(?<y>[0-9]+/$", view)], /rePath\("\^\(\?<y>\[0-9\]\+\/\$"\) is not a valid regular expression/],
    ["a duplicate group name", () => [rePath("(?<a>x)(?<a>y)", view)], /'a' is used twice/],
    ["a backreference", () => [rePath("(?<a>x)\\1", view)], /backreferences are not supported/],
    ["regex syntax in path()", () => [path("^about/$", view)], /use rePath\(\)/],
    ["a non-pattern in the list", () => [path("a/", view), "b/" as unknown as URLPattern], /contains "b\/", which is not a path\(\) or rePath\(\) pattern/],
  ])("%s", (_, patterns, message) => {
    expect(build(patterns())).toThrow(ImproperlyConfigured);
    expect(build(patterns())).toThrow(message);
  });

  test("structural errors are thrown by the constructor already", () => {
    expect(() => new URLResolver([path("/x/", view)])).toThrow(ImproperlyConfigured);
  });

  test("path() and include() check their arguments", () => {
    expect(() => path("a/", "view" as never)).toThrow(/expects a view function or include/);
    expect(() => path(3 as never, view)).toThrow(/expects a route string/);
    expect(() => path("a/", view, { name: "a:b" })).toThrow(/invalid name "a:b"/);
    expect(() => path("a/", include([]), { name: "x" })).toThrow(/names an include/);
    expect(() => include("x" as never)).toThrow(/expects an array/);
    expect(() => include([], { namespace: "a:b" })).toThrow(/namespace "a:b" is not valid/);
  });

  test("an include cycle is an error, not a stack overflow", () => {
    const patterns: URLPattern[] = [];
    patterns.push(path("a/", include(patterns)));
    expect(build(patterns)).toThrow(/include\(\) cycle/);
  });
});

describe("duplicate URL names", () => {
  test("the same name twice is an error naming both patterns", () => {
    const run = build([path("a/", view, { name: "x" }), path("b/<int:id>/", view, { name: "x" })]);
    expect(run).toThrow(ImproperlyConfigured);
    expect(run).toThrow(/The URL name 'x' is used twice: by path\("a\/"\) .*route "a\/".* and by path\("b\/<int:id>\/"\) .*route "b\/<int:id>\/"/);
  });

  test("the same name in one namespace (two includes) is an error", () => {
    const run = build([path("a/", include([path("", view, { name: "x" })], { namespace: "n" })), path("b/", include([path("", view, { name: "x" })], { namespace: "n" }))]);
    expect(run).toThrow(/'n:x' is used twice/);
  });

  test("the same name in different namespaces is fine", () => {
    const run = build([path("a/", view, { name: "x" }), path("b/", include([path("", view, { name: "x" })], { namespace: "n" }))]);
    expect(run).not.toThrow();
  });
});
