import { expect, test } from "vitest";
import { TemplateDoesNotExist, TemplateEngine, TemplateSyntaxError, type TemplateLoader } from "./index.ts";
import { findReferences } from "./references.ts";

test("compileAll is empty when every template compiles and every reference exists", () => {
  const engine = new TemplateEngine({
    templates: {
      "base.html": `{% block body %}{% endblock %}`,
      "index.html": `{% extends "base.html" %}{% block body %}{% include "nav.html" %}{% url "x" id=1 %}{% csrf_token %}{% endblock %}`,
      "nav.html": `<nav></nav>`,
    },
  });
  expect(engine.compileAll()).toEqual([]);
  expect(engine.names()).toEqual(["base.html", "index.html", "nav.html"]);
});

test("compileAll reports syntax errors and missing literal references, per template", () => {
  const files: TemplateLoader = Object.assign(
    (name: string) => (name === "disk.html" ? { source: "{% endif %}", path: "/srv/disk.html" } : undefined),
    { list: () => ["disk.html"] },
  );
  const engine = new TemplateEngine({
    templates: {
      "a.html": `{% extends "nope.html" %}`,
      "b.html": `x\n{% for %}`,
      "c.html": `{% include layout %}{% include "gone.html" ignore missing %}{% import "macros.html" as m %}`,
    },
    loaders: [files],
  });
  const problems = engine.compileAll();
  expect(problems.map((p) => [p.name, p.error.constructor.name])).toEqual([
    ["a.html", "TemplateDoesNotExist"],
    ["b.html", "TemplateSyntaxError"],
    ["c.html", "TemplateDoesNotExist"],
    ["disk.html", "TemplateSyntaxError"],
  ]);
  expect(problems[0]!.error.message).toMatch(/^Template "nope.html" does not exist \(referenced by "a.html"\)/);
  expect((problems[1]!.error as TemplateSyntaxError).line).toBe(2);
  expect((problems[2]!.error as TemplateDoesNotExist).templateName).toBe("macros.html");
  expect((problems[3]!.error as TemplateSyntaxError).path).toBe("/srv/disk.html");
});

test("findReferences lists literal extends/include/import/from-import names once", () => {
  const source = `{% extends "base.html" %}{% block b %}{% if x %}{% include "row.html" %}{% endif %}{% include "row.html" %}{% endblock %}
{% from "forms.html" import field %}{% import "macros.html" as m %}{% include dynamic %}`;
  expect(findReferences(source, []).sort()).toEqual(["base.html", "forms.html", "macros.html", "row.html"]);
});
