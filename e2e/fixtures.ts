/**
 * Helpers shared by the sandbox's end-to-end tests: opening a project from a share link,
 * reaching the preview frame, and the test projects themselves.
 */
import { expect, type Frame, type FrameLocator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { encodeShare } from "../app/share.ts";

/** The preview iframe's content. */
export function preview(page: Page): FrameLocator {
  return page.frameLocator('[data-testid="preview"]');
}

/**
 * The preview frame itself, for scripts that must run on the project's origin (a `fetch` from
 * the page would not reach the project: it lives on another origin).
 */
export async function previewFrame(page: Page): Promise<Frame> {
  const frame = await (await page.getByTestId("preview").elementHandle())?.contentFrame();
  if (!frame) throw new Error("The preview frame is not there.");
  return frame;
}

/** Opens the sandbox with `source` from a `#code=` share link and waits for `window.sandbox.ready`. */
export async function openWithSource(page: Page, source: string, query = ""): Promise<void> {
  await page.goto(`/${query}#${encodeShare(source)}`);
  await waitReady(page);
}

/** Waits until the sandbox's first preview has shown (or it waits for "Run"). */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.sandbox === "object");
  await page.evaluate(() => window.sandbox.ready);
}

/** Replaces the code through the scripting API; resolves when the preview shows it. */
export async function setSource(page: Page, source: string): Promise<void> {
  await page.evaluate((code) => window.sandbox.setSource(code), source);
}

/** Asserts the preview's `<h1>`. */
export async function expectHeading(page: Page, text: string | RegExp): Promise<void> {
  await expect(preview(page).locator("h1")).toHaveText(text);
}

/**
 * A project exercising links, forms, cookies and the guards. `greeting` changes the index
 * heading so tests can tell versions apart.
 */
export function siteSource(greeting = "Index"): string {
  return `import { App, path, render, redirect, HttpResponse, type HttpRequest } from "onefile";

const app = new App({
  DEBUG: true,
  TEMPLATES: {
    "index.html": \`<!doctype html><title>Site</title><h1>${greeting}</h1>
<a id="url-link" href="{{ url('about') }}">about via url()</a>
<a id="root-link" href="/about/?from=root">about via a root-relative link</a>
<form method="post" action="{{ url('greet') }}">{% csrf_token %}<input name="name" value="Ada Lovelace"><button id="send">Send</button></form>\`,
  },
});

function index(request: HttpRequest) {
  return render(request, "index.html", {});
}

function about(request: HttpRequest) {
  return new HttpResponse(\`<h1>About</h1><p id="paths">\${request.path}|\${request.pathInfo}</p>\`);
}

function greet(request: HttpRequest) {
  console.log("greeting", request.POST.get("name"));
  return new HttpResponse(\`<h1>Hello, \${request.POST.get("name")}</h1><p id="method">\${request.method}</p>\`);
}

function setFlavour(request: HttpRequest) {
  const response = new HttpResponse("<h1>Cookie set</h1>");
  response.setCookie("flavour", "ginger");
  return response;
}

function readFlavour(request: HttpRequest) {
  return \`<h1>Cookie: \${request.COOKIES["flavour"] ?? "none"}</h1>\`;
}

function loop(request: HttpRequest) {
  let n = 0;
  while (true) {
    n++;
  }
}

function forever(request: HttpRequest) {
  return new Promise<string>(() => {});
}

app.urlpatterns = [
  path("", index, { name: "index" }),
  path("about/", about, { name: "about" }),
  path("greet/", greet, { name: "greet" }),
  path("cookie/set/", setFlavour, { name: "set-cookie" }),
  path("cookie/", readFlavour, { name: "cookie" }),
  path("go/", () => redirect("about"), { name: "go" }),
  path("loop/", loop, { name: "loop" }),
  path("forever/", forever, { name: "forever" }),
];

export default app;
`;
}

/** The source of `examples/<name>.ts`, as the sandbox's examples menu offers it. */
export function example(name: string): string {
  return readFileSync(new URL(`../examples/${name}.ts`, import.meta.url), "utf8");
}
