import { expect, test } from "@playwright/test";
import { expectHeading, openWithSource, preview, siteSource } from "./fixtures.ts";

test("url() links and root-relative links stay inside the preview, and the address bar follows", async ({ page }) => {
  await openWithSource(page, siteSource());
  const frame = preview(page);
  await frame.locator("#url-link").click();
  await expectHeading(page, "About");
  await expect(page.getByTestId("address")).toHaveValue("/about/");
  // The app is at the root of its own origin: request.path and pathInfo are as on Node.
  await expect(frame.locator("#paths")).toHaveText("/about/|/about/");

  await page.getByRole("button", { name: "Back" }).click();
  await expectHeading(page, "Index");
  await expect(page.getByTestId("address")).toHaveValue("/");

  await frame.locator("#root-link").click();
  await expectHeading(page, "About");
  await expect(page.getByTestId("address")).toHaveValue("/about/?from=root");
  expect(await page.evaluate(() => window.sandbox.previewPath())).toBe("/about/?from=root");

  // A redirect by name lands inside the preview too.
  await page.getByTestId("address").fill("/go/");
  await page.getByTestId("address").press("Enter");
  await expectHeading(page, "About");
  await expect(page.getByTestId("address")).toHaveValue("/about/");
});

test("a form POST reaches the view", async ({ page }) => {
  await openWithSource(page, siteSource());
  await preview(page).locator("#send").click();
  await expectHeading(page, "Hello, Ada Lovelace");
  await expect(preview(page).locator("#method")).toHaveText("POST");
  await expect(page.getByTestId("log")).toContainText("POST /greet/ 200");
  // The view's console output reaches the log panel.
  await expect(page.getByTestId("log")).toContainText("console.log: greeting Ada Lovelace");
});

test("a cookie set by a view comes back on the next request", async ({ page }) => {
  await openWithSource(page, siteSource());
  await page.getByTestId("address").fill("/cookie/");
  await page.getByTestId("address").press("Enter");
  await expectHeading(page, "Cookie: none");
  await page.getByTestId("address").fill("/cookie/set/");
  await page.getByTestId("address").press("Enter");
  await expectHeading(page, "Cookie set");
  await page.getByTestId("address").fill("/cookie/");
  await page.getByTestId("address").press("Enter");
  await expectHeading(page, "Cookie: ginger");
});
