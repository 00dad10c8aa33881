import { describe, expect, it } from "vitest";
import { SaveFailedError, type SandboxDatabase } from "./database.ts";
import { CorruptDatabaseError } from "./block-store.ts";
import { NotADatabaseError } from "./header.ts";
import { MemoryStore, openOn as open } from "./testing.ts";


async function withTable(store = new MemoryStore()): Promise<{ db: SandboxDatabase; store: MemoryStore }> {
  const db = await open(store);
  await db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
  return { db, store };
}

describe("SandboxDatabase", () => {
  it("runs statements with parameters and reports columns and rows affected", async () => {
    const { db } = await withTable();
    expect((await db.execute("INSERT INTO t (name) VALUES (?), (?)", ["Ada", "Grace"])).rowsAffected).toBe(2);
    const result = await db.execute("SELECT id, name FROM t WHERE name <> ? ORDER BY id", ["nobody"]);
    expect(result.columns).toEqual(["id", "name"]);
    expect(result.rows).toEqual([[1, "Ada"], [2, "Grace"]]);
    expect(result.rowsAffected).toBe(2);
    const returning = await db.execute("UPDATE t SET name = upper(name) RETURNING name");
    expect(returning.rows).toEqual([["ADA"], ["GRACE"]]);
    await db.close();
  });

  it("reports a cached statement's columns as they are after a schema change", async () => {
    const { db } = await withTable();
    await db.execute("INSERT INTO t (name) VALUES ('x')");
    expect((await db.execute("SELECT * FROM t")).columns).toEqual(["id", "name"]);
    await db.execute("ALTER TABLE t ADD COLUMN extra TEXT");
    expect(await db.execute("SELECT * FROM t")).toMatchObject({ columns: ["id", "name", "extra"], rows: [[1, "x", null]] });
    await db.execute("ALTER TABLE t DROP COLUMN name");
    expect(await db.execute("SELECT * FROM t")).toMatchObject({ columns: ["id", "extra"], rows: [[1, null]] });
  });

  it("saves each write before it resolves: a new instance on the same store sees it", async () => {
    const { db, store } = await withTable();
    await db.execute("INSERT INTO t (name) VALUES (?)", ["kept"]);
    const again = await open(store);
    expect((await again.execute("SELECT name FROM t")).rows).toEqual([["kept"]]);
    await Promise.all([db.close(), again.close()]);
  });

  it("saves a transaction only when it commits, and nothing of a rolled-back one", async () => {
    const { db, store } = await withTable();
    const before = store.commits;
    await db.execute("BEGIN");
    await db.execute("INSERT INTO t (name) VALUES ('pending')");
    await db.execute("SAVEPOINT s1");
    await db.execute("INSERT INTO t (name) VALUES ('inner')");
    await db.execute("ROLLBACK TO SAVEPOINT s1");
    await db.execute("RELEASE SAVEPOINT s1");
    expect(store.commits).toBe(before);
    const meanwhile = await open(store);
    expect((await meanwhile.execute("SELECT count(*) FROM t")).rows).toEqual([[0]]);
    await db.execute("COMMIT");
    expect(store.commits).toBe(before + 1);
    const after = await open(store);
    expect((await after.execute("SELECT name FROM t")).rows).toEqual([["pending"]]);
    await db.execute("BEGIN");
    await db.execute("DELETE FROM t");
    await db.execute("ROLLBACK");
    expect(store.commits).toBe(before + 1);
    expect((await db.execute("SELECT count(*) FROM t")).rows).toEqual([[1]]);
    await Promise.all([db.close(), meanwhile.close(), after.close()]);
  });

  it("undoes a write whose save failed, so memory never runs ahead of storage", async () => {
    const { db, store } = await withTable();
    await db.execute("INSERT INTO t (name) VALUES ('first')");
    store.failNext = new Error("QuotaExceededError");
    await expect(db.execute("INSERT INTO t (name) VALUES ('lost')")).rejects.toThrow(SaveFailedError);
    expect((await db.execute("SELECT name FROM t")).rows).toEqual([["first"]]);
    await db.execute("INSERT INTO t (name) VALUES ('second')");
    expect((await (await open(store)).execute("SELECT name FROM t ORDER BY id")).rows).toEqual([["first"], ["second"]]);
  });

  it("runs concurrent statements one at a time and saves every one", async () => {
    const { db, store } = await withTable();
    await Promise.all(Array.from({ length: 40 }, (_, i) => db.execute("INSERT INTO t (name) VALUES (?)", [`n${i}`])));
    expect((await (await open(store)).execute("SELECT count(*) FROM t")).rows).toEqual([[40]]);
  });

  it("keeps two instances on one store (two tabs) from losing each other's writes", async () => {
    const { db: first, store } = await withTable();
    const second = await open(store);
    await first.execute("INSERT INTO t (name) VALUES ('one')");
    // Announced: the second instance reloads before its statement.
    await second.execute("INSERT INTO t (name) VALUES ('two')");
    // Not announced in time (a race): the save is refused as stale, and the statement runs again.
    const unaware = await open(store);
    await second.execute("INSERT INTO t (name) VALUES ('three')");
    store.announces = false;
    await unaware.execute("INSERT INTO t (name) VALUES ('four')");
    store.announces = true;
    expect((await (await open(store)).execute("SELECT name FROM t ORDER BY id")).rows).toEqual([["one"], ["two"], ["three"], ["four"]]);
  });

  it("binds values as the Node host does and refuses what it cannot bind", async () => {
    const db = await open(new MemoryStore());
    await db.execute("CREATE TABLE v (a, b, c, d, e, f)");
    const when = new Date("2024-05-06T07:08:09.010Z");
    await db.execute("INSERT INTO v VALUES (?, ?, ?, ?, ?, ?)", [true, when, 2 ** 40, 12345678901234567890n % 2n ** 63n, new Uint8Array([1, 2]), 1.5]);
    const [row] = (await db.execute("SELECT a, b, c, typeof(c), e, f FROM v")).rows;
    expect(row).toEqual([1, "2024-05-06T07:08:09.010Z", 2 ** 40, "integer", new Uint8Array([1, 2]), 1.5]);
    await expect(db.execute("SELECT ?", [])).rejects.toThrow("takes 1 parameter, 0 given");
    await expect(db.execute("SELECT ?", [{} as never])).rejects.toThrow("Cannot use [object Object] as a SQL parameter (parameter 1)");
    await expect(db.execute("SELECT 1; SELECT 2")).rejects.toThrow("2 statements");
    await expect(db.execute("SELEC 1")).rejects.toThrow(/syntax error/);
    // The database is still usable after each refusal.
    expect((await db.execute("SELECT count(*) FROM v")).rows).toEqual([[1]]);
  });

  it("keeps a transaction larger than the page cache out of storage until it commits", async () => {
    const { db, store } = await withTable();
    await db.execute("PRAGMA cache_size = 10"); // ten pages: the transaction spills to the file
    const before = store.bytes();
    await db.execute("BEGIN");
    for (let i = 0; i < 200; i++) await db.execute("INSERT INTO t (name) VALUES (?)", ["y".repeat(2000)]);
    await db.execute("ROLLBACK");
    expect(store.bytes()).toEqual(before);
    expect((await db.execute("SELECT count(*) FROM t")).rows).toEqual([[0]]);
    await db.execute("BEGIN");
    for (let i = 0; i < 200; i++) await db.execute("INSERT INTO t (name) VALUES (?)", ["z".repeat(2000)]);
    await db.execute("COMMIT");
    const again = await open(store);
    expect((await again.execute("SELECT count(*), min(name) = max(name) FROM t")).rows).toEqual([[200, 1]]);
    expect((await again.execute("PRAGMA integrity_check")).rows).toEqual([["ok"]]);
  });

  it("saves nothing of a statement that failed, and the next write saves cleanly", async () => {
    const { db, store } = await withTable();
    await db.execute("CREATE UNIQUE INDEX t_name ON t (name)");
    await db.execute("INSERT INTO t (name) VALUES ('a'), ('b')");
    const commits = store.commits;
    await expect(db.execute("INSERT INTO t (name) VALUES ('c'), ('a')")).rejects.toThrow(/UNIQUE constraint failed/);
    expect(store.commits).toBe(commits);
    await db.execute("INSERT INTO t (name) VALUES ('d')");
    expect((await (await open(store)).execute("SELECT name FROM t ORDER BY id")).rows).toEqual([["a"], ["b"], ["d"]]);
  });

  it("shrinks the stored file when SQLite truncates it", async () => {
    const { db, store } = await withTable();
    await db.execute("BEGIN");
    for (let i = 0; i < 300; i++) await db.execute("INSERT INTO t (name) VALUES (?)", ["x".repeat(1000)]);
    await db.execute("COMMIT");
    const grown = store.file!.size;
    await db.execute("DELETE FROM t");
    await db.execute("VACUUM");
    expect(store.file!.size).toBeLessThan(grown / 10);
    expect(store.file!.blocks.size).toBe(Math.ceil(store.file!.size / store.file!.blockSize));
    expect((await (await open(store)).execute("PRAGMA integrity_check")).rows).toEqual([["ok"]]);
  });

  it("replaces the database with a file, including one in WAL mode, and refuses what is not one", async () => {
    const source = await withTable();
    await source.db.execute("INSERT INTO t (name) VALUES ('from file')");
    const file = await source.db.bytes();
    expect(file).toEqual(source.store.bytes());
    file[18] = 2; // as the Node host writes it (journal_mode = WAL)
    file[19] = 2;
    const { db, store } = await withTable();
    await db.replace(file);
    expect((await db.execute("SELECT name FROM t")).rows).toEqual([["from file"]]);
    expect((await (await open(store)).execute("SELECT name FROM t")).rows).toEqual([["from file"]]);
    await expect(db.replace(new TextEncoder().encode("not a database at all, just some text that is long enough to be checked........................"))).rejects.toThrow(NotADatabaseError);
    expect((await db.execute("SELECT name FROM t")).rows).toEqual([["from file"]]);
    await db.replace(new Uint8Array());
    expect((await db.execute("SELECT count(*) FROM sqlite_schema")).rows).toEqual([[0]]);
  });

  it("reports a damaged stored file as such", async () => {
    const { store } = await withTable();
    store.file!.blocks.get(0)!.fill(7, 0, 16);
    await expect(open(store)).rejects.toThrow(CorruptDatabaseError);
    const { store: second } = await withTable();
    second.file!.blocks.get(0)!.fill(0xff, 100, 4096); // the schema page
    await expect(open(second)).rejects.toThrow(CorruptDatabaseError);
  });
});
