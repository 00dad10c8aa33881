/**
 * The contract every resolver implementation keeps (like Hono's router/common.case.test.ts):
 * the same cases run against the compiled URLResolver and the linear Django-style
 * LinearResolver, so a fast path that changes which route wins fails here.
 */
import { describe, expect, test } from "vitest";
import { ConverterRegistry, include, path, rePath, URLResolver, type ResolverMatch, type URLPattern } from "./index.ts";
import { LinearResolver } from "./linear-resolver.ts";

type Resolve = (pathInfo: string) => ResolverMatch | null;
const implementations: [string, (patterns: URLPattern[], registry: ConverterRegistry) => Resolve][] = [
  ["compiled URLResolver", (p, r) => { const x = new URLResolver(p, r); return (s) => x.resolve(s); }],
  ["linear LinearResolver", (p, r) => { const x = new LinearResolver(p, r); return (s) => x.resolve(s); }],
];

/** Named views, so a case can say which one must win. */
const v = (label: string) => Object.defineProperty(() => label, "name", { value: label });
const [a, b, c, d, e] = ["a", "b", "c", "d", "e"].map(v) as [ReturnType<typeof v>, ...ReturnType<typeof v>[]];

interface Case {
  title: string;
  patterns: () => URLPattern[];
  setup?: (registry: ConverterRegistry) => void;
  /** path → [view name, params, route?] or null for no match. */
  expect: [string, [string, Record<string, unknown>, string?] | null][];
}

const cases: Case[] = [
  {
    title: "static routes, root and trailing slashes",
    patterns: () => [path("", a), path("about/", b), path("about", c), path("a/b/c/", d)],
    expect: [["/", ["a", {}, ""]], ["/about/", ["b", {}, "about/"]], ["/about", ["c", {}]], ["/a/b/c/", ["d", {}]], ["/a/b/", null], ["/about/x", null], ["", null], ["no-slash", null]],
  },
  {
    title: "default converters",
    patterns: () => [
      path("i/<int:n>/", a), path("s/<slug:s>/", b), path("u/<uuid:u>/", c), path("p/<path:p>", d), path("t/<x>/", e),
    ],
    expect: [
      ["/i/42/", ["a", { n: 42 }]], ["/i/-1/", null], ["/i/4x/", null], ["/i/007/", ["a", { n: 7 }]],
      ["/s/hello-world_2/", ["b", { s: "hello-world_2" }]], ["/s/hé/", null], ["/s/a.b/", null],
      ["/u/123e4567-e89b-12d3-a456-426614174000/", ["c", { u: "123e4567-e89b-12d3-a456-426614174000" }]],
      ["/u/123E4567-E89B-12D3-A456-426614174000/", null], ["/u/123e4567e89b12d3a456426614174000/", null],
      ["/p/a/b/c.txt", ["d", { p: "a/b/c.txt" }]], ["/p/", null],
      ["/t/any thing!/", ["e", { x: "any thing!" }]], ["/t/a/b/", null], ["/t//", null],
    ],
  },
  {
    title: "first match wins, even when a later route is static",
    patterns: () => [path("<slug:s>/", a), path("about/", b), path("x/<int:n>/", c), path("x/new/", d), path("x/<str:s>/", e)],
    expect: [["/about/", ["a", { s: "about" }]], ["/x/new/", ["d", {}]], ["/x/5/", ["c", { n: 5 }]], ["/x/n.w/", ["e", { s: "n.w" }]]],
  },
  {
    title: "a static route before a dynamic one wins",
    patterns: () => [path("x/new/", a), path("x/<slug:s>/", b), path("<path:p>", c)],
    expect: [["/x/new/", ["a", {}]], ["/x/old/", ["b", { s: "old" }]], ["/x/new/more", ["c", { p: "x/new/more" }]]],
  },
  {
    title: "mixed literal and parameter segments",
    patterns: () => [path("post-<int:id>.html", a), path("<int:y>-<int:m>/", b), path("f/<str:name>.<str:ext>", c)],
    expect: [["/post-12.html", ["a", { id: 12 }]], ["/2024-05/", ["b", { y: 2024, m: 5 }]], ["/f/a.b.c", ["c", { name: "a.b", ext: "c" }]], ["/post-12xhtml", null]],
  },
  {
    title: "rePath: named groups (JS and Python syntax), anchors, prefix match without $",
    patterns: () => [
      rePath("^articles/(?<year>[0-9]{4})/$", a), rePath("archive/(?P<y>[0-9]{4})/(?P<m>[0-9]{2})/$", b),
      rePath("^static/", c), rePath(String.raw`^page(?:/(?<n>\d+))?/$`, d), rePath(String.raw`^x\Z`, e),
    ],
    expect: [
      ["/articles/2024/", ["a", { year: "2024" }]], ["/articles/24/", null], ["/articles/2024/x", null], ["/x/articles/2024/", null],
      ["/archive/2024/05/", ["b", { y: "2024", m: "05" }]],
      ["/static/css/site.css", ["c", {}]], ["/page/", ["d", {}]], ["/page/3/", ["d", { n: "3" }]], ["/x", ["e", {}]], ["/xy", null],
    ],
  },
  {
    title: "rePath alternation at top level stays inside its pattern",
    patterns: () => [rePath("^(?:a|b)/$", a), rePath("^c/$|^d/$", b), path("e/", c)],
    expect: [["/a/", ["a", {}]], ["/b/", ["a", {}]], ["/c/", ["b", {}]], ["/d/", ["b", {}]], ["/e/", ["c", {}]]],
  },
  {
    title: "include with prefix params, namespaces and nesting",
    patterns: () => [
      path("blog/", include([path("", a, { name: "index" }), path("<int:id>/", b, { name: "post" })], { namespace: "blog" })),
      path("u/<slug:user>/", include([
        path("", c, { name: "profile" }),
        path("posts/", include([path("<int:n>/", d, { name: "post" })], { namespace: "posts" })),
      ], { namespace: "users" })),
      rePath("^r/(?<year>[0-9]{4})/", include([path("<int:n>/", e)])),
    ],
    expect: [
      ["/blog/", ["a", {}, "blog/"]], ["/blog/7/", ["b", { id: 7 }, "blog/<int:id>/"]],
      ["/u/joe/", ["c", { user: "joe" }, "u/<slug:user>/"]],
      ["/u/joe/posts/3/", ["d", { user: "joe", n: 3 }, "u/<slug:user>/posts/<int:n>/"]],
      ["/r/2020/5/", ["e", { year: "2020", n: 5 }, "^r/(?<year>[0-9]{4})/<int:n>/"]],
      ["/u/joe/posts/", null], ["/blog/x/", null],
    ],
  },
  {
    title: "an include that does not match falls through to later patterns",
    patterns: () => [path("a/", include([path("x/", a)])), path("a/<slug:s>/", b)],
    expect: [["/a/x/", ["a", {}]], ["/a/y/", ["b", { s: "y" }]]],
  },
  {
    title: "an include prefix does not backtrack into itself (Django matches a prefix once)",
    patterns: () => [path("<path:p>/", include([path("x/", a), path("", c)])), path("<path:q>", b)],
    // Django: the prefix takes "a/x" greedily and the rest "" matches "", never p="a" + "x/".
    expect: [["/a/x/", ["c", { p: "a/x" }]], ["/a/x", ["b", { q: "a/x" }]]],
  },
  {
    title: "a converter whose toValue throws means no match; later routes are tried",
    setup: (r) => r.register("even", { regex: "[0-9]+", toValue: (s) => { if (Number(s) % 2) throw new Error("odd"); return Number(s); }, toUrl: String }),
    patterns: () => [path("n/<even:n>/", a), path("n/<int:n>/", b), path("<even:k>/", c), path("m/<even:n>/", d)],
    expect: [["/n/4/", ["a", { n: 4 }]], ["/n/5/", ["b", { n: 5 }]], ["/6/", ["c", { k: 6 }]], ["/7/", null], ["/m/3/", null]],
  },
  {
    title: "custom converter with capturing groups in its regex",
    setup: (r) => r.register("ym", { regex: "([0-9]{4})-([0-9]{2})", toValue: (s) => s.split("-").map(Number), toUrl: (v) => (v as number[]).join("-") }),
    patterns: () => [path("m/<ym:d>/<int:n>/", a)],
    expect: [["/m/2024-05/3/", ["a", { d: [2024, 5], n: 3 }]]],
  },
  {
    title: "special characters in literal routes are literal",
    patterns: () => [path("a.b/", a), path("c+d/", b), path("(e)/", c), path("f$g/", d)],
    expect: [["/a.b/", ["a", {}]], ["/axb/", null], ["/c+d/", ["b", {}]], ["/ccd/", null], ["/(e)/", ["c", {}]], ["/f$g/", ["d", {}]]],
  },
];

