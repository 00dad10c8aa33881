/**
 * The starter project `onefile new` writes: a whole site in one file that runs as it is, showing
 * settings, templates with inheritance, a named URL with a converter, an in-file test, and
 * `export default app`.
 */

/**
 * The starter file's source text.
 *
 * @example
 * ```ts
 * writeFileSync("app.ts", starterSource());
 * ```
 */
export function starterSource(): string {
  return `// A whole onefile project: settings, templates, views and URLs in one file.
// Run it with:  npx onefile runserver ${"${FILE}"}
import { App, HttpResponse, path, render, type HttpRequest } from "onefile";

const app = new App({
  DEBUG: true,
  TEMPLATES: {
    "base.html": \`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{% block title %}onefile{% endblock %}</title>
<link rel="stylesheet" href="{{ static('site.css') }}"></head>
<body>{% block body %}{% endblock %}</body>
</html>\`,
    "index.html": \`{% extends "base.html" %}
{% block title %}Hello{% endblock %}
{% block body %}
  <h1>Hello, {{ name }}!</h1>
  <p>Edit this file and save: the server reloads.</p>
  <ul>{% for n in numbers %}<li><a href="{{ url('hello', {id: n}) }}">Say hello to {{ n }}</a></li>{% endfor %}</ul>
{% endblock %}\`,
  },
  STATIC: {
    "site.css": "body { font-family: system-ui, sans-serif; max-width: 40em; margin: 2em auto; }",
  },
});

function index(request: HttpRequest) {
  return render(request, "index.html", { name: "world", numbers: [1, 2, 3] });
}

function hello(request: HttpRequest, { id }: { id: number }) {
  return new HttpResponse(\`Hello, \${id}\`, { contentType: "text/plain; charset=utf-8" });
}

app.urlpatterns = [
  path("", index, { name: "index" }),
  path("hello/<int:id>/", hello, { name: "hello" }),
];

// Tests live next to the code; run them with:  npx onefile test ${"${FILE}"}
app.test("the home page greets and links to each hello", async ({ client, expect }) => {
  const response = await client.get("/");
  expect(response).toHaveStatus(200);
  expect(response).toContainText("Hello, world!");
  expect(response.content).toContain('href="/hello/2/"');
  expect((await client.get("/hello/2/")).content).toBe("Hello, 2");
});

export default app;
`;
}
