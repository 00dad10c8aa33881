import { describe, expect, test } from "vitest";
import { TemplateEngine, TemplateSyntaxError } from "./index.ts";

/** A url() global that records its calls and builds a recognisable URL. */
function recordingUrl() {
  const calls: [string, unknown][] = [];
  const url = (name: string, params?: unknown) => {
    calls.push([name, params]);
    if (params === undefined) return `/${name}/`;
    const parts = Array.isArray(params) ? params : Object.entries(params as object).map(([k, v]) => `${k}=${v}`);
    return `/${name}/${parts.join("/")}/`;
  };
  return { url, calls };
}

function engineWith(source: string, globals: Record<string, unknown>) {
  return new TemplateEngine({ templates: { "t.html": source }, globals });
}

describe("{% url %}", () => {
  test("no arguments", () => {
    const { url, calls } = recordingUrl();
    expect(engineWith(`<a href="{% url "index" %}">`, { url }).render("t.html", {})).toBe(`<a href="/index/">`);
    expect(calls).toEqual([["index", undefined]]);
  });

  test("positional arguments (space or comma separated, variables resolved) become an array", () => {
    const { url, calls } = recordingUrl();
    const engine = engineWith(`{% url "article" year slug %} {% url "article", 2024, "b" %}`, { url });
    expect(engine.render("t.html", { year: 2023, slug: "a" })).toBe("/article/2023/a/ /article/2024/b/");
    expect(calls).toEqual([
      ["article", [2023, "a"]],
      ["article", [2024, "b"]],
    ]);
  });

  test("keyword arguments become a params object", () => {
    const { url, calls } = recordingUrl();
    const engine = engineWith(`{% url "hello" id=3 %}|{% url "post" id=item.id slug="x-y" %}`, { url });
    expect(engine.render("t.html", { item: { id: 9 } })).toBe("/hello/id=3/|/post/id=9/slug=x-y/");
    expect(calls).toEqual([
      ["hello", { id: 3 }],
      ["post", { id: 9, slug: "x-y" }],
    ]);
  });

  test("the route name may be a variable", () => {
    const { url } = recordingUrl();
    expect(engineWith(`{% url target %}`, { url }).render("t.html", { target: "home" })).toBe("/home/");
  });

  test("output is autoescaped once", () => {
    const engine = engineWith(`<a href="{% url "q" %}">`, { url: () => `/search/?q=a&b="c"` });
    expect(engine.render("t.html", {})).toBe(`<a href="/search/?q=a&amp;b=&quot;c&quot;">`);
  });

  test("mixing positional and keyword arguments is an error, as in Django", () => {
    const { url } = recordingUrl();
    expect(() => engineWith(`{% url "a" 1 id=2 %}`, { url }).render("t.html", {})).toThrow(
      /takes positional or keyword arguments, not both/,
    );
  });

  test("a missing name is a syntax error with a position", () => {
    const { url } = recordingUrl();
    const error = (() => {
      try {
        engineWith(`line one\n  {% url %}`, { url }).render("t.html", {});
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TemplateSyntaxError);
    expect((error as TemplateSyntaxError).line).toBe(2);
    expect((error as TemplateSyntaxError).message).toMatch(/needs a URL name/);
  });

  test("errors raised by url() propagate with their own class", () => {
    class NoReverseMatch extends Error {}
    const url = (name: string) => {
      throw new NoReverseMatch(`Reverse for "${name}" not found`);
    };
    expect(() => engineWith(`{% url "nope" %}`, { url }).render("t.html", {})).toThrow(NoReverseMatch);
  });

  test("without a url() global the tag says so", () => {
    expect(() => engineWith(`{% url "a" %}`, {}).render("t.html", {})).toThrow(/needs a url\(\) template global/);
  });
});

describe("{% csrf_token %}", () => {
  const engine = engineWith(`<form>{% csrf_token %}</form>`, {});

  test("renders the hidden input with the token from the context, not double-escaped", () => {
    expect(engine.render("t.html", { csrf_token: "abc123" })).toBe(
      `<form><input type="hidden" name="csrfmiddlewaretoken" value="abc123"></form>`,
    );
  });

  test("escapes a hostile token inside the attribute", () => {
    expect(engine.render("t.html", { csrf_token: `x"><script>` })).toBe(
      `<form><input type="hidden" name="csrfmiddlewaretoken" value="x&quot;&gt;&lt;script&gt;"></form>`,
    );
  });

  test("renders nothing when there is no token, like Django", () => {
    expect(engine.render("t.html", {})).toBe("<form></form>");
    expect(engine.render("t.html", { csrf_token: "" })).toBe("<form></form>");
  });
});
