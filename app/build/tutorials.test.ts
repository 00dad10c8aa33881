import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { codeSamples, readTutorial, readTutorials, renderMarkdown, TutorialFormatError } from "./tutorials.ts";

const ROOT = fileURLToPath(new URL("../../tutorials/", import.meta.url));

describe("renderMarkdown", () => {
  it("renders prose and code, and shows raw HTML as text", () => {
    const html = renderMarkdown('Some *words* and `code`.\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n```ts\nconst a = "<b>";\n```');
    expect(html).toContain("<em>words</em>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain('<pre><code class="language-ts">const a = &quot;&lt;b&gt;&quot;;');
    expect(html).not.toMatch(/<script|<img/);
  });

  it("refuses script links, and opens links that leave the site in a new tab", () => {
    expect(renderMarkdown("[x](javascript:alert(1)) [y](vbscript:z) [d](data:text/html;base64,PHNjcmlwdD4=)")).not.toContain("<a ");
    expect(renderMarkdown("[Django](https://www.djangoproject.com/)")).toBe(
      '<p><a href="https://www.djangoproject.com/" target="_blank" rel="noopener noreferrer">Django</a></p>\n',
    );
    expect(renderMarkdown("[next](../02-settings/)")).toBe('<p><a href="../02-settings/">next</a></p>\n');
  });

  it("hides an HTML comment on lines of its own (an author's note), and shows any other as text", () => {
    expect(renderMarkdown("One\n<!-- a note\nover lines -->\n\nTwo\n\n<!-- short -->")).toBe("<p>One</p>\n<p>Two</p>\n");
    expect(renderMarkdown("Text <!-- inline --> stays")).toBe("<p>Text &lt;!-- inline --&gt; stays</p>\n");
    // Text after the end would vanish with the comment, and an unclosed one would swallow the rest.
    expect(renderMarkdown("<!-- note --> <b>after</b>")).toBe("<p>&lt;!-- note --&gt; &lt;b&gt;after&lt;/b&gt;</p>\n");
    expect(renderMarkdown("<!-- open\n\nrest")).toBe("<p>&lt;!-- open</p>\n<p>rest</p>\n");
  });
});

describe("codeSamples", () => {
  it("finds the ts blocks, each with the harness right before it and the lines to report", () => {
    const source = "# T\n\n<!-- harness: a view\nfunction about() {}\n-->\n```ts\npath(\"about/\", about);\n```\n\n<!-- a note -->\n```typescript\nconst b = 2;\n```\n\n```html\n<p>no</p>\n```\n";
    expect(codeSamples(source)).toEqual([
      { code: 'path("about/", about);\n', harness: "function about() {}\n", line: 7, harnessLine: 4 },
      { code: "const b = 2;\n", harness: "", line: 12 },
    ]);
  });

  it("refuses a harness whose end is not a line of its own", () => {
    expect(() => codeSamples("<!-- harness\nconst a = 1; -->\n```ts\na;\n```\n")).toThrow(TutorialFormatError);
  });
});

describe("readTutorials", () => {
  it("reads the built-in tutorial: titles, prose, and steps that start from the previous solution", () => {
    const django = readTutorials(ROOT).find((t) => t.name === "django-in-one-file")!;
    expect(django.title).toBe("Django in one file");
    expect(django.html).toContain("Django as a micro-framework");
    const [first, second] = django.steps;
    expect(first).toMatchObject({ slug: "01-a-view", title: "A view in one file", startsFromPrevious: false });
    expect(first!.html).not.toMatch(/^<h1>/);
    expect(second!.startsFromPrevious).toBe(true);
    expect(second!.start).toBe(first!.solution);
    for (const step of django.steps) {
      expect(step.html, `${step.slug}: its harness comments are hidden`).not.toContain("&lt;!--");
      expect(step.checks).toContain('from "onefile/test"');
      expect(step.start).not.toBe(step.solution);
    }
  });
});

describe("readTutorial refuses a folder that does not follow the format", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function tutorial(files: Record<string, string>): string {
    dir = mkdtempSync(join(tmpdir(), "onefile-tutorial-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }
  const step = { "01-one/README.md": "# One\n", "01-one/app.ts": "", "01-one/solution.ts": "", "01-one/checks.ts": "" };

  it.each([
    ["no introduction", { ...step }, /README\.md is missing/],
    ["an introduction without a title", { "README.md": "Intro\n", ...step }, /must start with a "# Title" line/],
    ["no steps", { "README.md": "# T\n" }, /has no steps/],
    ["a badly named step", { "README.md": "# T\n", ...step, "Two/README.md": "# Two\n" }, /a step folder is named NN-slug/],
    ["a first step without a starting file", { "README.md": "# T\n", "01-one/README.md": "# One\n", "01-one/solution.ts": "", "01-one/checks.ts": "" }, /the first step needs a starting file/],
    ["a step without checks", { "README.md": "# T\n", "01-one/README.md": "# One\n", "01-one/app.ts": "", "01-one/solution.ts": "" }, /checks\.ts is missing/],
  ])("%s", (_name, files, message) => {
    const folder = tutorial(files as Record<string, string>);
    expect(() => readTutorial(folder, "t")).toThrow(TutorialFormatError);
    expect(() => readTutorial(folder, "t")).toThrow(message);
  });

  it("a badly named tutorial", () => {
    expect(() => readTutorial(tutorial({ "README.md": "# T\n", ...step }), "My Tutorial")).toThrow(/lowercase letters, digits and dashes/);
  });
});
