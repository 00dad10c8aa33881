import { describe, expect, it } from "vitest";
import { DumpError, dumpRows, listTables, loadRows, tableRows } from "./data-tools.ts";
import type { SandboxDatabase } from "./database.ts";
import { MemoryStore, openOn } from "./testing.ts";

const SCHEMA = [
  "CREATE TABLE polls_question (id INTEGER PRIMARY KEY, question_text TEXT NOT NULL)",
  "CREATE TABLE polls_choice (id INTEGER PRIMARY KEY, question_id INTEGER NOT NULL REFERENCES polls_question (id), choice_text TEXT, votes INTEGER NOT NULL DEFAULT 0, picture BLOB)",
  "CREATE TABLE onefile_schema (name TEXT PRIMARY KEY, state TEXT)",
];

async function project(): Promise<SandboxDatabase> {
  const db = await openOn(new MemoryStore());
  for (const sql of SCHEMA) await db.execute(sql);
  return db;
}

async function polls(): Promise<SandboxDatabase> {
  const db = await project();
  await db.execute("INSERT INTO onefile_schema VALUES ('x', '{}')");
  await db.execute("INSERT INTO polls_question (question_text) VALUES (?)", ["What's up?"]);
  await db.execute("INSERT INTO polls_choice (question_id, choice_text, votes, picture) VALUES (1, 'Not much', 3, ?), (1, 'The sky', 9007199254740993, NULL)", [new Uint8Array([0, 255, 7])]);
  return db;
}

describe("data tools", () => {
  it("lists the user tables with their row counts, without the framework's", async () => {
    expect(await listTables(await polls())).toEqual([
      { name: "polls_question", rows: 1 },
      { name: "polls_choice", rows: 2 },
    ]);
  });

  it("shows a page of a table and refuses a table that does not exist", async () => {
    const db = await polls();
    const page = await tableRows(db, "polls_choice", { limit: 1, offset: 1 });
    expect(page).toEqual({ table: "polls_choice", columns: ["id", "question_id", "choice_text", "votes", "picture"], rows: [[2, 1, "The sky", { int: "9007199254740993" }, null]], offset: 1, limit: 1, total: 2 });
    await expect(tableRows(db, 'polls_choice"; DROP TABLE polls_choice; --')).rejects.toThrow(DumpError);
  });

  it("round-trips every value through a dump into a fresh database", async () => {
    const dump = await dumpRows(await polls());
    expect(Object.keys(dump.tables)).toEqual(["polls_question", "polls_choice"]);
    const fresh = await project();
    expect(await loadRows(fresh, JSON.parse(JSON.stringify(dump)))).toEqual({ rows: 3, skipped: [] });
    expect((await fresh.execute("SELECT id, question_id, choice_text, votes, picture FROM polls_choice ORDER BY id")).rows).toEqual([
      [1, 1, "Not much", 3, new Uint8Array([0, 255, 7])],
      [2, 1, "The sky", 9007199254740993n, null],
    ]);
  });

  it("blanks redacted columns in a dump", async () => {
    const dump = await dumpRows(await polls(), { redact: { polls_choice: { choice_text: "(hidden)" } } });
    expect(dump.tables["polls_choice"]!.rows.map((row) => row[2])).toEqual(["(hidden)", "(hidden)"]);
  });

  it("skips tables and columns the project does not have, and says so", async () => {
    const dump = await dumpRows(await polls());
    dump.tables["polls_choice"]!.columns[2] = "old_text";
    dump.tables["gone"] = { columns: ["a"], rows: [[1]] };
    const fresh = await project();
    expect(await loadRows(fresh, dump)).toEqual({ rows: 3, skipped: ["column polls_choice.old_text", "table gone"] });
    expect((await fresh.execute("SELECT choice_text FROM polls_choice")).rows).toEqual([[null], [null]]);
  });

  it("loads nothing from a dump that breaks a constraint or is malformed", async () => {
    const fresh = await project();
    const orphan = { v: 1, tables: { polls_choice: { columns: ["id", "question_id", "votes"], rows: [[1, 99, 0]] } } };
    await expect(loadRows(fresh, orphan)).rejects.toThrow(/does not fit this project's tables: FOREIGN KEY constraint failed/);
    expect((await fresh.execute("SELECT count(*) FROM polls_choice")).rows).toEqual([[0]]);
    for (const bad of [null, { v: 2, tables: {} }, { v: 1, tables: { t: { columns: ["a"], rows: [[1, 2]] } } }, { v: 1, tables: { t: { columns: ["a"], rows: [[{ sql: "x" }]] } } }]) {
      await expect(loadRows(fresh, bad)).rejects.toThrow(/not readable/);
    }
    // The database is left usable.
    expect((await fresh.execute("SELECT count(*) FROM polls_question")).rows).toEqual([[0]]);
  });
});
