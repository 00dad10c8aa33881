/**
 * The ORM through the real commands and real HTTP: runserver and serve on a SQLite file (and
 * serve on PostgreSQL when DATABASE_URL names a server), makemigrations / migrate / dbshell,
 * and what they refuse.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { Driver } from "../../core/db/driver.ts";
import { get } from "../testing/helpers.ts";
import { openPostgres } from "./postgres.ts";
import { openSqlite } from "./sqlite.ts";
import { postgresUrl } from "./testing/databases.ts";
import { csrfFrom, failingStart, onefile, postForm, projectWith, startServer, type Server } from "./testing/http.ts";

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});
async function serve(dir: string, args: string[], url: string | null = null): Promise<Server> {
  const server = await startServer(dir, args, url);
  servers.push(server);
  return server;
}

/** One question with two choices, written with plain SQL (the tables come from migrate). */
async function seedPolls(driver: Driver): Promise<void> {
  const p = (n: number) => (driver.dialect === "postgresql" ? `$${n}` : "?");
  await driver.query(`INSERT INTO polls_question (question_text, pub_date) VALUES (${p(1)}, ${p(2)})`, ["What's new?", "2024-01-01T00:00:00.000Z"]);
  await driver.query(`INSERT INTO polls_choice (question_id, choice_text, votes) VALUES (1, ${p(1)}, 0), (1, ${p(2)}, 0)`, ["Not much", "The sky"]);
}

async function votes(driver: Driver): Promise<number[]> {
  return (await driver.query("SELECT votes FROM polls_choice ORDER BY id")).rows.map((r) => Number(r[0]));
}

describe("runserver on a SQLite file", () => {
  const dir = projectWith("polls.ts");
  const db = join(dir, "db.sqlite3");

  it("creates the tables, votes, and keeps the votes across a restart", { timeout: 120_000 }, async () => {
    let server = await serve(dir, ["runserver", "polls.ts", "--noreload"]);
    expect(server.output()).toContain(`Applied to SQLite ${db}:`);
    expect(server.output()).toContain("Create table polls_question (polls.Question)");
    const driver = openSqlite(db);
    await seedPolls(driver);
    const csrf = await csrfFrom(server.port, "/1/");
    const voted = await postForm(server.port, "/1/vote/", { choice: "2" }, csrf);
    expect([voted.status, voted.headers.location]).toEqual([302, "/1/results/"]);
    expect((await get(server.port, "/1/results/")).body).toContain("The sky -- 1 vote");
    await server.stop();
    server = await serve(dir, ["runserver", "polls.ts", "--noreload"]);
    expect(server.output()).not.toContain("Applied to");
    expect((await get(server.port, "/1/results/")).body).toContain("The sky -- 1 vote");
    expect((await get(server.port, "/1/vote/")).status).toBe(400);
    expect((await get(server.port, "/abc/")).status).toBe(404);
    expect((await get(server.port, "/99/")).status).toBe(404);
    await server.stop();
    await driver.close();
  });

  it("refuses a destructive change, saying what would be lost and how to apply it", { timeout: 120_000 }, async () => {
    const source = readFileSync(join(dir, "polls.ts"), "utf8");
    writeFileSync(join(dir, "polls.ts"), source.replace("  votes: models.IntegerField({ default: 0 }),\n", ""));
    try {
      const { code, out } = await failingStart(dir, ["runserver", "polls.ts", "--noreload"]);
      expect(code).toBe(1);
      expect(out).toContain("Drop column polls_choice.votes: the values in polls_choice.votes would be lost (2 rows in polls_choice).");
      expect(out).toContain("npx onefile makemigrations polls.ts && npx onefile migrate polls.ts");
      const driver = openSqlite(db);
      expect(await votes(driver)).toEqual([0, 1]);
      await driver.close();
    } finally {
      writeFileSync(join(dir, "polls.ts"), source);
    }
  });

  it("names the database that cannot be opened", { timeout: 120_000 }, async () => {
    const missing = join(dir, "no", "such", "folder", "db.sqlite3");
    const { code, out } = await failingStart(dir, ["runserver", "polls.ts", "--noreload"], `sqlite:${missing}`);
    expect(code).toBe(1);
    expect(out).toContain(`Could not open the SQLite database ${missing}`);
    const pgDown = await failingStart(dir, ["serve", "polls.ts", "-w", "1"], "postgres://someone:secret@127.0.0.1:1/nothing");
    expect(pgDown.code).toBe(1);
    expect(pgDown.out).toContain("Could not connect to PostgreSQL postgres://someone:***@127.0.0.1:1/nothing");
    expect(pgDown.out).not.toContain("secret");
  });
});