for (const [label, make] of implementations) {
  describe(label, () => {
    for (const item of cases) {
      test(item.title, () => {
        const registry = new ConverterRegistry();
        item.setup?.(registry);
        const resolve = make(item.patterns(), registry);
        for (const [pathInfo, expected] of item.expect) {
          const match = resolve(pathInfo);
          if (expected === null) {
            expect(match, `${pathInfo} should not match`).toBeNull();
            continue;
          }
          expect(match, `${pathInfo} should match`).not.toBeNull();
          const [view, params, route] = expected;
          expect({ path: pathInfo, view: (match!.func as () => string)(), params: match!.params }).toEqual({ path: pathInfo, view, params });
          if (route !== undefined) expect(match!.route).toBe(route);
        }
      });
    }
  });
}

test("both implementations agree on a generated table (first-match order)", () => {
  const patterns: URLPattern[] = [];
  for (let i = 0; i < 40; i++) {
    patterns.push(path(`r${i % 7}/<int:n>/`, v(`int${i}`)), path(`r${i % 5}/x${i}/`, v(`static${i}`)), path(`r${i % 3}/<slug:s>/`, v(`slug${i}`)));
  }
  const compiled = new URLResolver(patterns);
  const linear = new LinearResolver(patterns);
  for (let i = 0; i < 40; i++) {
    for (const p of [`/r${i % 9}/${i}/`, `/r${i % 6}/x${i}/`, `/r${i % 4}/s-${i}/`, `/r${i}/`]) {
      const x = compiled.resolve(p);
      const y = linear.resolve(p);
      expect([p, x && (x.func as () => string)(), x?.params]).toEqual([p, y && (y.func as () => string)(), y?.params]);
    }
  }
});
