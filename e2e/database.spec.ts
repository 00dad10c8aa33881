import { chromium, expect, test } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sandboxLaunchArgs } from "../playwright/index.ts";
import { encodeShare } from "../app/share.ts";
import { expectHeading, preview, previewFrame, setSource, waitReady } from "./fixtures.ts";
import { expectResults, go, notesData, reloaded, notesSource, openWithData, POLLS, pollsData, showTable, vote } from "./database-fixtures.ts";

test("polls from a link with data: a vote survives a stopped worker, a reload and a reopened browser", async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), "onefile-profile-"));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      baseURL,
      executablePath: test.info().project.use.launchOptions?.executablePath,
      args: [...sandboxLaunchArgs],
    });
  let context = await launch();
  try {
    let page = context.pages()[0] ?? (await context.newPage());
    await openWithData(page, POLLS, pollsData());
    await expect(preview(page).getByRole("link", { name: "What's up?" })).toBeVisible();
    await vote(page, "The sky");
    await expectResults(page, "The sky -- 1 vote", "Not much -- 0 votes");

    // The service worker is stopped: the next request starts it again, and the votes are there.
    const cdp = await context.newCDPSession(page);
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.stopAllWorkers");
    await expectResults(page, "The sky -- 1 vote");
    await vote(page, "The sky");
    await cdp.send("ServiceWorker.stopAllWorkers");
    await expectResults(page, "The sky -- 2 votes");

    // A reload starts a new runner, which reads the database back from IndexedDB.
    await page.reload();
    await reloaded(page);
    await expectResults(page, "The sky -- 2 votes");

    // Closing the browser and opening the same profile again, on the sandbox or on the code's
    // link, continues the same project with its data.
    await context.close();
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto("/");
    await reloaded(page);
    await expectResults(page, "The sky -- 2 votes");
    await context.close();
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`/#${encodeShare(POLLS)}`);
    await reloaded(page);
    await expectResults(page, "The sky -- 2 votes", "Not much -- 0 votes");
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("a schema change: an added field keeps the data; a removed one waits for the button", async ({ page }) => {
  await openWithData(page, notesSource(), notesData("First", "Second"));
  await expect(preview(page).locator("li")).toHaveText(["First", "Second"]);

  await setSource(page, notesSource('body: models.TextField({ default: "" }), stars: models.IntegerField({ default: 0 }),'));
  await expect(page.getByTestId("log")).toContainText("Database: Add column app_note.stars");
  await expect(preview(page).locator("li")).toHaveText(["First", "Second"]);
  await showTable(page, "app_note");
  await expect(page.getByTestId("data-table").locator("th")).toHaveText(["id", "title", "body", "stars"]);
  await expect(page.getByTestId("data-table").locator("tbody tr").first()).toContainText("about First");

  // Removing `body` would lose its values: nothing changes until the button is pressed.
  await setSource(page, notesSource("stars: models.IntegerField({ default: 0 }),"));
  const notice = page.getByTestId("schema-changes");
  await expect(notice).toContainText("could lose data");
  await expect(notice).toContainText("body");
  await expect(preview(page).locator("li")).toHaveText(["First", "Second"]);
  await showTable(page, "app_note");
  await expect(page.getByTestId("data-table").locator("th")).toHaveText(["id", "title", "body", "stars"]);
  await expect(page.getByTestId("data-table").locator("tbody tr").first()).toContainText("about First");

  await notice.getByTestId("apply-schema").click();
  await expect(notice).toBeHidden();
  await showTable(page, "app_note");
  await expect(page.getByTestId("data-table").locator("th")).toHaveText(["id", "title", "stars"]);
  await expect(preview(page).locator("li")).toHaveText(["First", "Second"]);
});

test("two projects in two tabs keep separate data", async ({ context }) => {
  const first = await context.newPage();
  await openWithData(first, notesSource(), notesData("Only in the first"));
  const second = await context.newPage();
  await openWithData(second, notesSource(), notesData("Only in the second", "And this"));
  await expect(preview(first).locator("li")).toHaveText(["Only in the first"]);
  await expect(preview(second).locator("li")).toHaveText(["Only in the second", "And this"]);
  await first.bringToFront();
  await first.reload();
  await reloaded(first);
  await expect(preview(first).locator("li")).toHaveText(["Only in the first"]);
});

test("a damaged database gives a clear message and Reset data, never a dead sandbox", async ({ page }) => {
  await openWithData(page, notesSource(), notesData("Soon damaged"));
  await expect(preview(page).locator("li")).toHaveText(["Soon damaged"]);
  // Overwrite the first block of the saved file (its header) in the project's own IndexedDB.
  const frame = await previewFrame(page);
  await frame.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("onefile-sqlite:db.sqlite3");
        request.onsuccess = () => {
          const tx = request.result.transaction("blocks", "readwrite");
          tx.objectStore("blocks").put(new Uint8Array(65536).fill(7).buffer, 0);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
  await waitReady(page);
  const notice = page.getByTestId("schema-changes");
  await expect(notice).toContainText("saved data cannot be read");
  await expect(preview(page).locator("body")).toContainText("Reset data");
  page.once("dialog", (dialog) => void dialog.accept());
  await notice.getByTestId("data-error-reset").click();
  await expect(notice).toBeHidden();
  await expectHeading(page, "Notes");
  await expect(preview(page).locator("li")).toHaveCount(0);
  await go(page, "/");
  await expectHeading(page, "Notes");
});

test("a project without models never loads the database code; one with models does", async ({ page, context }) => {
  const loaded: string[] = [];
  // Every request of the page, its frames on the preview origin, their workers and service workers.
  context.on("request", (request) => loaded.push(request.url()));
  const databaseCode = () => loaded.filter((url) => /\.wasm(\?|$)|project-database/.test(url));
  await page.goto("/");
  await waitReady(page);
  await expectHeading(page, /Hello/);
  expect(loaded.some((url) => /runner/.test(url)), "the runner's requests are seen").toBe(true);
  expect(databaseCode()).toEqual([]);
  await setSource(page, POLLS);
  await expect.poll(() => databaseCode().length).toBeGreaterThan(0);
});