describe("makemigrations, migrate, dbshell, and serve on unapplied migrations", () => {
  const dir = projectWith("polls.ts");

  it("writes migrations, applies them once, and serve refuses to start before they are applied", { timeout: 180_000 }, async () => {
    const first = onefile(dir, ["makemigrations", "polls.ts"]);
    expect(first.out).toContain("Migrations for 'polls':\n  migrations/0001_initial.json\n    - Create table polls_question (polls.Question)");
    expect(onefile(dir, ["makemigrations", "polls.ts"]).out).toContain("No changes detected");
    const refused = await failingStart(dir, ["serve", "polls.ts", "-w", "1"]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain("1 migration is not applied to SQLite");
    expect(refused.out).toContain("0001_initial");
    expect(refused.out).toContain("npx onefile migrate polls.ts");
    expect(onefile(dir, ["migrate", "polls.ts"]).out).toContain("Applying polls.0001_initial... OK");
    expect(onefile(dir, ["migrate", "polls.ts"]).out).toContain("No migrations to apply.");
    const source = readFileSync(join(dir, "polls.ts"), "utf8");
    writeFileSync(join(dir, "polls.ts"), source.replace("  votes: models.IntegerField({ default: 0 }),", "  votes: models.IntegerField({ default: 0 }),\n  note: models.TextField({ blank: true, default: \"\" }),"));
    const second = onefile(dir, ["makemigrations", "polls.ts"]);
    expect(second.out).toContain("migrations/0002_polls_choice_note.json\n    - Add column polls_choice.note text NOT NULL DEFAULT \"\"");
    expect(readdirSync(join(dir, "migrations")).sort()).toEqual(["0001_initial.json", "0002_polls_choice_note.json"]);
    expect(onefile(dir, ["migrate", "polls.ts"]).out).toContain("Applying polls.0002_polls_choice_note... OK");
    const shell = onefile(dir, ["dbshell", "polls.ts"], null, "SELECT name FROM onefile_migrations ORDER BY id;\n");
    expect(shell.out).toBe("0001_initial\n0002_polls_choice_note\n");
    const server = await serve(dir, ["serve", "polls.ts", "-w", "1"]);
    expect((await get(server.port, "/")).body).toContain("No polls are available.");
    await server.stop();
  });
});

describe("blog on serve", () => {
  it("answers a unique violation with the form's error, not a 500", { timeout: 120_000 }, async () => {
    const dir = projectWith("blog.ts");
    expect(onefile(dir, ["migrate", "blog.ts"]).out).toContain("Create table blog_tag (blog.Tag)... OK");
    const server = await serve(dir, ["serve", "blog.ts", "-w", "1"]);
    const csrf = await csrfFrom(server.port, "/tags/new/");
    const created = await postForm(server.port, "/tags/new/", { name: "orm" }, csrf);
    expect([created.status, created.headers.location]).toEqual([302, "/tag/orm/"]);
    const again = await postForm(server.port, "/tags/new/", { name: "orm" }, csrf);
    expect(again.status).toBe(400);
    expect(again.body).toContain("Tag with this Name already exists.");
    expect((await get(server.port, "/tag/orm/")).body).toContain("Posts tagged orm");
    expect((await get(server.port, "/?page=x")).status).toBe(404);
    await server.stop();
  });
});

/** 200 votes at once through `serve --workers 2`: F() updates lose none. */
async function concurrentVotes(dir: string, url: string | null, driver: Driver): Promise<void> {
  expect(onefile(dir, ["migrate", "polls.ts"], url).code).toBe(0);
  await seedPolls(driver);
  const server = await serve(dir, ["serve", "polls.ts", "--workers", "2"], url);
  const csrf = await csrfFrom(server.port, "/1/");
  const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => postForm(server.port, "/1/vote/", { choice: String((i % 2) + 1) }, csrf)));
  expect(responses.map((r) => r.status).filter((s) => s !== 302)).toEqual([]);
  expect(await votes(driver)).toEqual([100, 100]);
  await server.stop();
}

describe("serve --workers 2", () => {
  it("counts 200 concurrent votes on a SQLite file", { timeout: 180_000 }, async () => {
    const dir = projectWith("polls.ts");
    const driver = openSqlite(join(dir, "db.sqlite3"));
    await concurrentVotes(dir, null, driver);
    expect(readFileSync(join(dir, "db.sqlite3")).length).toBeGreaterThan(0);
    await driver.close();
  });

  it("counts 200 concurrent votes on PostgreSQL", { timeout: 180_000 }, async (context) => {
    const base = await postgresUrl();
    if (!base) return context.skip();
    const name = `onefile_http_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = base.replace(/\/[^/]*$/, `/${name}`);
    const driver = await openPostgres({ url });
    try {
      await concurrentVotes(projectWith("polls.ts"), url, driver);
    } finally {
      await driver.close();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
