/**
 * The admin in Chromium, over `onefile runserver` on a SQLite file (cli/testing/fixtures/
 * admin-polls.ts: polls with choices inline, sessions in the database).
 *
 * - "the whole flow" clicks through what a Django user does: log in (a wrong password first),
 *   add a question with inline choices (one row added by "Add another Choice"), search, filter,
 *   sort, page, run "Delete selected" on two rows, edit with "Save and continue editing", read
 *   the history, delete with the cascade listed, change the password, log out, log in again.
 * - "every page, <look>" visits every admin page wide (1280) and narrow (390), light and dark,
 *   saves a full-page screenshot of each under test-results/admin-screens/<look>/, and asserts
 *   what a user would see: the page's heading, no horizontal scrolling of the page itself (wide
 *   tables scroll inside their own box), and no axe-core violations (colour contrast included).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { attachDatabase } from "../cli/db/open.ts";
import { converse } from "../cli/testing/conversation.ts";
import { ROOT, startCli, tempProject, type RunningCli } from "../cli/testing/helpers.ts";

const PASSWORD = "correct horse battery";
const SCREENS = join(ROOT, "test-results", "admin-screens");

test.describe.configure({ mode: "serial" });
test.use({ actionTimeout: 15_000 });

let dir: string;
let cli: RunningCli;
let origin: string;
/** The question seeded with three choices: the change, history and delete pages show it. */
let questionId: number;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = tempProject();
  copyFileSync(join(ROOT, "cli", "testing", "fixtures", "admin-polls.ts"), join(dir, "admin-polls.ts"));
  const created = converse(["createsuperuser", "admin-polls.ts", "--username", "admin", "--email", "admin@example.com", "--noinput"], dir, {
    env: { ONEFILE_SUPERUSER_PASSWORD: PASSWORD },
  });
  created.child.stdin!.end();
  await created.expect("Superuser created successfully.", 60_000);
  expect(await created.exit()).toBe(0);

  // 119 questions, one per day, every third one closed; the last has three choices; and a
  // second superuser for the flow, which changes its own password.
  const { default: app, Question, Choice } = await import("../cli/testing/fixtures/admin-polls.ts");
  await attachDatabase(app, join(dir, "admin-polls.ts"), {});
  try {
    await Question.objects.bulkCreate(
      Array.from({ length: 118 }, (_, i) => ({ questionText: `Question ${String(i).padStart(3, "0")}`, pubDate: new Date(Date.UTC(2025, 0, 1 + i, 12)), isOpen: i % 3 !== 0 })),
    );
    const question = await Question.objects.create({ questionText: "What’s your favourite <b>colour</b>, and why would anyone ask such a long question?", pubDate: new Date(Date.UTC(2025, 5, 1, 9)) });
    questionId = question.id;
    for (const [choiceText, votes] of [["Red", 3], ["Blue", 5], ["A colour with a name long enough to wrap on a phone", 0]] as const) {
      await Choice.objects.create({ question, choiceText, votes });
    }
    await app.auth.User.objects.createSuperuser("editor", "editor@example.com", PASSWORD);
  } finally {
    await app.db.close();
  }

  cli = startCli(["runserver", "admin-polls.ts", "127.0.0.1:0", "--noreload"], dir);
  origin = `http://127.0.0.1:${(await cli.waitFor(/Starting development server at http:\/\/127\.0\.0\.1:(\d+)\//, 60_000))[1]}`;
});

