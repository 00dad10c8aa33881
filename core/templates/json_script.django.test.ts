/**
 * Django's own tests for the `json_script` filter
 * (tests/template_tests/filter_tests/test_json_script.py), translated, and `onefile check`
 * (compileAll) reporting an unknown filter, as Django does when it compiles a template.
 */
import { describe, expect, test } from "vitest";
import { TemplateEngine, TemplateSyntaxError } from "./index.ts";

describe("JsonScriptTests", () => {
  test("test_basic", () => {
    const engine = new TemplateEngine({ templates: { "json-tag01": `{{ value | json_script("test_id") }}` } });
    const output = engine.render("json-tag01", { value: { a: "testing\r\njson 'string\" <b>escaping</b>" } });
    expect(output).toBe(`<script id="test_id" type="application/json">{"a": "testing\\r\\njson 'string\\" \\u003Cb\\u003Eescaping\\u003C/b\\u003E"}</script>`);
  });

  test("test_without_id", () => {
    const engine = new TemplateEngine({ templates: { "json-tag02": `{{ value | json_script }}` } });
    expect(engine.render("json-tag02", { value: {} })).toBe(`<script type="application/json">{}</script>`);
  });

  test("a </script> in the data cannot close the element; non-ASCII is escaped as Python does", () => {
    const engine = new TemplateEngine({ templates: { t: `{{ v | json_script("d") }}` } });
    const output = engine.render("t", { v: ["</script><script>alert(1)</script>", "café", 1.5, null, true] });
    expect(output).toBe(`<script id="d" type="application/json">["\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E", "caf\\u00e9", 1.5, null, true]</script>`);
    expect(output.match(/<\/script>/g)).toHaveLength(1);
  });

  test("the element id is escaped", () => {
    const engine = new TemplateEngine({ templates: { t: `{{ v | json_script(id) }}` } });
    expect(engine.render("t", { v: 1, id: `"><x` })).toBe(`<script id="&quot;&gt;&lt;x" type="application/json">1</script>`);
  });
});

describe("onefile check: an unknown filter", () => {
  test("is reported with its template, line and the closest filter", () => {
    const engine = new TemplateEngine({ templates: { "page.html": `<p>{{ a | upper }}</p>\n{{ data | jsonscript("x") }}` } });
    const problems = engine.compileAll();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.name).toBe("page.html");
    expect(problems[0]!.error).toBeInstanceOf(TemplateSyntaxError);
    expect(problems[0]!.error.message).toBe(`Syntax error in template "page.html", line 2: Invalid filter: 'jsonscript'. Did you mean 'json_script'? Add it with app.templates.addFilter("jsonscript", fn).`);
  });

  test("a filter added to the engine, a {% filter %} block and nunjucks' own filters are fine", () => {
    const engine = new TemplateEngine({ templates: { t: `{{ a | shout }}{% filter upper %}x{% endfilter %}{{ b | dump | safe }}` } });
    engine.addFilter("shout", (s: string) => s + "!");
    expect(engine.compileAll()).toEqual([]);
    const unknown = new TemplateEngine({ templates: { t: `{% filter nope %}x{% endfilter %}` } });
    expect(unknown.compileAll().map((p) => p.error.message)).toEqual([expect.stringContaining("Invalid filter: 'nope'")]);
  });
});
