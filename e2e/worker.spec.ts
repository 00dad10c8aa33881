import { expect, test } from "@playwright/test";
import { expectHeading, openWithSource, preview, previewFrame, siteSource, waitReady } from "./fixtures.ts";

test("the preview still answers after the worker is stopped", async ({ page, context }) => {
  await openWithSource(page, siteSource("Survives"));
  const cdp = await context.newCDPSession(page);
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.stopAllWorkers");
  // Everything comes back from IndexedDB: code, and the cookie jar.
  await page.getByTestId("address").fill("/cookie/set/");
  await page.getByTestId("address").press("Enter");
  await expectHeading(page, "Cookie set");
  await cdp.send("ServiceWorker.stopAllWorkers");
  await page.getByTestId("address").fill("/cookie/");
  await page.getByTestId("address").press("Enter");
  await expectHeading(page, "Cookie: ginger");
  await cdp.send("ServiceWorker.stopAllWorkers");
  await page.getByRole("button", { name: "Reload" }).click();
  await expectHeading(page, "Cookie: ginger");
});

test("a while(true) view gives an error, the sandbox lives, and a reload offers Run", async ({ page }) => {
  await openWithSource(page, siteSource("Loops"));
  await page.getByTestId("address").fill("/loop/");
  await page.getByTestId("address").press("Enter");
  await expect(preview(page).locator("body")).toContainText("LoopGuardError");
  await expect(page.getByTestId("log")).toContainText("GET /loop/ 500");
  await expect(page.getByTestId("log")).toContainText("loop guard");
  // The sandbox still serves.
  await page.getByTestId("address").fill("/");
  await page.getByTestId("address").press("Enter");
  await expectHeading(page, "Loops");

  await page.reload();
  await waitReady(page);
  const run = page.getByRole("button", { name: "Run" });
  await expect(run).toBeVisible();
  await run.click();
  await expect(run).toBeHidden();
  await expectHeading(page, "Loops");
});

test("a view that never answers gets a 504 page", async ({ page }) => {
  await openWithSource(page, siteSource());
  await page.getByTestId("address").fill("/forever/");
  await page.getByTestId("address").press("Enter");
  await expect(preview(page).locator("h1")).toContainText("504", { timeout: 15_000 });
  await expect(page.getByTestId("log")).toContainText("GET /forever/ 504");
});

test("it works offline after the first visit", async ({ page, context }) => {
  await openWithSource(page, siteSource("Offline"));
  // Let the editor load too, so its files are cached.
  await expect(page.locator('[data-testid="editor"][data-editor="monaco"]')).toBeVisible({ timeout: 20_000 });
  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  await expectHeading(page, "Offline");
  await expect(page.locator('[data-testid="editor"][data-editor="monaco"]')).toBeVisible({ timeout: 20_000 });
  await page.evaluate((code) => window.sandbox.setSource(code), siteSource("Still offline"));
  await expectHeading(page, "Still offline");
});

test("after a hard reload, the preview still shows and its scripts reach the project", async ({ page, context }) => {
  await openWithSource(page, siteSource("Claimed"));
  // A hard reload (as Shift+Reload) bypasses the service workers for that load.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Page.reload", { ignoreCache: true });
  await waitReady(page);
  await expectHeading(page, "Claimed");
  const about = await (await previewFrame(page)).evaluate(async () => {
    const response = await fetch("/about/");
    return { status: response.status, text: await response.text() };
  });
  expect(about.status).toBe(200);
  expect(about.text).toContain("<h1>About</h1>");
});
