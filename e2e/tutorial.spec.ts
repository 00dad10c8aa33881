/**
 * The tutorial page and the Tests panel in Chromium: a step opened from its link, "Check" on a
 * wrong and a right answer, "Solve" and its undo, progress and code kept across a reload, the
 * embedded view, and the Tests panel with got/want and a click that moves the editor.
 */
import { expect, test, type Page } from "@playwright/test";
import { openWithSource, preview, waitReady } from "./fixtures.ts";

const STEP_1 = "/tutorial/django-in-one-file/01-a-view/";

/** Replaces the editor's code as typing would (through the API, which the editor uses too). */
async function setCode(page: Page, code: string): Promise<void> {
  await page.evaluate((source) => window.sandbox.setSource(source), code);
}

async function source(page: Page): Promise<string> {
  return page.evaluate(() => window.sandbox.getSource());
}

test("a step opens from its link with its prose, its starting code and its preview", async ({ page }) => {
  await page.goto(STEP_1);
  await waitReady(page);
  await expect(page.locator(".tutorial-prose h1")).toHaveText("A view in one file");
  await expect(page.locator(".tutorial-prose")).toContainText("Route the home page to");
  expect(await source(page)).toContain("// Route the home page (the empty path) to index here.");
  await expect(preview(page).locator("body")).toContainText("Page not found");
  await expect(page.locator(".tutorial-toc li")).toHaveCount(11);
  await expect(page.locator('.tutorial-toc a[aria-current="step"]')).toHaveText("1. A view in one file");
});

test("Check says what is wrong, then that it passes; the step is marked done", async ({ page }) => {
  await page.goto(STEP_1);
  await waitReady(page);
  const start = await source(page);
  // A wrong answer: the view is routed, but not at the home page.
  await setCode(page, start.replace("  // Route the home page (the empty path) to index here.", '  path("hello/", index),'));
  await page.getByTestId("check").click();
  const report = page.getByTestId("check-result");
  await expect(report).toHaveAttribute("data-state", "fail");
  await expect(report).toContainText("0 of 2 checks pass.");
  await expect(report).toContainText("the home page (the empty path) answers");
  await expect(report.locator(".value.got")).toContainText(["404 Not Found"]);
  await expect(report.locator(".value.want").first()).toContainText("200 OK");
  // Fixed.
  await setCode(page, start.replace("  // Route the home page (the empty path) to index here.", '  path("", index),'));
  await page.getByTestId("check").click();
  await expect(report).toHaveAttribute("data-state", "pass");
  await expect(report).toContainText("All 2 checks pass.");
  await expect(report).toContainText("Next: Settings in code.");
  await expect(page.locator(".tutorial-toc li").first()).toHaveAttribute("data-done", "true");
  await expect(page.getByTestId("next")).toHaveClass(/primary/);
  // Next goes to step 2, at its own address, starting from step 1's solution.
  await page.getByTestId("next").click();
  await expect(page).toHaveURL(/\/tutorial\/django-in-one-file\/02-settings-in-code\/$/);
  await expect(page.locator(".tutorial-prose h1")).toHaveText("Settings in code");
  await expect.poll(() => source(page)).toContain('path("", index)');
});

test("Solve shows an answer and can be undone; a reload keeps progress, code and the undo", async ({ page }) => {
  await page.goto("/tutorial/django-in-one-file/03-url-patterns/");
  await waitReady(page);
  const mine = (await source(page)) + "\n// my own line\n";
  await setCode(page, mine);
  await page.getByTestId("solve").click();
  await expect(page.getByTestId("solve")).toHaveText("Undo Solve");
  await expect.poll(() => source(page)).toContain('path("about/", about, { name: "about" })');
  await expect(preview(page).locator("body")).toContainText("Hello, world");
  await page.getByTestId("check").click();
  await expect(page.getByTestId("check-result")).toHaveAttribute("data-state", "pass");
  // A reload: the step is still done, the solution still in the editor, and Undo still there.
  await page.reload();
  await waitReady(page);
  await expect(page.locator('.tutorial-toc li[data-done="true"] a')).toHaveText(["3. URL patterns as a plain list"]);
  expect(await source(page)).toContain('path("about/", about, { name: "about" })');
  await page.getByTestId("solve").click();
  await expect(page.getByTestId("solve")).toHaveText("Solve");
  await expect.poll(() => source(page)).toBe(mine);
  // And the learner's own code survives a reload too.
  await page.reload();
  await waitReady(page);
  expect(await source(page)).toBe(mine);
});

test("every step's solution passes its Check in the browser, as tutorials.test.ts proves on Node", async ({ page }) => {
  // Node is not the browser: a Request there keeps a Cookie header that Chromium's drops.
  test.setTimeout(300_000);
  const report = page.getByTestId("check-result");
  for (let step = 1; step <= 11; step++) {
    await page.goto(`/tutorial/django-in-one-file/${step}/`);
    await waitReady(page);
    await page.getByTestId("solve").click();
    await expect(page.getByTestId("solve")).toHaveText("Undo Solve");
    await page.getByTestId("check").click();
    await expect(report, `step ${step}`).toHaveAttribute("data-state", "pass");
    await expect(report).toContainText(/^All \d+ checks pass\./);
  }
});