test.afterAll(async () => {
  if (cli) expect(await cli.stop("SIGINT")).toBe(0);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

/** The cells of the result table's first column (the links to the change pages). */
function firstColumn(page: Page) {
  return page.locator("#result_list tbody th.field-questionText");
}

test("the whole flow: add with inlines, search, filter, sort, page, actions, edit, history, delete, password, logout", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${origin}/admin/polls/question/`);
  await expect(page).toHaveURL(`${origin}/admin/login/?next=/admin/polls/question/`);
  await logIn(page, "editor", "wrong");
  await expect(page.locator(".errornote")).toHaveText("Please enter the correct username and password for a staff account. Note that both fields may be case-sensitive.");
  await logIn(page, "editor", PASSWORD);
  await expect(page).toHaveURL(`${origin}/admin/polls/question/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Select question to change");
  await expect(page.locator(".paginator .result-count")).toContainText("119 questions");

  // Add, with the two served inline rows and one more from "Add another Choice".
  await page.getByRole("link", { name: "Add question" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add question");
  await page.getByLabel("Question text").fill("Tea or coffee?");
  await page.locator("#id_pubDate").fill("2025-07-01T08:00");
  const rows = page.locator("#choices-group tbody tr.form-row:not(.empty-form)");
  await expect(rows).toHaveCount(3);
  await page.getByRole("button", { name: "Add another Choice" }).click();
  await expect(rows).toHaveCount(4);
  for (const [i, text] of ["Tea", "Coffee", "", "Both"].entries()) await page.locator(`#id_choices-${i}-choiceText`).fill(text);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator(".messagelist .success")).toHaveText("The question “Tea or coffee?” was added successfully.");
  await expect(page.locator(".paginator .result-count")).toContainText("120 questions");

  // Search from the search box, then filter and sort by clicking.
  await page.locator("#searchbar").fill('"Question 04"'); // quoted: one term, as in Django
  await page.locator("#searchbar").press("Enter");
  await expect(page.locator("#changelist-search .quiet")).toContainText("10 results");
  await expect(firstColumn(page)).toHaveText(Array.from({ length: 10 }, (_, i) => `Question 04${9 - i}`));
  await page.locator("#changelist-filter").getByRole("link", { name: "No" }).first().click();
  await expect(page).toHaveURL(/isOpen__exact=0/);
  await expect(firstColumn(page)).toHaveText(["Question 048", "Question 045", "Question 042"]);
  await page.getByRole("link", { name: "✖ Clear all filters" }).click(); // the search stays, as in Django
  await expect(firstColumn(page)).toHaveCount(10);
  await page.locator("#searchbar").fill("");
  await page.locator("#searchbar").press("Enter");
  await page.locator("#result_list thead").getByRole("link", { name: "Question text" }).click();
  await expect(page).toHaveURL(/[?&]o=0$/);
  await expect(firstColumn(page).nth(0)).toHaveText("Question 000");
  await expect(firstColumn(page).nth(1)).toHaveText("Question 001");

  // Page 2 of 120 rows at 100 a page.
  await page.locator(".paginator").getByRole("link", { name: "2", exact: true }).click();
  await expect(page.locator(".paginator .this-page")).toHaveText("2");
  await expect(page.locator("#result_list tbody tr")).toHaveCount(20);

  // "Delete selected questions" on two rows: the confirmation lists them, then they are gone.
  await page.locator("#result_list tbody tr").nth(0).locator(".action-select").check();
  await page.locator("#result_list tbody tr").nth(1).locator(".action-select").check();
  await expect(page.locator(".action-counter")).toHaveText("2 of 20 selected");
  await page.locator(".actions select").selectOption({ label: "Delete selected questions" });
  await page.getByRole("button", { name: "Go" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delete multiple objects");
  await expect(page.locator(".deleted-objects > li")).toHaveCount(2);
  await page.getByRole("button", { name: "Yes, I’m sure" }).click();
  await expect(page.locator(".messagelist .success")).toHaveText("Successfully deleted 2 questions.");
  await expect(page.locator(".paginator .result-count")).toContainText("118 questions");

  // Edit with "Save and continue editing": one choice renamed, one deleted.
  await page.locator("#searchbar").fill("Tea or coffee");
  await page.locator("#searchbar").press("Enter");
  await page.getByRole("link", { name: "Tea or coffee?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change question");
  await expect(page.locator("#choices-group tbody tr.has_original")).toHaveCount(3);
  await page.getByLabel("Question text").fill("Tea, coffee or both?");
  await page.locator("#id_choices-0-choiceText").fill("Green tea");
  await page.locator("#id_choices-1-DELETE").check();
  await page.getByRole("button", { name: "Save and continue editing" }).click();
  await expect(page.locator(".messagelist .success")).toHaveText("The question “Tea, coffee or both?” was changed successfully. You may edit it again below.");
  await expect(page.locator("#choices-group tbody tr.has_original")).toHaveCount(2);

  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change history: Tea, coffee or both?");
  await expect(page.locator("#change-history tbody tr")).toHaveCount(2);
  await expect(page.locator("#change-history tbody tr").last()).toContainText("Deleted choice “Coffee”.");

  // Delete: the confirmation lists the cascade.
  await page.getByRole("link", { name: "Tea, coffee or both?" }).click();
  await page.getByRole("link", { name: "Delete" }).click();
  await expect(page.locator("#content-main")).toContainText("Choices: 2");
  await expect(page.locator(".deleted-objects .deleted-objects > li")).toHaveText(["Choice: Green tea", "Choice: Both"]);
  await page.getByRole("button", { name: "Yes, I’m sure" }).click();
  await expect(page.locator(".messagelist .success")).toHaveText("The question “Tea, coffee or both?” was deleted successfully.");

  // Change the password, log out, and only the new password logs in.
  await page.getByRole("link", { name: "Change password" }).click();
  await page.getByLabel("Old password").fill(PASSWORD);
  await page.getByLabel(/^New password:?$/).fill("a much newer passphrase");
  await page.getByLabel("New password confirmation").fill("a much newer passphrase");
  await page.getByRole("button", { name: "Change my password" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Password change successful");
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logged out");
  await page.goto(`${origin}/admin/`);
  await logIn(page, "editor", PASSWORD);
  await expect(page.locator(".errornote")).toBeVisible();
  await logIn(page, "editor", "a much newer passphrase");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Site administration");
});

/** Wide and narrow, light and dark. */
const LOOKS = [
  { name: "wide-light", viewport: { width: 1280, height: 900 }, colorScheme: "light" },
  { name: "wide-dark", viewport: { width: 1280, height: 900 }, colorScheme: "dark" },
  { name: "narrow-light", viewport: { width: 390, height: 844 }, colorScheme: "light" },
  { name: "narrow-dark", viewport: { width: 390, height: 844 }, colorScheme: "dark" },
] as const;

/**
 * Checks what the page shows (its h1, when it has one), that the page itself does not scroll
 * sideways, and that axe-core finds nothing; then saves a full-page screenshot.
 */
async function inspect(page: Page, look: (typeof LOOKS)[number], name: string, heading: string | null): Promise<void> {
  if (heading !== null) await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect.soft(overflow, `${name}: the page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const found = violations.map((v) => `${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`).join("\n    ")}`);
  expect.soft(found, `${name} (${look.name})`).toEqual([]);
  await page.screenshot({ path: join(SCREENS, look.name, `${name}.png`), fullPage: true });
}

async function lookContext(browser: Browser, look: (typeof LOOKS)[number]): Promise<Page> {
  const context = await browser.newContext({ viewport: look.viewport, colorScheme: look.colorScheme, baseURL: origin });
  return context.newPage();
}

for (const look of LOOKS) {
  test(`every page, ${look.name}`, async ({ browser }) => {
    test.setTimeout(180_000);
    const page = await lookContext(browser, look);
    const shot = (name: string, heading: string | null) => inspect(page, look, name, heading);
    try {
      await page.goto("/admin/login/");
      await shot("01-login", null);
      await logIn(page, "admin", "wrong");
      await shot("02-login-error", null);
      await logIn(page, "admin", PASSWORD);
      await shot("03-index", "Site administration");
      await page.goto("/admin/polls/");
      await shot("04-app-index", "Polls administration");

      await page.goto("/admin/polls/question/");
      await shot("05-changelist", "Select question to change");
      await page.goto("/admin/polls/question/?q=%22Question+04%22&isOpen__exact=0");
      await shot("06-changelist-search-filter", "Select question to change");
      await page.goto("/admin/polls/question/?p=2&o=-1");
      await shot("07-changelist-page-2", "Select question to change");
      await page.locator("#result_list tbody tr").nth(0).locator(".action-select").check();
      await page.locator("#result_list tbody tr").nth(2).locator(".action-select").check();
      await page.locator(".actions select").selectOption({ label: "Delete selected questions" });
      await shot("08-changelist-actions", "Select question to change");
      await page.getByRole("button", { name: "Go" }).click();
      await shot("09-delete-selected-confirmation", "Delete multiple objects");
      await page.goto("/admin/polls/choice/");
      await shot("10-choice-changelist", "Select choice to change");

      await page.goto("/admin/polls/question/add/");
      await shot("11-add", "Add question");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await shot("12-add-errors", "Add question");
      await page.goto(`/admin/polls/question/${questionId}/change/`);
      await page.getByRole("button", { name: "Save and continue editing" }).click(); // a message, and a line of history
      await expect(page.locator(".messagelist .success")).toContainText("was changed successfully");
      await shot("13-change-with-inlines", "Change question");
      await page.goto(`/admin/polls/question/${questionId}/history/`);
      await shot("14-history", "Change history: What’s your favourite <b>colour</b>, and why would anyone ask such a long question?");
      await expect(page.locator("#change-history tbody tr").last()).toContainText("No fields changed.");
      await page.goto(`/admin/polls/question/${questionId}/delete/`);
      await shot("15-delete-confirmation", "Are you sure?");
      await page.goto("/admin/auth/user/");
      await shot("16-users", "Select user to change");
      await page.goto("/admin/auth/user/1/change/");
      await shot("17-user-change", "Change user");

      await page.goto("/admin/password_change/");
      await shot("18-password-change", "Password change");
      await page.getByRole("button", { name: "Log out" }).click();
      await shot("19-logged-out", "Logged out");
    } finally {
      await page.context().close();
    }
  });
}
