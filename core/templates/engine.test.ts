import nunjucks from "nunjucks";
import { describe, expect, it, test, vi } from "vitest";
import { TemplateEngine, TemplateSyntaxError, type TemplateLoader } from "./index.ts";

const BASE = `<title>{% block title %}Site{% endblock %}</title><main>{% block body %}{% endblock %}</main>`;

function engineWith(templates: Record<string, string>, globals: Record<string, unknown> = {}): TemplateEngine {
  return new TemplateEngine({ templates, globals, debug: true });
}

describe("rendering", () => {
  test("extends replaces blocks and keeps parent defaults; super() works", () => {
    const engine = engineWith({
      "base.html": BASE,
      "page.html": `{% extends "base.html" %}{% block body %}<h1>{{ title }}</h1>{% endblock %}`,
      "deeper.html": `{% extends "page.html" %}{% block title %}{{ super() }} | More{% endblock %}`,
    });
    expect(engine.render("page.html", { title: "Hi" })).toBe("<title>Site</title><main><h1>Hi</h1></main>");
    expect(engine.render("deeper.html", { title: "Hi" })).toBe("<title>Site | More</title><main><h1>Hi</h1></main>");
  });

  test("for loops with loop variables and else", () => {
    const engine = engineWith({
      "list.html": `{% for item in items %}{{ loop.index }}:{{ item }}{% if not loop.last %},{% endif %}{% else %}empty{% endfor %}`,
    });
    expect(engine.render("list.html", { items: ["a", "b", "c"] })).toBe("1:a,2:b,3:c");
    expect(engine.render("list.html", { items: [] })).toBe("empty");
  });

  test("autoescape is on; |safe opts out", () => {
    const engine = engineWith({ "x.html": `{{ value }}|{{ value | safe }}|{{ quote }}` });
    expect(engine.render("x.html", { value: "<script>alert(1)</script>", quote: `"'&` })).toBe(
      `&lt;script&gt;alert(1)&lt;/script&gt;|<script>alert(1)</script>|&quot;&#39;&amp;`,
    );
  });

  test("include sees the context", () => {
    const engine = engineWith({ "outer.html": `[{% include "inner.html" %}]`, "inner.html": `{{ who }}` });
    expect(engine.render("outer.html", { who: "me" })).toBe("[me]");
  });

  test("onTemplate reports the top-level template, then parents and includes", () => {
    const engine = engineWith({
      "base.html": BASE,
      "page.html": `{% extends "base.html" %}{% block body %}{% for i in [1, 2] %}{% include "row.html" %}{% endfor %}{% endblock %}`,
      "row.html": `<p>{{ i }}</p>`,
    });
    const used: string[] = [];
    engine.render("page.html", {}, (name) => used.push(name));
    // Repeated includes are reported each time, like Django's template_rendered signal.
    expect(used).toEqual(["page.html", "base.html", "row.html", "row.html"]);
  });
});

describe("globals", () => {
  test("url() and static() are called with their arguments", () => {
    const calls: unknown[] = [];
    const engine = engineWith(
      { "g.html": `<a href="{{ url('hello', {id: 7}) }}">x</a><img src="{{ static('logo.png') }}">` },
      {
        url: (name: string, params?: unknown) => {
          calls.push([name, params]);
          return `/prefix/hello/${(params as { id: number }).id}/`;
        },
        static: (path: string) => `/prefix/static/${path}`,
      },
    );
    expect(engine.render("g.html", {})).toBe(`<a href="/prefix/hello/7/">x</a><img src="/prefix/static/logo.png">`);
    expect(calls).toEqual([["hello", { id: 7 }]]);
  });

  test("the context wins over a global of the same name; addGlobal adds later", () => {
    const engine = engineWith({ "s.html": `{{ site }}` }, { site: "global" });
    expect(engine.render("s.html", {})).toBe("global");
    expect(engine.render("s.html", { site: "local" })).toBe("local");
    engine.addGlobal("site", "changed");
    expect(engine.render("s.html", {})).toBe("changed");
  });

  test("addFilter", () => {
    const engine = engineWith({ "f.html": `{{ "hi" | shout }}` });
    engine.addFilter("shout", (s: string) => s.toUpperCase() + "!");
    expect(engine.render("f.html", {})).toBe("HI!");
  });
});

