/**
 * Step 9 of "Django in one file", the admin, as a learner takes it: opened from its link in the
 * table of contents, the checks failing on the starting code, the solution in, a guestbook entry
 * signed in the preview, the superuser made with the Data panel's "Create superuser", the admin
 * opened and logged in to in the preview, a reply written inline, and "Check" passing.
 */
import { expect, test } from "@playwright/test";
import { preview, waitReady } from "./fixtures.ts";
import { go } from "./database-fixtures.ts";

const PASSWORD = "correct horse battery staple";

test("step 9: Create superuser in Data, log in to the admin in the preview, reply inline, and Check passes", async ({ page }) => {
  await page.goto("/tutorial/django-in-one-file/08-models/");
  await waitReady(page);
  await page.locator(".tutorial-toc summary").click();
  await page.locator(".tutorial-toc").getByRole("link", { name: "9. The admin" }).click();
  await expect(page).toHaveURL(/\/tutorial\/django-in-one-file\/09-the-admin\/$/);
  await waitReady(page);
  await expect(page.locator(".tutorial-prose h1")).toHaveText("The admin");
  expect(await page.evaluate(() => window.sandbox.getSource())).toContain('class Entry extends app.Model("Entry"');

  // The starting code has no admin: every check says what it got.
  const report = page.getByTestId("check-result");
  await page.getByTestId("check").click();
  await expect(report).toHaveAttribute("data-state", "fail");
  await expect(report).toContainText("0 of 7 checks pass.");
  await expect(report).toContainText("the admin is at /admin/");
  await expect(report.locator(".value.got").first()).toContainText("404 Not Found");

  await page.getByTestId("solve").click();
  await expect.poll(() => page.evaluate(() => window.sandbox.getSource())).toContain("app.admin.register(Entry");
  const site = preview(page);
  await expect(site.locator("h1")).toHaveText("Hello, world");

  // An entry to reply to, signed on the site itself.
  await go(page, "/sign/");
  await site.getByLabel("Name").fill("Ada");
  await site.getByLabel("Message").fill("Lovely engines");
  await site.getByRole("button", { name: "Sign" }).click();
  await expect(site.getByRole("status")).toHaveText("Thanks for signing, Ada!");

  // The app has no users yet: Data offers "Create superuser", then a button to the admin.
  await page.getByTestId("data").click();
  const create = page.getByTestId("data-superuser");
  await expect(create).toHaveClass(/primary/);
  await create.click();
  const form = page.getByTestId("superuser-form");
  await form.getByLabel("Username").fill("admin");
  await form.getByLabel("Email (optional)").fill("admin@example.com");
  await form.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await form.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("data-message")).toContainText("Superuser admin created: log in at /admin/.");
  await page.getByTestId("data-open-admin").click();
  await expect(page.getByTestId("data-panel")).toBeHidden();

  // Logged out, the admin asks for a login first.
  await expect(page.getByTestId("address")).toHaveValue("/admin/login/?next=/admin/");
  await site.getByLabel("Username").fill("admin");
  await site.getByLabel("Password").fill(PASSWORD);
  await site.getByRole("button", { name: "Log in" }).click();
  await expect(site.locator("h1")).toHaveText("Site administration");

  // The list of entries: the columns the step asks for, and its search.
  await site.getByRole("link", { name: "Entries" }).first().click();
  await expect(site.locator("#result_list thead th")).toContainText(["Name", "Message", "Created"]);
  await expect(site.locator("#changelist-filter")).toContainText("By created");
  await site.locator("#searchbar").fill("nobody");
  await site.locator("#searchbar").press("Enter");
  await expect(site.locator(".no-results")).toHaveText(/^0 entries$/i);
  await site.locator("#searchbar").fill("engines");
  await site.locator("#searchbar").press("Enter");
  await expect(site.locator("#result_list tbody tr")).toHaveCount(1);

  // The entry's page has its replies inline: write one.
  await site.locator("#result_list").getByRole("link", { name: "Ada" }).click();
  await expect(site.locator("h1")).toHaveText("Change entry");
  await expect(site.locator(".inline-group h2")).toHaveText("Replies");
  await site.locator("#id_replies-0-text").fill("Thank you, Ada!");
  await site.getByRole("button", { name: "Save", exact: true }).click();
  await expect(site.locator(".messagelist")).toContainText("was changed successfully.");

  // The site shows the reply under the entry.
  await site.getByRole("link", { name: "View site" }).click();
  await expect(site.locator("main li").first()).toContainText("Ada: Lovely engines Reply: Thank you, Ada!");

  await page.getByTestId("check").click();
  await expect(report).toHaveAttribute("data-state", "pass");
  await expect(report).toContainText("All 7 checks pass.");
  await expect(report).toContainText("Next: Tests in the file.");
  await expect(page.locator('.tutorial-toc li[data-done="true"] a')).toHaveText(["9. The admin"]);
});
