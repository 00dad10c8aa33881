import { describe, expect, test } from "vitest";
import { TemplateDoesNotExist, TemplateEngine, TemplateSyntaxError, templateDebugOf, type TemplateLoader } from "./index.ts";

/** Runs `fn` and returns what it threw (failing the test if nothing was thrown). */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

const BASE = `<title>{% block title %}{% endblock %}</title>\n{% block body %}{% endblock %}`;

describe("missing templates", () => {
  const engine = new TemplateEngine({
    templates: {
      "base.html": BASE,
      "index.html": `{% extends "base.html" %}`,
      "orphan.html": `{% extends "layout.html" %}{% block body %}x{% endblock %}`,
      "with-include.html": `{% extends "base.html" %}{% block body %}{% include "nav.html" %}{% endblock %}`,
      "optional.html": `[{% include "nav.html" ignore missing %}]`,
    },
  });

  test("top level: names the template and lists the available ones", () => {
    const error = thrownBy(() => engine.render("idnex.html", {}));
    expect(error).toBeInstanceOf(TemplateDoesNotExist);
    expect((error as Error).message).toBe(
      `Template "idnex.html" does not exist. Available: base.html, index.html, optional.html, orphan.html, with-include.html`,
    );
    expect((error as TemplateDoesNotExist).templateName).toBe("idnex.html");
    expect((error as TemplateDoesNotExist).referencedBy).toBeUndefined();
  });

  test("via extends: names the referencing template", () => {
    const error = thrownBy(() => engine.render("orphan.html", {}));
    expect(error).toBeInstanceOf(TemplateDoesNotExist);
    expect((error as Error).message).toMatch(/^Template "layout.html" does not exist \(referenced by "orphan.html"\)\. Available: base.html, /);
  });

  test("via include inside a block", () => {
    const error = thrownBy(() => engine.render("with-include.html", {})) as TemplateDoesNotExist;
    expect(error).toBeInstanceOf(TemplateDoesNotExist);
    expect(error.templateName).toBe("nav.html");
    expect(error.referencedBy).toBe("with-include.html");
  });

  test("include … ignore missing renders nothing", () => {
    expect(engine.render("optional.html", {})).toBe("[]");
  });

  test("the list includes what loaders can list", () => {
    const files: TemplateLoader = Object.assign(() => undefined, { list: () => ["from-disk.html"] });
    const withLoader = new TemplateEngine({ templates: { "a.html": "A" }, loaders: [files] });
    expect((thrownBy(() => withLoader.render("b.html", {})) as Error).message).toBe(
      `Template "b.html" does not exist. Available: a.html, from-disk.html`,
    );
  });

  test("an engine with no templates says so", () => {
    expect((thrownBy(() => new TemplateEngine({ templates: {} }).render("a.html", {})) as Error).message).toBe(
      `Template "a.html" does not exist. Available: (none)`,
    );
  });
});

describe("syntax errors", () => {
  test("name the template, 1-based line and column, and keep the source", () => {
    const source = `<p>fine</p>\n{% if user %}\n\n  {{ user.name ) }}\n{% endif %}`;
    const engine = new TemplateEngine({ templates: { "broken.html": source } });
    const error = thrownBy(() => engine.render("broken.html", {})) as TemplateSyntaxError;
    expect(error).toBeInstanceOf(TemplateSyntaxError);
    expect(error.templateName).toBe("broken.html");
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^Syntax error in template "broken.html", line 4, column \d+: /);
    expect(error.source).toBe(source);
  });

  test("an unclosed block at the end has no position but a clear reason", () => {
    const engine = new TemplateEngine({ templates: { "open.html": `{% if user %}\n  hi\n` } });
    const error = thrownBy(() => engine.render("open.html", {})) as TemplateSyntaxError;
    expect(error.line).toBeUndefined();
    expect(error.message).toBe(`Syntax error in template "open.html": parseIf: expected elif, else, or endif, got end of file`);
  });

  test("a broken tag reports its own line", () => {
    const engine = new TemplateEngine({ templates: { "b.html": `a\nb\n  {% for %}{% endfor %}` } });
    const error = thrownBy(() => engine.render("b.html", {})) as TemplateSyntaxError;
    expect([error.line, error.column]).toEqual([3, 10]);
  });

  test("in a parent template, the parent is named; path is the loader's path", () => {
    const files: TemplateLoader = (name) =>
      name === "layout.html" ? { source: `ok\n{% block body %}{% endblok %}`, path: "/srv/layout.html" } : undefined;
    const engine = new TemplateEngine({
      templates: { "page.html": `{% extends "layout.html" %}{% block body %}x{% endblock %}` },
      loaders: [files],
    });
    const error = thrownBy(() => engine.render("page.html", {})) as TemplateSyntaxError;
    expect(error).toBeInstanceOf(TemplateSyntaxError);
    expect(error.templateName).toBe("layout.html");
    expect(error.path).toBe("/srv/layout.html");
    expect(error.line).toBe(2);
  });
});

describe("errors raised while rendering", () => {
  class Http404 extends Error {}
  const globals = {
    explode: () => {
      throw new Http404("no such thing");
    },
  };

  test("keep their class and get templateDebug with template, line and column", () => {
    const engine = new TemplateEngine({ templates: { "p.html": `a\nb {{ explode() }}` }, globals });
    const error = thrownBy(() => engine.render("p.html", {}));
    expect(error).toBeInstanceOf(Http404);
    expect(templateDebugOf(error)).toMatchObject({ name: "p.html", path: "p.html", line: 2, source: `a\nb {{ explode() }}` });
  });

  test("on the first line too", () => {
    const engine = new TemplateEngine({ templates: { "p.html": `{{ explode() }}` }, globals });
    expect(templateDebugOf(thrownBy(() => engine.render("p.html", {})))).toMatchObject({ name: "p.html", line: 1 });
  });

  test("in a parent's block, the parent is named, not the child that was rendered", () => {
    const engine = new TemplateEngine({
      templates: {
        "base.html": `<title>x</title>\n\n{% block body %}{{ explode() }}{% endblock %}`,
        "page.html": `{% extends "base.html" %}{% block title %}t{% endblock %}`,
      },
      globals,
    });
    expect(templateDebugOf(thrownBy(() => engine.render("page.html", {})))).toMatchObject({ name: "base.html", line: 3 });
  });

  test("in a child's block called from the parent, the child is named", () => {
    const engine = new TemplateEngine({
      templates: {
        "base.html": BASE,
        "page.html": `{% extends "base.html" %}\n{% block body %}\n\n{{ explode() }}{% endblock %}`,
      },
      globals,
    });
    expect(templateDebugOf(thrownBy(() => engine.render("page.html", {})))).toMatchObject({ name: "page.html", line: 4 });
  });

  test("nunjucks' own errors (calling an undefined function) name the included template", () => {
    const engine = new TemplateEngine({ templates: { "outer.html": `{% include "inner.html" %}`, "inner.html": `\n{{ nothing() }}` } });
    const error = thrownBy(() => engine.render("outer.html", {}));
    expect((error as Error).message).toMatch(/Unable to call `nothing`/);
    expect(templateDebugOf(error)).toMatchObject({ name: "inner.html", line: 2 });
  });
});
