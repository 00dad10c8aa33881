import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { escapeHtml } from "./escape.ts";
import { MASK } from "./mask.ts";
import type { RequestSummary } from "./request.ts";
import { technical500Html } from "./technical-500.ts";

const request: RequestSummary = {
  method: "POST",
  path: "/hello/7/",
  url: "http://localhost:8000/hello/7/?q=cats",
  GET: [["q", "cats"]],
  POST: [["username", "ann"], ["password", "hunter2"], ["csrfmiddlewaretoken", "tok-abc"]],
  COOKIES: [["sessionid", "sess-xyz"], ["theme", "dark"]],
  headers: [["cookie", "sessionid=sess-xyz"], ["authorization", "Bearer bearer-123"], ["accept", "text/html"]],
};

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the function to throw");
}

/** The rendered source table rows as [line number, text] pairs. */
function sourceRows(html: string): [number, string][] {
  return [...html.matchAll(/<tr(?: class="error-line")?><th>(\d+)<\/th><td>(.*?)<\/td><\/tr>/g)].map((m) => [Number(m[1]), m[2]!]);
}

describe("technical500Html", () => {
  test("titles the page with the exception type and path and shows the message", () => {
    const html = technical500Html({ error: new TypeError("x is not a function"), request });
    expect(html).toContain("<title>TypeError at /hello/7/</title>");
    expect(html).toContain("<h1>TypeError at /hello/7/</h1>");
    expect(html).toContain('<pre class="exception_value">x is not a function</pre>');
    expect(html).toContain("You're seeing this error because you have <code>DEBUG = true</code> in your settings.");
  });

  test("shows source lines with the user's own line numbers for code from new Function + sourceURL", () => {
    const body = ["const a = 1;", "function view() {", "  const user = null;", "  return user.name;", "}", "return view();"].join("\n");
    const fn = new Function(body + "\n//# sourceURL=app.ts");
    const error = caught(() => fn());
    // The host knows the evaluated text; new Function's own header is part of it.
    const html = technical500Html({ error, request, sourceFor: (f) => (f === "app.ts" ? fn.toString() : undefined) });
    const errorRow = /<tr class="error-line"><th>(\d+)<\/th><td>(.*?)<\/td>/.exec(html)!;
    expect(errorRow[1]).toBe("6");
    expect(errorRow[2]).toBe('  return user.<mark class="col">n</mark>ame;');
    expect(html).toContain("<code>app.ts</code>, line 6, column 15, in <code class=\"fn\">view</code>");
    expect(html).toContain("<tr><th>Exception Location:</th><td><pre>app.ts, line 6, in view</pre></td></tr>");
  });

  test("shows a real file's lines (TypeScript, through the test runner's transform) with correct numbers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "onefile-debug-"));
    try {
      const file = join(dir, "hello.ts");
      const lines = [
        "interface Params { id: number }",
        "",
        "export function hello(params: Params): string {",
        "  const greeting: string | undefined = undefined;",
        "  // The next line throws.",
        "  return (greeting as unknown as string).toUpperCase() + params.id;",
        "}",
      ];
      writeFileSync(file, lines.join("\n") + "\n");
      const mod = (await import(pathToFileURL(file).href)) as { hello: (p: { id: number }) => string };
      const error = caught(() => mod.hello({ id: 7 }));
      const html = technical500Html({
        error,
        request,
        sourceFor: (f) => (f === file || f === pathToFileURL(file).href ? readFileSync(file, "utf8") : undefined),
      });
      const rows = sourceRows(html.replace(/<\/?mark[^>]*>/g, ""));
      // Five lines before the error line (6) start at line 1; the file has 7 lines plus a trailing newline.
      // Empty lines are rendered as one space so their row keeps its height.
      const expected = [...lines, ""].map((text, i): [number, string] => [i + 1, escapeHtml(text) || " "]);
      expect(rows.slice(0, 8)).toEqual(expected);
      expect(/<tr class="error-line"><th>(\d+)<\/th>/.exec(html)![1]).toBe("6");
      // The test file's own frame lies inside core/, so it is a folded framework frame.
      expect(html).toMatch(/<details class="framework"><summary>\d+ framework frames?<\/summary>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("escapes the message, the type and everything from the request", () => {
    const error = new Error(`<script>alert("x")</script>`);
    error.name = "<img src=x onerror=alert(1)>";
    const evil: RequestSummary = { ...request, path: "/<b>/", GET: [["<i>", "</textarea><script>1</script>"]] };
    const html = technical500Html({ error, request: evil });
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>/");
    expect(html).not.toContain("</textarea><script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  test("masks secret-looking POST values, cookies, headers and settings", () => {
    const html = technical500Html({
      error: new Error("x"),
      request,
      settings: { DEBUG: true, SECRET_KEY: "s3cr3t-key", ALLOWED_HOSTS: ["localhost"], DATABASE: { NAME: "db", PASSWORD: "pw-123" }, STRIPE_API: "sk_live" },
    });
    for (const secret of ["hunter2", "tok-abc", "sess-xyz", "bearer-123", "s3cr3t-key", "pw-123", "sk_live"]) {
      expect(html).not.toContain(secret);
    }
    expect(html).toContain(MASK);
    expect(html).toContain("&quot;ann&quot;");
    expect(html).toContain("&quot;dark&quot;");
    expect(html).toContain("text/html");
    expect(html).toContain("&quot;localhost&quot;");
    expect(html).toContain("NAME: &quot;db&quot;");
  });

  test("shows the cause chain", () => {
    const root = new RangeError("disk full");
    const error = new Error("could not save", { cause: root });
    const html = technical500Html({ error, request });
    expect(html).toContain("Caused by <strong>RangeError</strong>");
    expect(html).toContain("<pre>disk full</pre>");
  });

  test("shows template lines for a template error, found by duck typing", () => {
    const source = ["{% extends 'base.html' %}", "{% block body %}", "  <p>{{ user.name }</p>", "{% endblock %}"].join("\n");
    const error = Object.assign(new Error("expected variable end"), { templateName: "index.html", line: 3, column: 19 });
    const html = technical500Html({ error, request, sourceFor: (f) => (f === "template:index.html" ? source : undefined) });
    expect(html).toContain("<h2>Error during template rendering</h2>");
    expect(html).toContain("In template <code>index.html</code>, error at line 3, column 19");
    expect(html).toContain('<tr class="error-line"><th>3</th><td>  &lt;p&gt;{{ user.name <mark class="col">}</mark>&lt;/p&gt;</td></tr>');
  });

  test("renders thrown non-Error values and survives a throwing sourceFor", () => {
    const html = technical500Html({ error: "plain string", request, sourceFor: () => { throw new Error("no"); } });
    expect(html).toContain("<h1>Non-Error value (string) at /hello/7/</h1>");
    expect(html).toContain("plain string");
    expect(html).toContain("No stack trace is available");
  });

  test("a frame whose file the host does not know shows its location without source", () => {
    const error = new Error("x");
    error.stack = "Error: x\n    at index (file:///home/ann/hello.ts:3:1)";
    const html = technical500Html({ error, request, sourceFor: () => undefined });
    expect(html).toContain("<code>/home/ann/hello.ts</code>, line 3, column 1, in <code class=\"fn\">index</code>");
    expect(html).not.toContain('class="context"');
  });
});
