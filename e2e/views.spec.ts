import { expect, test } from "@playwright/test";
import { expectHeading, openWithSource, siteSource } from "./fixtures.ts";

test("?view=app shows the site alone", async ({ page }) => {
  await openWithSource(page, siteSource("Just the site"), "?view=app");
  await expectHeading(page, "Just the site");
  await expect(page.getByTestId("preview")).toBeVisible();
  await expect(page.getByTestId("editor")).toBeHidden();
  await expect(page.getByTestId("log")).toBeHidden();
  await expect(page.getByTestId("share")).toBeHidden();
  const box = await page.getByTestId("preview").boundingBox();
  const viewport = page.viewportSize()!;
  expect(box?.width).toBe(viewport.width);
  expect(box?.height).toBe(viewport.height);
});

test("the panes resize by dragging a splitter and by its arrow keys", async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await openWithSource(page, siteSource("Resizable"));
  const editorPane = page.locator(".editor-pane");
  const logPane = page.locator(".log-pane");
  const before = (await editorPane.boundingBox())!;
  const splitter = (await page.locator("#split-main").boundingBox())!;
  await page.mouse.move(splitter.x + splitter.width / 2, splitter.y + 200);
  await page.mouse.down();
  await page.mouse.move(splitter.x - 300, splitter.y + 200, { steps: 5 });
  await page.mouse.up();
  const after = (await editorPane.boundingBox())!;
  expect(after.width).toBeLessThan(before.width - 250);
  // The preview took the room and still shows the app.
  expect((await page.getByTestId("preview").boundingBox())!.width).toBeGreaterThan(before.width + 200);
  await expectHeading(page, "Resizable");

  const logBefore = (await logPane.boundingBox())!.height;
  await page.locator("#split-log").focus();
  await page.keyboard.press("Shift+ArrowUp");
  await page.keyboard.press("Shift+ArrowUp");
  expect((await logPane.boundingBox())!.height).toBeGreaterThan(logBefore + 80);
});

test("?view=embed shows a compact editor and preview", async ({ page }) => {
  await openWithSource(page, siteSource("Embedded"), "?view=embed");
  await expectHeading(page, "Embedded");
  await expect(page.getByTestId("editor")).toBeVisible();
  await expect(page.getByTestId("preview")).toBeVisible();
});

test("an embedding page drives the sandbox by postMessage", async ({ page }) => {
  // Any page can embed the sandbox; a same-origin blank page stands in for a tutorial.
  await page.goto("/embedding-host-page");
  const reply = await page.evaluate(async () => {
    const frame = document.createElement("iframe");
    frame.style.width = "900px";
    frame.style.height = "500px";
    frame.src = "/?view=embed";
    document.body.append(frame);
    const ask = (message: Record<string, unknown>) =>
      new Promise<{ ok: boolean; result?: unknown }>((resolve) => {
        const requestId = Math.random();
        addEventListener("message", function listen(event) {
          if (event.data?.type === "onefile:reply" && event.data.requestId === requestId) {
            removeEventListener("message", listen);
            resolve(event.data);
          }
        });
        frame.contentWindow!.postMessage({ ...message, requestId }, "*");
      });
    await new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
    await ask({ type: "onefile:ready" });
    await ask({ type: "onefile:setSource", code: "// from the host\n" + (await ask({ type: "onefile:getSource" })).result });
    return { source: (await ask({ type: "onefile:getSource" })).result, path: (await ask({ type: "onefile:previewPath" })).result };
  });
  expect(String(reply.source)).toMatch(/^\/\/ from the host\n/);
  expect(reply.path).toBe("/");
});

const modes = [
  { name: "default", query: "", viewport: { width: 1280, height: 800 }, scheme: "light" as const },
  { name: "app", query: "?view=app", viewport: { width: 1280, height: 800 }, scheme: "light" as const },
  { name: "embed", query: "?view=embed", viewport: { width: 900, height: 420 }, scheme: "light" as const },
  { name: "narrow", query: "", viewport: { width: 390, height: 844 }, scheme: "light" as const },
  { name: "dark", query: "", viewport: { width: 1280, height: 800 }, scheme: "dark" as const },
];

for (const mode of modes) {
  test(`screenshot: ${mode.name}`, async ({ page }) => {
    await page.setViewportSize(mode.viewport);
    await page.emulateMedia({ colorScheme: mode.scheme });
    await page.goto(`/${mode.query}`);
    await page.waitForFunction(() => typeof window.sandbox === "object");
    await page.evaluate(() => window.sandbox.ready);
    await expectHeading(page, "Hello, world");
    if (mode.name !== "app") {
      await expect(page.locator('[data-testid="editor"][data-editor="monaco"]')).toBeVisible({ timeout: 20_000 });
      await expect(page.locator(".monaco-editor .view-lines")).toContainText("import");
    }
    await page.screenshot({ path: `test-results/screenshots/${mode.name}.png` });
  });
}