test("each step has its own link, by name or number; an unknown one says so", async ({ page }) => {
  await page.goto("/tutorial/django-in-one-file/5/");
  await waitReady(page);
  await expect(page.locator(".tutorial-prose h1")).toHaveText("URL converters and reverse");
  await page.goto("/tutorial/django-in-one-file/99-nope/");
  await expect(page.locator(".tutorial-missing")).toContainText("There is no step 99-nope");
  await expect(page.locator(".tutorial-missing a").first()).toHaveAttribute("href", STEP_1);
});

test("embedded, one step shows compactly and Check works", async ({ page }) => {
  await page.goto(`${STEP_1}?view=embed`);
  await waitReady(page);
  await expect(page.locator(".tutorial-toc")).toBeHidden();
  await expect(page.locator(".tutorial-prose h1")).toBeVisible();
  await page.getByTestId("solve").click();
  await page.getByTestId("check").click();
  await expect(page.getByTestId("check-result")).toHaveAttribute("data-state", "pass");
  await expect(page.getByTestId("next")).toHaveAttribute("href", "/tutorial/django-in-one-file/02-settings-in-code/?view=embed");
});

const TESTED = `import { App, path } from "onefile";

const app = new App({ DEBUG: true });
app.urlpatterns = [path("", () => "Hello, world")];

app.test("the home page greets", async ({ client, expect }) => {
  expect((await client.get("/")).content).toBe("Hello, world");
});

app.test("the home page shouts", async ({ client, expect }) => {
  const response = await client.get("/");
  expect(response.content).toBe("HELLO, WORLD");
});

export default app;
`;

test("the Tests panel shows a failing test with got/want, and a click moves the editor to its line", async ({ page }) => {
  await openWithSource(page, TESTED);
  await page.getByRole("tab", { name: /Tests/ }).click();
  const panel = page.getByTestId("tests");
  await expect(panel.locator(".tests-summary")).toContainText("1 passed, 1 failed");
  const failing = panel.locator('.test[data-outcome="fail"]');
  await expect(failing.locator(".name")).toHaveText("the home page shouts");
  await expect(failing.locator(".value.got pre")).toHaveText('"Hello, world"');
  await expect(failing.locator(".value.want pre")).toHaveText('"HELLO, WORLD"');
  await expect(failing.locator("button.line")).toHaveText("line 12");
  // Once Monaco has replaced the plain editor, the click puts its cursor on line 12.
  await expect(page.getByTestId("editor")).toHaveAttribute("data-editor", "monaco", { timeout: 60_000 });
  await failing.locator("button.line").click();
  await expect(page.locator(".monaco-editor .line-numbers.active-line-number")).toHaveText("12");
  // Fixing the code re-runs the tests while the panel is open.
  await page.evaluate((code) => window.sandbox.setSource(code), TESTED.replace('"HELLO, WORLD"', '"Hello, world"'));
  await expect(panel.locator(".tests-summary")).toContainText("2 passed");
});

test("window.sandbox.runTests() returns the results", async ({ page }) => {
  await openWithSource(page, TESTED);
  const run = await page.evaluate(() => window.sandbox.runTests());
  expect(run.results.map((r) => [r.name, r.outcome])).toEqual([
    ["the home page greets", "pass"],
    ["the home page shouts", "fail"],
  ]);
  expect(run.results[1]!.failure).toMatchObject({ got: '"Hello, world"', want: '"HELLO, WORLD"', location: { file: "app.ts", line: 12 } });
});

test("tests of an app with models each get their own database in the browser", async ({ page }) => {
  await openWithSource(
    page,
    `import { App, models } from "onefile";

const app = new App({ DEBUG: true });
class Note extends app.Model("Note", { text: models.CharField({ maxLength: 50 }) }) {}

for (const name of ["first", "second"]) {
  app.test(name, async ({ expect }) => {
    expect(await Note.objects.count()).toBe(0);
    await Note.objects.create({ text: name });
    expect(await Note.objects.count()).toBe(1);
  });
}

export default app;
`,
  );
  const run = await page.evaluate(() => window.sandbox.runTests());
  expect(run.results.map((r) => [r.name, r.outcome, r.failure?.message])).toEqual([
    ["first", "pass", undefined],
    ["second", "pass", undefined],
  ]);
});

test("the test client keeps its cookies in the browser: a session lasts from one request to the next", async ({ page }) => {
  // Chromium's Request drops a Cookie header; the client must send its cookies anyway.
  await openWithSource(
    page,
    `import { App, path, type HttpRequest } from "onefile";

const app = new App({ DEBUG: true });
app.urlpatterns = [
  path("remember/", (request: HttpRequest) => (request.session.set("name", "Ada"), "remembered")),
  path("recall/", (request: HttpRequest) => \`name: \${request.session.get("name") ?? "nobody"}\`),
];

app.test("the session remembers the name", async ({ client, expect }) => {
  await client.get("/remember/");
  expect((await client.get("/recall/")).content).toBe("name: Ada");
});

export default app;
`,
  );
  const run = await page.evaluate(() => window.sandbox.runTests());
  expect(run.results.map((r) => [r.name, r.outcome, r.failure?.got])).toEqual([["the session remembers the name", "pass", undefined]]);
});
