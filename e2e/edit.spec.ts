import { expect, test } from "@playwright/test";
import { expectHeading, openWithSource, preview, setSource, siteSource, waitReady } from "./fixtures.ts";

test("edits reach the preview, through the API and by typing in the editor", async ({ page }) => {
  await openWithSource(page, siteSource("First"));
  const historyLength = await page.evaluate(() => history.length);
  await setSource(page, siteSource("Second"));
  await expectHeading(page, "Second");
  expect(await page.evaluate(() => window.sandbox.getSource())).toBe(siteSource("Second"));

  // Typing: wait for Monaco, select all and type new text.
  await expect(page.locator('[data-testid="editor"][data-editor="monaco"]')).toBeVisible({ timeout: 20_000 });
  await page.locator('[data-testid="editor"] .monaco-editor').click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(siteSource("Typed by hand"));
  await expectHeading(page, "Typed by hand");
  // The URL hash follows edits without adding history entries.
  await expect.poll(() => page.evaluate(() => location.hash.startsWith("#code="))).toBe(true);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test("the preview keeps its path across edits and the address bar navigates", async ({ page }) => {
  await openWithSource(page, siteSource());
  await page.getByTestId("address").fill("/about/");
  await page.getByTestId("address").press("Enter");
  await expectHeading(page, "About");
  await setSource(page, siteSource("Edited").replace("<h1>About</h1>", "<h1>About, edited</h1>"));
  await expectHeading(page, "About, edited");
  expect(await page.evaluate(() => window.sandbox.previewPath())).toBe("/about/");
});

test("a syntax error shows the overlay at the right line, a click jumps there, and the fix recovers", async ({ page }) => {
  await openWithSource(page, siteSource("Good"));
  const broken = siteSource("Good").replace("function about(request: HttpRequest) {", "function about(request: HttpRequest) {\n  const x = (;");
  const line = broken.split("\n").findIndex((l) => l.includes("const x = (;")) + 1;
  await setSource(page, broken);
  const overlay = page.getByTestId("error");
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText(`app.ts:${line}:`);
  await expect(overlay).toContainText("SyntaxError");
  // The preview still shows the last good version.
  await expectHeading(page, "Good");
  await overlay.getByRole("button", { name: new RegExp(`app\\.ts:${line}:`) }).click();
  await setSource(page, siteSource("Fixed"));
  await expect(overlay).toBeHidden();
  await expectHeading(page, "Fixed");
});

test("code that never compiled says so in the preview; after a reload, the last good version shows", async ({ page }) => {
  const broken = siteSource("Never").replace("function about(request: HttpRequest) {", "function about(request: HttpRequest) {\n  const x = (;");
  await openWithSource(page, broken);
  await expect(page.getByTestId("error")).toContainText("Nothing has run yet.");
  await expect(page.locator("#preview-empty")).toBeVisible();
  await expect(page.locator("#preview-empty")).toContainText("does not compile yet");
  await setSource(page, siteSource("First good"));
  await expect(page.locator("#preview-empty")).toBeHidden();
  await expectHeading(page, "First good");
  // A broken edit is saved; a reload restores it, and the worker still has the good build.
  await setSource(page, broken);
  await page.goto("/");
  await waitReady(page);
  await expect(page.getByTestId("error")).toContainText("The preview shows the last version that did.");
  await expect(page.locator("#preview-empty")).toBeHidden();
  await expectHeading(page, "First good");
});

test("a reload restores the last code", async ({ page }) => {
  await openWithSource(page, siteSource("Original"));
  await setSource(page, siteSource("Changed before reload"));
  // Without the hash, the tab's autosave decides.
  await page.goto("/");
  await waitReady(page);
  await expectHeading(page, "Changed before reload");
  expect(await page.evaluate(() => window.sandbox.getSource())).toBe(siteSource("Changed before reload"));
});

test("two tabs keep separate projects", async ({ context }) => {
  const first = await context.newPage();
  await openWithSource(first, siteSource("Tab one"));
  const second = await context.newPage();
  await second.goto("/");
  await waitReady(second);
  // A new tab starts from the last edited project, then goes its own way.
  await setSource(second, siteSource("Tab two"));
  await expectHeading(second, "Tab two");
  await setSource(first, siteSource("Tab one, edited"));
  await first.reload();
  await waitReady(first);
  await second.goto("/");
  await waitReady(second);
  await expectHeading(first, "Tab one, edited");
  await expectHeading(second, "Tab two");
  const paths = await Promise.all([first, second].map((p) => p.getByTestId("preview").getAttribute("src")));
  expect(paths[0]).not.toBe(paths[1]);
  await expect(preview(first).locator("h1")).toHaveText("Tab one, edited");
});

test("the editor knows the onefile API: no false errors, and a misspelt member is marked", async ({ page }) => {
  await page.goto("/");
  await waitReady(page);
  await expect(page.locator('[data-testid="editor"][data-editor="monaco"]')).toBeVisible({ timeout: 30_000 });
  const squiggles = page.locator('[data-testid="editor"] .squiggly-error');
  // A misspelt member of App must be marked...
  await setSource(page, (await page.evaluate(() => window.sandbox.getSource())).replace("app.urlpatterns =", "app.urlpatternz ="));
  await expect(squiggles.first()).toBeVisible({ timeout: 30_000 });
  // ...and disappear once fixed: the onefile import itself resolves.
  await setSource(page, (await page.evaluate(() => window.sandbox.getSource())).replace("app.urlpatternz =", "app.urlpatterns ="));
  await expect(squiggles).toHaveCount(0, { timeout: 30_000 });
});