describe("loaders and caching", () => {
  function countingLoader(sources: Record<string, string>) {
    const calls: string[] = [];
    const loader: TemplateLoader = Object.assign(
      (name: string) => {
        calls.push(name);
        return name in sources ? { source: sources[name]!, path: `/srv/templates/${name}` } : undefined;
      },
      { list: () => Object.keys(sources) },
    );
    return { loader, calls };
  }

  test("each template is loaded and compiled once per engine", () => {
    const { loader, calls } = countingLoader({
      "base.html": BASE,
      "page.html": `{% extends "base.html" %}{% block body %}{{ n }}{% endblock %}`,
    });
    const engine = new TemplateEngine({ templates: {}, loaders: [loader], debug: false });
    for (let n = 0; n < 5; n++) {
      expect(engine.render("page.html", { n })).toBe(`<title>Site</title><main>${n}</main>`);
    }
    expect(calls).toEqual(["page.html", "base.html"]);
  });

  test("a second engine compiles its own copy", () => {
    const { loader, calls } = countingLoader({ "a.html": "A" });
    new TemplateEngine({ templates: {}, loaders: [loader] }).render("a.html", {});
    new TemplateEngine({ templates: {}, loaders: [loader] }).render("a.html", {});
    expect(calls).toEqual(["a.html", "a.html"]);
  });

  test("TEMPLATES win over loaders; loaders are tried in order; addLoader appends", () => {
    const first = countingLoader({ "shared.html": "from first", "one.html": "one" });
    const second = countingLoader({ "shared.html": "from second", "two.html": "two" });
    const engine = new TemplateEngine({ templates: { "one.html": "from TEMPLATES" }, loaders: [first.loader] });
    engine.addLoader(second.loader);
    expect(engine.render("one.html", {})).toBe("from TEMPLATES");
    expect(engine.render("shared.html", {})).toBe("from first");
    expect(engine.render("two.html", {})).toBe("two");
    expect(engine.names()).toEqual(["one.html", "shared.html", "two.html"]);
  });

  test("templates from loaders can extend TEMPLATES and the reverse", () => {
    const files = countingLoader({ "layout.html": `<div>{% block body %}{% endblock %}</div>` });
    const engine = new TemplateEngine({
      templates: { "page.html": `{% extends "layout.html" %}{% block body %}p{% endblock %}` },
      loaders: [files.loader],
    });
    expect(engine.render("page.html", {})).toBe("<div>p</div>");
  });

  test("mutating the TEMPLATES object afterwards changes nothing", () => {
    const templates: Record<string, string> = { "a.html": "A" };
    const engine = new TemplateEngine({ templates });
    templates["a.html"] = "changed";
    templates["b.html"] = "B";
    expect(engine.render("a.html", {})).toBe("A");
    expect(engine.names()).toEqual(["a.html"]);
  });

  test("a loader that is not a function is refused clearly", () => {
    expect(() => new TemplateEngine({ templates: {}, loaders: ["templates/" as unknown as TemplateLoader] })).toThrow(
      /template loader must be a function/,
    );
  });
});

describe("isolation", () => {
  test("two engines never see each other's templates or globals", () => {
    const a = new TemplateEngine({ templates: { "only-a.html": "{{ who }}", "same.html": "A" }, globals: { who: "a" } });
    const b = new TemplateEngine({ templates: { "same.html": "B {{ who }}" }, globals: {} });
    expect(a.render("same.html", {})).toBe("A");
    expect(b.render("same.html", {})).toBe("B ");
    expect(a.render("only-a.html", {})).toBe("a");
    expect(() => b.render("only-a.html", {})).toThrow(/"only-a.html" does not exist/);
    a.addFilter("mine", () => "x");
    b.addGlobal("who", "b");
    expect(a.render("only-a.html", {})).toBe("a");
    expect(() => new TemplateEngine({ templates: { "f.html": "{{ 1 | mine }}" } }).render("f.html", {})).toThrow(
      /filter not found: mine/,
    );
  });
});

describe("compiled templates are shared between engines", () => {
  it("compiles a template once per process, and again when its source differs", () => {
    const { compiler } = nunjucks as unknown as { compiler: { compile: (...args: unknown[]) => string } };
    const spy = vi.spyOn(compiler, "compile");
    try {
      const source = `<p>{{ who }} </p><!-- ${Math.random()} -->`;
      const first = new TemplateEngine({ templates: { "shared.html": source } });
      const second = new TemplateEngine({ templates: { "shared.html": source } });
      expect(first.render("shared.html", { who: "<a>" })).toContain("<p>&lt;a&gt; </p>");
      expect(second.render("shared.html", { who: "b" })).toContain("<p>b </p>");
      expect(spy).toHaveBeenCalledTimes(1);
      const third = new TemplateEngine({ templates: { "shared.html": source + "!" } });
      expect(third.render("shared.html", { who: "c" })).toContain("!");
      expect(spy).toHaveBeenCalledTimes(2);
      // A syntax error is reported for each engine that meets it, never cached.
      const broken = () => new TemplateEngine({ templates: { "bad.html": `{% if %}${Math.random()}` } }).render("bad.html", {});
      expect(broken).toThrow(TemplateSyntaxError);
      expect(broken).toThrow(TemplateSyntaxError);
    } finally {
      spy.mockRestore();
    }
  });
});
