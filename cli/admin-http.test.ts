/**
 * The admin over real HTTP: `onefile createsuperuser` by script, then `onefile runserver` on a
 * SQLite file, and on a fresh PostgreSQL database when DATABASE_URL names a server, with
 * `fetch` playing the browser (cookies kept by hand, CSRF tokens read from the pages). Log in, add a question with two inline choices, search, filter, sort, page through
 * 120 rows, edit, delete with the cascade shown, log out — and the old session cookie no
 * longer opens the admin, because sessions live in the database (`SESSION_ENGINE: "db"`).
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { attachDatabase } from "./db/open.ts";
import { postgresUrl } from "./db/testing/databases.ts";
import { CookieJar, csrfToken } from "./testing/forms-http.ts";
import { converse } from "./testing/conversation.ts";
import { ROOT, startCli, tempProject, type RunningCli } from "./testing/helpers.ts";

const PASSWORD = "correct horse battery";
const FIXTURE = join(ROOT, "cli", "testing", "fixtures", "admin-polls.ts");

/** Pks of the rows a changelist page shows, in order. */
function rowPks(html: string): number[] {
  return [...html.matchAll(/name="_selected_action" value="(\d+)"/g)].map((m) => Number(m[1]));
}

/** The texts of the first column (the links to the change pages), in order. */
function rowTitles(html: string): string[] {
  return [...html.matchAll(/<th scope="row" class="field-questionText"><a href="[^"]+">([^<]*)<\/a><\/th>/g)].map((m) => m[1]!);
}

function messagesOf(html: string): string[] {
  return [...html.matchAll(/<li class="success">([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
}

/** Where runserver keeps the data: the fixture's SQLite file, or a PostgreSQL database made for the run. */
interface Target {
  name: string;
  /** DATABASE_URL for the processes ("" leaves the file's own setting: SQLite beside it). */
  url(): Promise<string>;
  drop(): Promise<void>;
}

function postgresTarget(server: string): Target {
  const name = `onefile_admin_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    name: "PostgreSQL",
    async url() {
      await run(`CREATE DATABASE ${name}`);
      const url = new URL(server);
      url.pathname = `/${name}`;
      return url.href;
    },
    drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

const server = await postgresUrl();
const targets: Target[] = [{ name: "a SQLite file", url: async () => "", drop: async () => {} }, ...(server ? [postgresTarget(server)] : [])];

describe.each(targets)("the admin over HTTP, on runserver and $name", (target) => {
  let dir: string;
  let env: Record<string, string>;
  let cli: RunningCli;
  let origin: string;
  const browser = () => new CookieJar(origin);

  /** A form POST as a browser sends it: urlencoded, with the page's CSRF token and the Origin. */
  async function submit(jar: CookieJar, path: string, page: string, fields: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams({ csrfmiddlewaretoken: csrfToken(page) });
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
    return jar.fetch(path, { method: "POST", body, headers: { origin } });
  }

  /** GETs `path`, expecting 200, and returns the page. */
  async function page(jar: CookieJar, path: string): Promise<string> {
    const response = await jar.fetch(path);
    const html = await response.text();
    expect(response.status, `${path}: ${html.slice(0, 300)}`).toBe(200);
    return html;
  }

  /** The keys of the sessions in the database (django_session), read as another process would. */
  async function sessionKeys(): Promise<unknown[]> {
    const { default: app } = await import("./testing/fixtures/admin-polls.ts");
    await attachDatabase(app, join(dir, "admin-polls.ts"), env);
    try {
      return (await app.db.query("SELECT session_key FROM django_session")).rows.flat();
    } finally {
      await app.db.close();
    }
  }

  /** Follows a redirect answer, returning the page it leads to. */
  async function follow(jar: CookieJar, response: Response, to: string): Promise<string> {
    expect(response.status, await response.clone().text()).toBe(302);
    expect(response.headers.get("location")).toBe(to);
    return page(jar, to);
  }

  beforeAll(async () => {
    dir = tempProject();
    copyFileSync(FIXTURE, join(dir, "admin-polls.ts"));
    env = { DATABASE_URL: await target.url() };
    const created = converse(["createsuperuser", "admin-polls.ts", "--username", "admin", "--email", "admin@example.com", "--noinput"], dir, {
      env: { ...env, ONEFILE_SUPERUSER_PASSWORD: PASSWORD },
    });
    created.child.stdin!.end();
    await created.expect("Superuser created successfully.", 60_000);
    expect(await created.exit()).toBe(0);

    // 119 questions (with the one the test adds, 120 rows), one per day, every third one closed.
    const { default: app, Question } = await import("./testing/fixtures/admin-polls.ts");
    await attachDatabase(app, join(dir, "admin-polls.ts"), env);
    await Question.objects.bulkCreate(
      Array.from({ length: 119 }, (_, i) => ({ questionText: `Question ${String(i).padStart(3, "0")}`, pubDate: new Date(Date.UTC(2025, 0, 1 + i, 12)), isOpen: i % 3 !== 0 })),
    );
    await app.db.close();

    cli = startCli(["runserver", "admin-polls.ts", "127.0.0.1:0", "--noreload"], dir, env);
    const port = Number((await cli.waitFor(/Starting development server at http:\/\/127\.0\.0\.1:(\d+)\//, 60_000))[1]);
    origin = `http://127.0.0.1:${port}`;
  }, 120_000);

  afterAll(async () => {
    if (cli) expect(await cli.stop("SIGINT")).toBe(0);
    await target.drop();
  }, 30_000);

  it("runs the whole flow, and a logged-out session cookie opens nothing", async () => {
    const jar = browser();
    // An anonymous visit is sent to the login page.
    const anonymous = await jar.fetch("/admin/polls/question/");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toBe("/admin/login/?next=/admin/polls/question/");

    // Log in (a wrong password first).
    let login = await page(jar, "/admin/login/?next=/admin/polls/question/");
    const wrong = await submit(jar, "/admin/login/?next=/admin/polls/question/", login, { username: "admin", password: "wrong", next: "/admin/polls/question/" });
    expect(wrong.status).toBe(200);
    login = await wrong.text();
    expect(login).toContain("Please enter the correct username and password for a staff account.");
    const loggedIn = await submit(jar, "/admin/login/?next=/admin/polls/question/", login, { username: "admin", password: PASSWORD, next: "/admin/polls/question/" });
    let changelist = await follow(jar, loggedIn, "/admin/polls/question/");
    const session = jar.get("sessionid")!;
    expect(session).toMatch(/^[a-z0-9]{32}$/);
    expect(changelist).toContain("119 questions");
    // The plain view of the same rows (bench/admin's baseline): the latest 100, for a logged-in user only.
    expect((await page(jar, "/questions/")).match(/<tr>/g)).toHaveLength(100);
    expect((await fetch(`${origin}/questions/`, { redirect: "manual" })).status).toBe(302);

    // Add a question with two inline choices (the third blank row is ignored).
    const add = await page(jar, "/admin/polls/question/add/");
    expect(add).not.toContain("errorlist");
    expect(add).toContain('name="choices-TOTAL_FORMS" value="3"');
    const added = await submit(jar, "/admin/polls/question/add/", add, {
      questionText: "What's <new>?", pubDate: "2025-06-15T09:30", isOpen: "on",
      "choices-TOTAL_FORMS": "3", "choices-INITIAL_FORMS": "0", "choices-MIN_NUM_FORMS": "0", "choices-MAX_NUM_FORMS": "1000",
      "choices-0-choiceText": "Not much", "choices-0-votes": "0",
      "choices-1-choiceText": "The sky", "choices-1-votes": "2",
      "choices-2-choiceText": "", "choices-2-votes": "0",
      _save: "Save",
    });
    changelist = await follow(jar, added, "/admin/polls/question/");
    expect(changelist).toContain("120 questions");
    const [message] = messagesOf(changelist);
    const newId = Number(/href="\/admin\/polls\/question\/(\d+)\/change\/">What&#39;s &lt;new&gt;\?<\/a>/.exec(message ?? "")?.[1]);
    expect(message).toBe(`The question “<a href="/admin/polls/question/${newId}/change/">What&#39;s &lt;new&gt;?</a>” was added successfully.`);
    const choices = await page(jar, `/admin/polls/choice/?question__id__exact=${newId}`);
    expect(choices).toContain("2 choices");
    expect(choices).toMatch(/<td class="field-question">What&#39;s &lt;new&gt;\?<\/td>/);

    // Search, filter, sort.
    const searched = await page(jar, `/admin/polls/question/?q=${encodeURIComponent(`"Question 04"`)}`);
    expect(searched).toContain("10 results");
    expect(rowTitles(searched)).toHaveLength(10);
    expect(rowTitles(searched).every((t) => t.startsWith("Question 04"))).toBe(true);
    const closed = await page(jar, "/admin/polls/question/?isOpen__exact=0");
    expect(closed).toContain("40 results");
    expect(rowTitles(closed)).toContain("Question 003");
    expect(rowTitles(closed)).not.toContain("Question 001");
    const both = await page(jar, "/admin/polls/question/?isOpen__exact=0&q=Question+00");
    expect(rowTitles(both)).toEqual(["Question 009", "Question 006", "Question 003", "Question 000"]);
    const byText = await page(jar, "/admin/polls/question/?o=1");
    expect(rowTitles(byText).slice(0, 3)).toEqual(["Question 000", "Question 001", "Question 002"]);
    const byTextDesc = await page(jar, "/admin/polls/question/?o=-1");
    expect(rowTitles(byTextDesc)[0]).toBe("What&#39;s &lt;new&gt;?");

    // Page through the 120 rows: 100 on the first page, 20 on the second, every row once.
    const first = await page(jar, "/admin/polls/question/?o=1");
    expect(first).toMatch(/<span class="this-page" aria-current="page">1<\/span>/);
    expect(first).toContain('href="?o=1&amp;p=2"');
    const second = await page(jar, "/admin/polls/question/?o=1&p=2");
    const seen = [...rowPks(first), ...rowPks(second)];
    expect([rowPks(first).length, rowPks(second).length]).toEqual([100, 20]);
    expect(new Set(seen).size).toBe(120);
    // A page past the end is a bad lookup, as in Django: back to the list with ?e=1.
    expect((await jar.fetch("/admin/polls/question/?o=1&p=3")).headers.get("location")).toBe("/admin/polls/question/?e=1");

    // Edit: a new text, one choice changed, one deleted, one added.
    const change = await page(jar, `/admin/polls/question/${newId}/change/`);
    expect(change).toContain('value="What&#39;s &lt;new&gt;?"');
    const ids = [...change.matchAll(/name="choices-(\d)-id" value="(\d+)"/g)].map((m) => m[2]!);
    expect(ids).toHaveLength(2);
    const edited = await submit(jar, `/admin/polls/question/${newId}/change/`, change, {
      questionText: "What's new?", pubDate: "2025-06-15T09:30", isOpen: "on",
      "choices-TOTAL_FORMS": "3", "choices-INITIAL_FORMS": "2", "choices-MIN_NUM_FORMS": "0", "choices-MAX_NUM_FORMS": "1000",
      "choices-0-id": ids[0]!, "choices-0-choiceText": "Not much at all", "choices-0-votes": "0",
      "choices-1-id": ids[1]!, "choices-1-choiceText": "The sky", "choices-1-votes": "2", "choices-1-DELETE": "on",
      "choices-2-choiceText": "A lot", "choices-2-votes": "1",
      _continue: "Save and continue editing",
    });
    const again = await follow(jar, edited, `/admin/polls/question/${newId}/change/`);
    expect(messagesOf(again)[0]).toBe(`The question “<a href="/admin/polls/question/${newId}/change/">What&#39;s new?</a>” was changed successfully. You may edit it again below.`);
    expect([...again.matchAll(/name="choices-\d-choiceText"[^>]*value="([^"]*)"/g)].map((m) => m[1])).toEqual(["Not much at all", "A lot"]);
    const history = await page(jar, `/admin/polls/question/${newId}/history/`);
    expect(history).toContain("Added.");
    expect(history).toContain("Changed Question text. Added choice “A lot”. Changed Choice text for choice “Not much at all”. Deleted choice “The sky”.");

    // Delete, after a confirmation that lists the choices the cascade takes.
    const confirm = await page(jar, `/admin/polls/question/${newId}/delete/`);
    expect(confirm).toContain("Are you sure you want to delete the question “What&#39;s new?”?");
    expect(confirm).toContain("Choices: 2");
    expect(confirm).toMatch(/Choice: <a href="\/admin\/polls\/choice\/\d+\/change\/">Not much at all<\/a>/);
    expect(confirm).toMatch(/Choice: <a href="\/admin\/polls\/choice\/\d+\/change\/">A lot<\/a>/);
    const deleted = await submit(jar, `/admin/polls/question/${newId}/delete/`, confirm, { post: "yes" });
    changelist = await follow(jar, deleted, "/admin/polls/question/");
    expect(messagesOf(changelist)[0]).toBe("The question “What&#39;s new?” was deleted successfully.");
    expect(changelist).toContain("119 questions");
    expect(await page(jar, "/admin/polls/choice/")).toContain("0 choices");

    // Log out: the session row is gone, and the old cookie, sent again, opens nothing.
    expect(await sessionKeys()).toContain(session);
    const index = await page(jar, "/admin/");
    const out = await submit(jar, "/admin/logout/", index, {});
    expect(out.status).toBe(200);
    expect(await out.text()).toContain("Logged out");
    expect(await sessionKeys()).not.toContain(session);
    const replay = await fetch(`${origin}/admin/`, { headers: { cookie: `sessionid=${session}` }, redirect: "manual" });
    expect(replay.status).toBe(302);
    expect(replay.headers.get("location")).toBe("/admin/login/?next=/admin/");
  }, 120_000);
});
