/**
 * Helpers for the sandbox database's end-to-end tests: the polls example and a small notes
 * project, links that carry data, and the data panel.
 */
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { encodeShare } from "../app/share.ts";
import { encodeData } from "../app/share-data.ts";
import type { Dump } from "../worker/db/data-tools.ts";
import { preview, waitReady } from "./fixtures.ts";

/** examples/polls.ts, as the gallery has it. */
export const POLLS = readFileSync(fileURLToPath(new URL("../examples/polls.ts", import.meta.url)), "utf8");

/** One question with two choices, as Django's tutorial has them. */
export function pollsData(): Dump {
  return {
    v: 1,
    label: "polls",
    tables: {
      polls_question: { columns: ["id", "question_text", "pub_date"], rows: [[1, "What's up?", "2024-01-01T00:00:00.000Z"]] },
      polls_choice: { columns: ["id", "question_id", "choice_text", "votes"], rows: [[1, 1, "Not much", 0], [2, 1, "The sky", 0]] },
    },
  };
}

/** A one-model project; `fields` are the Note model's fields besides `title`. */
export function notesSource(fields = 'body: models.TextField({ default: "" }),', heading = "Notes"): string {
  return `import { App, models, path, render, type HttpRequest } from "onefile";

const app = new App({
  DEBUG: true,
  TEMPLATES: { "index.html": "<h1>${heading}</h1><ul>{% for note in notes %}<li>{{ note.title }}</li>{% endfor %}</ul>" },
});

class Note extends app.Model("Note", {
  title: models.CharField({ maxLength: 100 }),
  ${fields}
}) {}

async function index(request: HttpRequest) {
  return render(request, "index.html", { notes: await Note.objects.orderBy("id") });
}

app.urlpatterns = [path("", index, { name: "index" })];
export default app;
`;
}

/** Notes rows for {@link notesSource}'s default fields. */
export function notesData(...titles: string[]): Dump {
  return { v: 1, label: "app", tables: { app_note: { columns: ["id", "title", "body"], rows: titles.map((title, i) => [i + 1, title, `about ${title}`]) } } };
}

/** The hash of a link that opens `source` with `data`. */
export function linkWithData(source: string, data: Dump): string {
  const encoded = encodeData(data);
  if (!encoded.ok) throw new Error(encoded.message);
  return `#${encodeShare(source)}&data=${encoded.param}`;
}

/** Opens a link with code and data, and waits until the preview shows it with the data loaded. */
export async function openWithData(page: Page, source: string, data: Dump): Promise<void> {
  await page.goto(`/${linkWithData(source, data)}`);
  await waitReady(page);
}

/**
 * Waits for the sandbox after a reload. On a machine this loaded, the host page's heartbeat
 * can miss its runner for two seconds and mark the run as hung, which gates the next visit
 * behind "Run": that is the sandbox's hang protection, not the database's business, so press it.
 */
export async function reloaded(page: Page): Promise<void> {
  await waitReady(page);
  const run = page.getByRole("button", { name: "Run" });
  if (await run.isVisible()) {
    await run.click();
    await expect(run).toBeHidden();
  }
}

/** Shows `path` in the preview, as typing it in the address bar does. */
export async function go(page: Page, path: string): Promise<void> {
  await page.getByTestId("address").fill(path);
  await page.getByTestId("address").press("Enter");
}

/** Votes for `choice` on question 1 of the polls example, ending on its results page. */
export async function vote(page: Page, choice: string): Promise<void> {
  await go(page, "/1/");
  await preview(page).getByLabel(choice).check();
  await preview(page).getByRole("button", { name: "Vote" }).click();
  await expect(preview(page).locator("h1")).toHaveText("What's up?");
  await expect(preview(page).locator("a", { hasText: "Vote again?" })).toBeVisible();
}

/** Asserts the results page of question 1 lists `lines` ("The sky -- 1 vote"). */
export async function expectResults(page: Page, ...lines: string[]): Promise<void> {
  await go(page, "/1/results/");
  for (const line of lines) await expect(preview(page).locator("li", { hasText: line })).toHaveText(line);
}

/** Opens the data panel and shows `table`. */
export async function showTable(page: Page, table: string): Promise<void> {
  const panel = page.getByTestId("data-panel");
  if (!(await panel.isVisible())) await page.getByTestId("data").click();
  await panel.locator(`[data-table="${table}"]`).click();
  await expect(page.getByTestId("data-table")).toBeVisible();
}
