/**
 * The admin in the sandbox: examples/polls.ts from a share link, its superuser made with the
 * data panel's "Create superuser" (the sandbox's `onefile createsuperuser`), then the admin
 * driven as a person would, in the preview, with the project's database in the browser.
 */
import { expect, test, type Page } from "@playwright/test";
import { openWithSource, preview } from "./fixtures.ts";
import { go, POLLS, reloaded, showTable } from "./database-fixtures.ts";

const PASSWORD = "correct horse battery staple";

/** Creates the superuser `admin` with the data panel's form; a weak password is refused first. */
async function createSuperuser(page: Page): Promise<void> {
  await page.getByTestId("data").click();
  const button = page.getByTestId("data-superuser");
  // A project whose app uses auth but has no users yet is offered the form.
  await expect(button).toHaveClass(/primary/);
  await button.click();
  const form = page.getByTestId("superuser-form");
  await form.getByLabel("Username").fill("admin");
  await form.getByLabel("Email (optional)").fill("admin@");
  await form.getByLabel("Password", { exact: true }).fill("admin");
  await form.getByRole("button", { name: "Create" }).click();
  // Django's createsuperuser messages, beside their fields; nothing is created.
  await expect(form.locator("#superuser-email-error")).toHaveText("Enter a valid email address.");
  await expect(form.locator("#superuser-password-error")).toContainText("The password is too similar to the username.");
  await expect(form.getByLabel("Use this password anyway")).toBeHidden();
  await form.getByLabel("Email (optional)").fill("admin@example.com");
  await form.getByRole("button", { name: "Create" }).click();
  // Only the password validators object now: Django's bypass is offered.
  await expect(form.locator("#superuser-email-error")).toHaveText("");
  await expect(form.getByLabel("Use this password anyway")).toBeVisible();
  await form.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await expect(form.getByLabel("Use this password anyway")).toBeHidden();
  await form.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("data-message")).toContainText("Superuser admin created: log in at /admin/.");
  await expect(form).toBeHidden();
  await expect(button).not.toHaveClass(/primary/);
  await showTable(page, "auth_user");
  await expect(page.getByTestId("data-table").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("data-table").locator("tbody tr")).toContainText("admin@example.com");
}

/** Asserts the preview shows the admin's index to a logged-in user (not the login page). */
async function expectLoggedIn(page: Page): Promise<void> {
  await go(page, "/admin/");
  await expect(preview(page).locator("h1")).toHaveText("Site administration");
  await expect(preview(page).locator("#user-tools")).toContainText("admin");
  await expect(page.getByTestId("address")).toHaveValue("/admin/");
}

