import { expect, test } from "@playwright/test";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "libsql";
import { get, startCli, tempProject } from "../cli/testing/helpers.ts";
import { preview, waitReady } from "./fixtures.ts";
import { expectResults, notesData, notesSource, openWithData, POLLS, pollsData, showTable, vote } from "./database-fixtures.ts";

/** Starts `onefile runserver polls.ts` in `dir` and returns its port and a stop function. */
async function runserver(dir: string): Promise<{ port: number; stop: () => Promise<unknown> }> {
  const cli = startCli(["runserver", "polls.ts", "127.0.0.1:0", "--noreload"], dir);
  try {
    const port = Number((await cli.waitFor(/Starting development server at http:\/\/127\.0\.0\.1:(\d+)\//, 60_000))[1]);
    return { port, stop: () => cli.stop() };
  } catch (error) {
    await cli.stop();
    throw error;
  }
}

test("Download db.sqlite3: onefile runserver polls.ts serves the sandbox's votes", async ({ page }) => {
  await openWithData(page, POLLS, pollsData());
  await vote(page, "Not much");
  await page.getByTestId("data").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("data-download").click()]);
  expect(download.suggestedFilename()).toBe("db.sqlite3");
  await expect(page.getByTestId("data-message")).toContainText("Downloaded db.sqlite3");

  const dir = tempProject();
  try {
    await download.saveAs(join(dir, "db.sqlite3"));
    writeFileSync(join(dir, "polls.ts"), POLLS);
    const server = await runserver(dir);
    try {
      const results = await get(server.port, "/1/results/");
      expect(results.status).toBe(200);
      expect(results.body).toContain("Not much -- 1 vote");
      expect(results.body).toContain("The sky -- 0 votes");
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("Open a db.sqlite3 made by Node: the sandbox shows its rows", async ({ page }) => {
  const dir = tempProject();
  try {
    writeFileSync(join(dir, "polls.ts"), POLLS);
    // runserver creates the tables (and records the schema), as a developer's first run does.
    const server = await runserver(dir);
    await server.stop();
    const db = new Database(join(dir, "db.sqlite3"));
    db.prepare("INSERT INTO polls_question (id, question_text, pub_date) VALUES (7, 'Made on Node?', '2024-02-03T04:05:06.000Z')").run();
    db.prepare("INSERT INTO polls_choice (question_id, choice_text, votes) VALUES (7, 'Yes', 5), (7, 'No', 0)").run();
    db.close();

    await page.goto("/");
    await waitReady(page);
    await page.evaluate((code) => window.sandbox.setSource(code), POLLS);
    await page.getByTestId("data").click();
    await page.getByTestId("data-open-file").setInputFiles({ name: "db.sqlite3", mimeType: "application/vnd.sqlite3", buffer: readFileSync(join(dir, "db.sqlite3")) });
    await expect(page.getByTestId("data-message")).toContainText("Opened db.sqlite3");
    await showTable(page, "polls_choice");
    await expect(page.getByTestId("data-table").locator("tbody tr")).toHaveCount(2);
    await page.getByTestId("data-panel").getByRole("button", { name: "Close the data tools" }).click();
    await expect(preview(page).getByRole("link", { name: "Made on Node?" })).toBeVisible();
    await page.getByTestId("address").fill("/7/results/");
    await page.getByTestId("address").press("Enter");
    await expect(preview(page).locator("li", { hasText: "Yes" })).toHaveText("Yes -- 5 votes");

    // Something that is not a database is refused, and the data stays.
    await page.getByTestId("data").click();
    await page.getByTestId("data-open-file").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a database ".repeat(20)) });
    await expect(page.getByTestId("data-message")).toContainText("This is not a SQLite database");
    await showTable(page, "polls_choice");
    await expect(page.getByTestId("data-table").locator("tbody tr")).toHaveCount(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("Share with data round-trips into a new project; an oversized dump gets the message", async ({ page, context }) => {
  test.setTimeout(180_000); // Two projects, and a view that writes 1,500 rows, on a shared machine.
  await openWithData(page, POLLS, pollsData());
  await vote(page, "The sky");
  await page.getByTestId("data").click();
  await page.getByTestId("data-share").click();
  const link = await page.getByTestId("data-link").inputValue();
  expect(link).toMatch(/#code=[\w-]+&data=[\w-]+$/);

  const other = await context.newPage();
  await other.goto(link);
  await waitReady(other);
  await expectResults(other, "The sky -- 1 vote");
  // A new project: voting there leaves the sharer's copy alone.
  await vote(other, "The sky");
  await expectResults(other, "The sky -- 2 votes");
  await page.getByTestId("data-panel").getByRole("button", { name: "Close the data tools" }).click();
  await expectResults(page, "The sky -- 1 vote");

  // Too many rows for a link (a view makes them): the message says so, and what to do instead.
  const filler = notesSource()
    .replace("import { App, models, path, render, type HttpRequest }", "import { App, HttpResponse, models, path, render, type HttpRequest }")
    .replace(
      'app.urlpatterns = [path("", index, { name: "index" })];',
      `async function fill() {
  await Note.objects.bulkCreate(Array.from({ length: 1500 }, (_, i) => ({ title: \`Note \${i} \${crypto.randomUUID()} \${crypto.randomUUID()}\` })));
  return new HttpResponse("<h1>Filled</h1>");
}
app.urlpatterns = [path("", index, { name: "index" }), path("fill/", fill)];`,
    );
  await openWithData(other, filler, notesData("First"));
  await other.getByTestId("address").fill("/fill/");
  await other.getByTestId("address").press("Enter");
  await expect(preview(other).locator("h1")).toHaveText("Filled");
  await other.getByTestId("data").click();
  await other.getByTestId("data-share").click();
  await expect(other.getByTestId("data-message")).toContainText("more than the 64 KB a link can carry");
  await expect(other.getByTestId("data-message")).toContainText("Download db.sqlite3");
});
