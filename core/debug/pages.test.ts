import { describe, expect, test } from "vitest";
import { csrfFailureHtml, REASON_NO_CSRF_COOKIE, REASON_NO_REFERER } from "./csrf.ts";
import { escapeHtml } from "./escape.ts";
import { plainErrorHtml } from "./plain.ts";
import type { RequestSummary } from "./request.ts";
import { technical404Html } from "./technical-404.ts";

const request: RequestSummary = {
  method: "GET",
  path: "/preview/abc/nope/",
  url: "http://localhost:5173/preview/abc/nope/?x=1",
  GET: [["x", "1"]],
  POST: [],
  COOKIES: [],
  headers: [],
};

describe("technical404Html", () => {
  test("lists the patterns tried, in order, and says the path matched none", () => {
    const html = technical404Html({
      request,
      tried: [{ pattern: "", name: "index" }, { pattern: "hello/<int:id>/", name: "hello" }, { pattern: "about/", name: null }],
      scriptName: "/preview/abc",
    });
    expect(html).toContain("<h1>Page not found <span>(404)</span></h1>");
    expect(html).toContain("<tr><th>Request Method:</th><td>GET</td></tr>");
    expect(html).toContain("<tr><th>Request URL:</th><td>http://localhost:5173/preview/abc/nope/?x=1</td></tr>");
    expect(html).toContain("Using the URLconf defined in your app, onefile tried these URL patterns, in this order:");
    expect(html).toContain(
      "<ol class=\"patterns\"><li><code> [name='index']</code></li><li><code>hello/&lt;int:id&gt;/ [name='hello']</code></li><li><code>about/</code></li></ol>",
    );
    expect(html).toContain("The current path, <code>nope/</code>, didn't match any of these.");
  });

  test("accepts plain pattern strings and names the empty path", () => {
    const html = technical404Html({ request: { ...request, path: "/" }, tried: ["hello/", "about/"] });
    expect(html).toContain("<li><code>hello/</code></li><li><code>about/</code></li>");
    expect(html).toContain("The empty path didn't match any of these.");
  });

  test("a view's Http404 message is shown instead, escaped", () => {
    const html = technical404Html({ request, tried: [], reason: "No <Article> matches the given query.", raisedBy: "articleDetail" });
    expect(html).toContain('<pre class="exception_value">No &lt;Article&gt; matches the given query.</pre>');
    expect(html.match(/No &lt;Article&gt;/g)).toHaveLength(1);
    expect(html).toContain("<tr><th>Raised by:</th><td>articleDetail</td></tr>");
    expect(html).not.toContain("tried these URL patterns");
    expect(html).not.toContain("<Article>");
  });

  test("with a reason and patterns, the path matched the last one", () => {
    const html = technical404Html({ request, tried: [{ pattern: "nope/", name: "nope" }], reason: "Gone", scriptName: "/preview/abc" });
    expect(html).toContain("The current path, <code>nope/</code>, matched the last one.");
  });
});

describe("plainErrorHtml", () => {
  test("has Django's texts and only a heading and one sentence", () => {
    expect(plainErrorHtml(404)).toContain("<h1>Not Found</h1><p>The requested resource was not found on this server.</p>");
    expect(plainErrorHtml(500)).toContain("<h1>Server Error (500)</h1>");
    expect(plainErrorHtml(400)).toContain("<h1>Bad Request (400)</h1>");
    expect(plainErrorHtml(403)).toContain("<h1>403 Forbidden</h1>");
    for (const status of [400, 403, 404, 405, 413, 500, 503, 418, 502]) {
      const body = /<body>([\s\S]*)<\/body>/.exec(plainErrorHtml(status))![1]!.trim();
      expect(body).toMatch(/^<h1>[^<]+<\/h1><p>[^<]+<\/p>$/);
    }
  });

  test("takes nothing but the status, so nothing can leak", () => {
    // The signature is the guarantee; this checks no debug section sneaks in.
    const html = plainErrorHtml(500);
    for (const word of ["Traceback", "stack", "DEBUG", "Request", "Settings", "Exception"]) expect(html).not.toContain(word);
  });

  test("rejects a status that is not an error", () => {
    expect(() => plainErrorHtml(200)).toThrow(/expected an error status from 400 to 599, got 200/);
    expect(() => plainErrorHtml(404.5)).toThrow(RangeError);
  });
});

describe("csrfFailureHtml", () => {
  test("without DEBUG: the short message only, no reason", () => {
    const html = csrfFailureHtml("CSRF token from POST incorrect <x>.", false);
    expect(html).toContain("<h1>Forbidden <span>(403)</span></h1>");
    expect(html).toContain("<p>CSRF verification failed. Request aborted.</p>");
    expect(html).toContain("More information is available with DEBUG = true.");
    expect(html).not.toContain("incorrect");
    expect(html).not.toContain("Help");
  });

  test("with DEBUG: the escaped reason and the help list", () => {
    const html = csrfFailureHtml("CSRF token from POST incorrect <x>.", true);
    expect(html).toContain("<p>Reason given for failure:</p>");
    expect(html).toContain("CSRF token from POST incorrect &lt;x&gt;.");
    expect(html).toContain("{% csrf_token %}");
    expect(html).toContain("You’re seeing the help section of this page because you have <code>DEBUG = true</code>");
  });

  test("explains a missing cookie or Referer even without DEBUG, as Django does", () => {
    expect(csrfFailureHtml(REASON_NO_CSRF_COOKIE, false)).toContain("this site requires a CSRF cookie when submitting forms");
    expect(csrfFailureHtml(REASON_NO_REFERER, false)).toContain("requires a “Referer header”");
    expect(csrfFailureHtml(REASON_NO_CSRF_COOKIE, false)).not.toContain("Referer header");
  });
});

describe("escapeHtml", () => {
  test("escapes the five HTML-significant characters and stringifies", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    expect(escapeHtml(42)).toBe("42");
  });
});