test("the admin in the sandbox: create the superuser, log in, add a question with choices, search, delete; the login outlives a stopped worker and a reload", async ({ page, context }) => {
  await openWithSource(page, POLLS);
  await createSuperuser(page);

  // "Open the admin" shows its login page in the preview.
  await page.getByTestId("data-open-admin").click();
  await expect(page.getByTestId("data-panel")).toBeHidden();
  const site = preview(page);
  await expect(site.locator("h1, #site-name").first()).toContainText("administration");
  await site.getByLabel("Username").fill("admin");
  await site.getByLabel("Password").fill("wrong password");
  await site.getByRole("button", { name: "Log in" }).click();
  await expect(site.locator(".errornote")).toContainText("Please enter the correct username and password");
  await site.getByLabel("Password").fill(PASSWORD);
  await site.getByRole("button", { name: "Log in" }).click();
  await expect(site.locator("h1")).toHaveText("Site administration");

  // Add a question with two choices, inline.
  await site.locator("#polls-question").getByRole("link", { name: "Questions" }).click();
  await expect(site.locator(".no-results")).toHaveText(/^0 questions$/i);
  await site.getByRole("link", { name: /Add question/ }).click();
  await expect(site.locator("h1")).toHaveText("Add question");
  await expect(site.locator(".errornote")).toHaveCount(0);
  await site.getByLabel("Question text:").fill("Tabs or spaces?");
  await site.locator("#id_choices-0-choiceText").fill("Tabs");
  await site.locator("#id_choices-1-choiceText").fill("Spaces");
  await site.getByRole("button", { name: "Save", exact: true }).click();
  await expect(site.locator(".messagelist")).toContainText("The question “Tabs or spaces?” was added successfully.");
  await expect(site.locator("#result_list tbody tr")).toHaveCount(1);

  // The site itself reads the same database: the question and its choices are there.
  await go(page, "/");
  await site.getByRole("link", { name: "Tabs or spaces?" }).click();
  await expect(site.getByLabel("Tabs")).toBeVisible();
  await expect(site.getByLabel("Spaces")).toBeVisible();
  await showTable(page, "polls_choice");
  await expect(page.getByTestId("data-table").locator("tbody tr")).toHaveCount(2);
  await page.getByTestId("data").click();

  // A second question, then search.
  await go(page, "/admin/polls/question/add/");
  await site.getByLabel("Question text:").fill("Vim or Emacs?");
  await site.locator("#id_choices-0-choiceText").fill("Vim");
  await site.getByRole("button", { name: "Save", exact: true }).click();
  await expect(site.locator("#result_list tbody tr")).toHaveCount(2);
  await site.locator("#searchbar").fill("tabs");
  await site.locator("#searchbar").press("Enter");
  await expect(page.getByTestId("address")).toHaveValue("/admin/polls/question/?q=tabs");
  await expect(site.locator("#result_list tbody tr")).toHaveCount(1);
  await expect(site.locator("#result_list tbody")).toContainText("Tabs or spaces?");
  await site.locator("#searchbar").fill("nothing like this");
  await site.locator("#searchbar").press("Enter");
  await expect(site.locator(".no-results")).toHaveText(/^0 questions$/i);

  // Delete with confirmation: the page lists the question and the choices the cascade takes.
  await go(page, "/admin/polls/question/?q=tabs");
  await site.locator("#result_list").getByRole("link", { name: "Tabs or spaces?" }).click();
  await site.getByRole("link", { name: "Delete" }).click();
  await expect(site.locator("h1")).toHaveText("Are you sure?");
  await expect(site.locator("#content")).toContainText("Question: Tabs or spaces?");
  await expect(site.locator("#content")).toContainText("Choice: Tabs");
  await expect(site.locator("#content")).toContainText("Choice: Spaces");
  await site.getByRole("button", { name: "Yes, I’m sure" }).click();
  await expect(site.locator(".messagelist")).toContainText("The question “Tabs or spaces?” was deleted successfully.");
  await expect(site.locator("#result_list tbody tr")).toHaveCount(1);
  await expect(site.locator("#result_list tbody")).toContainText("Vim or Emacs?");
  await showTable(page, "polls_choice");
  await expect(page.getByTestId("data-table").locator("tbody tr")).toHaveCount(1);
  await page.getByTestId("data").click();

  // The service worker is stopped: the next request starts it again, and the session holds.
  const cdp = await context.newCDPSession(page);
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.stopAllWorkers");
  await expectLoggedIn(page);
  await cdp.send("ServiceWorker.stopAllWorkers");
  await go(page, "/admin/polls/question/");
  await expect(site.locator("#result_list tbody")).toContainText("Vim or Emacs?");

  // A reload starts a new runner: the jar and the database come back from IndexedDB.
  await page.reload();
  await reloaded(page);
  await expectLoggedIn(page);

  // Logging out ends it.
  await site.getByRole("button", { name: "Log out" }).click();
  await expect(site.locator("#content")).toContainText("Thanks for spending some quality time");
  await go(page, "/admin/");
  await expect(page.getByTestId("address")).toHaveValue("/admin/login/?next=/admin/");
});
