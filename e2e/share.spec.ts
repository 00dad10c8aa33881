import { expect, test } from "@playwright/test";
import { encodeShare } from "../app/share.ts";
import { expectHeading, openWithSource, preview, siteSource, waitReady } from "./fixtures.ts";

test("a #code= share link opens the running app", async ({ page }) => {
  await openWithSource(page, siteSource("Shared by code"));
  await expectHeading(page, "Shared by code");
  await expect(page.getByTestId("address")).toHaveValue("/");
  await expect(page.getByTestId("log")).toContainText("GET / 200");
});

test("a #source= link opens too", async ({ page }) => {
  await page.goto(`/#source=${encodeURIComponent(siteSource("Shared by source"))}`);
  await waitReady(page);
  await expectHeading(page, "Shared by source");
});

test("the default example runs without a link", async ({ page }) => {
  await page.goto("/");
  await waitReady(page);
  await expectHeading(page, "Hello, world");
  await preview(page).getByRole("link", { name: "seven" }).click();
  await expect(preview(page).locator("body")).toHaveText("Hello, 7");
  await expect(page.getByTestId("address")).toHaveValue("/hello/7/");
});

test("a broken link gives a clear message and loses nothing", async ({ page }) => {
  await openWithSource(page, siteSource("My saved work"));
  await page.goto("about:blank");
  await page.goto("/#code=this-is-not-deflate");
  await waitReady(page);
  await expect(page.getByTestId("error")).toContainText("This link could not be opened");
  await expect(page.getByTestId("error")).toContainText("nothing was lost");
  // The autosaved project is still there and running.
  await expectHeading(page, "My saved work");
});

test("a link pasted into the same tab opens in place; a broken one changes nothing", async ({ page }) => {
  await openWithSource(page, siteSource("Before"));
  await page.evaluate((hash) => (location.hash = hash), encodeShare(siteSource("Pasted")));
  await expectHeading(page, "Pasted");
  await page.evaluate(() => (location.hash = "code=%%%"));
  await expect(page.getByTestId("error")).toContainText("This link could not be opened");
  await expectHeading(page, "Pasted");
  expect(await page.evaluate(() => window.sandbox.getSource())).toBe(siteSource("Pasted"));
});

test("the share button copies a link that opens the same code", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openWithSource(page, siteSource("Before sharing"));
  await page.evaluate((code) => window.sandbox.setSource(code), siteSource("Worth sharing"));
  await page.getByTestId("share").click();
  await expect(page.getByTestId("share")).toBeEnabled();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain(`#${encodeShare(siteSource("Worth sharing"))}`);
  // A stranger opening the link gets the code and the running app.
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto(link);
  await waitReady(stranger);
  await expectHeading(stranger, "Worth sharing");
  await other.close();
});
