/**
 * Forms, CSRF, sessions and messages in the sandbox: the same examples the docs and the Node
 * tests use, served by the service worker, with the worker's per-project cookie jar standing
 * in for the browser's cookies.
 */
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectHeading, openWithSource, preview } from "./fixtures.ts";

const example = (name: string) => readFileSync(new URL(`../examples/${name}`, import.meta.url), "utf8");

/**
 * Clicks the sandbox's Reload button and waits until the preview shows a new document: the
 * old one is marked first, so an assertion cannot pass on the page from before the reload.
 */
async function reloadPreview(page: Page): Promise<void> {
  await preview(page).locator("body").evaluate((body) => body.setAttribute("data-before-reload", ""));
  await page.getByRole("button", { name: "Reload" }).click();
  await expect(preview(page).locator("body:not([data-before-reload]) h1")).toBeVisible();
}

/** Types into the preview's form field with the given id. */
async function fill(page: Page, id: string, value: string): Promise<void> {
  await preview(page).locator(`#${id}`).fill(value);
}

test("contact: a bad submission shows its errors, the fixed one a success message after the redirect", async ({ page }) => {
  await openWithSource(page, example("contact.ts"));
  await expectHeading(page, "Contact us");
  const frame = preview(page);

  await fill(page, "id_name", "Ada");
  await fill(page, "id_email", "not-an-email");
  await fill(page, "id_message", "short");
  await frame.getByRole("button", { name: "Send" }).click();
  await expect(frame.locator("body")).toContainText("Enter a valid email address.");
  await expect(frame.locator("body")).toContainText("Ensure this value has at least 10 characters (it has 5).");
  // The values typed are kept.
  await expect(frame.locator("#id_name")).toHaveValue("Ada");
  await expect(frame.locator("#id_email")).toHaveValue("not-an-email");
  await expect(page.getByTestId("log")).toContainText("POST / 200");

  await fill(page, "id_email", "ada@example.com");
  await frame.locator("#id_subject").selectOption("question");
  await fill(page, "id_message", "How do sessions work in the sandbox?");
  await frame.getByRole("button", { name: "Send" }).click();
  await expect(frame.locator(".message.success")).toHaveText("Thanks, Ada! We will answer at ada@example.com.");
  await expect(frame.locator("body")).toContainText("1 message received so far.");
  await expect(frame.locator(".errorlist")).toHaveCount(0);
  await expect(page.getByTestId("log")).toContainText("POST / 302");
  await expect(page.getByTestId("address")).toHaveValue("/");

  // The message shows once: the next visit has none.
  await reloadPreview(page);
  await expect(frame.locator("body")).toContainText("1 message received so far.");
  await expect(frame.locator(".message")).toHaveCount(0);
});

// Twice: as the example is (its own SECRET_KEY), and without a SECRET_KEY, where the worker's
// per-project key must keep the signed session valid across the worker restart.
const guestbookVariants: [string, string][] = [
  ["", example("guestbook.ts")],
  [" (no SECRET_KEY of its own)", example("guestbook.ts").replace(/^\s*SECRET_KEY: .*\n/m, "")],
];
for (const [label, source] of guestbookVariants) test(`guestbook: the session remembers the name across a reload and a stopped worker${label}`, async ({ page, context }) => {
  expect(source.includes("SECRET_KEY:")).toBe(label === "");
  await openWithSource(page, source);
  await expectHeading(page, "Guestbook");
  const frame = preview(page);
  await expect(frame.locator(".welcome")).toHaveCount(0);

  await fill(page, "id_name", "Grace");
  await fill(page, "id_text", "Signed in the sandbox.");
  await frame.getByRole("button", { name: "Sign" }).click();
  await expect(frame.locator(".message.success")).toHaveText("Thanks for signing!");
  await expect(frame.locator(".welcome")).toContainText("Welcome back, Grace!");
  await expect(frame.locator(".entries")).toContainText("Grace: Signed in the sandbox.");

  // A reload of the whole sandbox page: the cookie jar and the session come back.
  await page.reload();
  await page.waitForFunction(() => typeof window.sandbox === "object");
  await page.evaluate(() => window.sandbox.ready);
  await expect(frame.locator(".welcome")).toContainText("Welcome back, Grace!");
  await expect(frame.locator("#id_name")).toHaveValue("Grace");
  await expect(frame.locator(".message")).toHaveCount(0);

  // A stopped worker: everything comes back from IndexedDB; the fixed SECRET_KEY still
  // verifies the session cookie. (The in-memory entries are gone, as after a server restart.)
  const cdp = await context.newCDPSession(page);
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.stopAllWorkers");
  await reloadPreview(page);
  await expect(frame.locator(".entries")).toContainText("Nobody has signed yet.");
  await expect(frame.locator(".welcome")).toContainText("Welcome back, Grace!");
  await expect(frame.locator("#id_name")).toHaveValue("Grace");
});

test("guestbook: a forged POST without a token gets 403 and signs nothing", async ({ page }) => {
  await openWithSource(page, example("guestbook.ts"));
  await expectHeading(page, "Guestbook");
  const frame = preview(page);
  // The page's own form works (so the cookie jar holds a CSRF cookie)...
  await fill(page, "id_name", "Ada");
  await fill(page, "id_text", "The real form.");
  await frame.getByRole("button", { name: "Sign" }).click();
  await expect(frame.locator(".message.success")).toHaveText("Thanks for signing!");

  // ...but a script posting the same fields without csrfmiddlewaretoken is refused.
  const forged = await frame.locator("body").evaluate(async () => {
    const response = await fetch(location.href, { method: "POST", body: new URLSearchParams({ name: "Eve", text: "Forged." }) });
    return { status: response.status, text: await response.text() };
  });
  expect(forged.status).toBe(403);
  expect(forged.text).toContain("CSRF token missing.");
  await expect(page.getByTestId("log")).toContainText("POST / 403");

  // The sandbox still serves, and Eve never signed.
  await reloadPreview(page);
  await expect(frame.locator(".entries")).toContainText("Ada: The real form.");
  await expect(frame.locator(".entries")).not.toContainText("Eve");
});
