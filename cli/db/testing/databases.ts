/**
 * The databases the ORM's tests run against: SQLite in memory, a SQLite file, and a real
 * PostgreSQL server when `DATABASE_URL` points at one (CI starts one with .ci/postgres.sh).
 * Each PostgreSQL user gets its own schema, so test files running in parallel never meet.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, beforeEach } from "vitest";
import type { Driver } from "../../../core/db/driver.ts";
import { openPostgres, type PostgresOptions } from "../postgres.ts";
import { openSqlite } from "../sqlite.ts";

/** A database for one test suite, and how to throw it away. */
export interface TestDatabase {
  name: string;
  open(): Promise<{ driver: Driver; dispose(): Promise<void> }>;
}

let notified = false;
let reachable: Promise<string | null> | null = null;

/**
 * The PostgreSQL URL from DATABASE_URL when a server answers there; otherwise null, after
 * printing (once) that the PostgreSQL suites are skipped.
 */
export function postgresUrl(): Promise<string | null> {
  return (reachable ??= (async () => {
    const url = process.env.DATABASE_URL;
    const notice = (why: string) => {
      if (!notified) console.warn(`\n  PostgreSQL suites skipped: ${why}. Start one with: eval "$(.ci/postgres.sh start 5441)"\n`);
      notified = true;
      return null;
    };
    if (!url || !/^postgres(ql)?:\/\//.test(url)) return notice("DATABASE_URL does not name a PostgreSQL server");
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return url;
    } catch (error) {
      return notice(`no server answers at DATABASE_URL (${(error as Error).message})`);
    }
  })());
}

/** SQLite in memory, a SQLite file, and PostgreSQL when reachable. */
export async function testDatabases(): Promise<TestDatabase[]> {
  const list: TestDatabase[] = [
    { name: "SQLite in memory", open: async () => ({ driver: openSqlite(":memory:"), dispose: async () => {} }) },
    {
      name: "SQLite file",
      open: async () => {
        const dir = mkdtempSync(join(tmpdir(), "onefile-orm-"));
        const driver = openSqlite(join(dir, "db.sqlite3"));
        return { driver, dispose: async () => { await driver.close(); rmSync(dir, { recursive: true, force: true }); } };
      },
    },
  ];
  const url = await postgresUrl();
  if (url) list.push({ name: "PostgreSQL", open: () => openPostgresSchema(url) });
  return list;
}

/** A fresh schema on the PostgreSQL server, dropped by `dispose`; `options` go to the driver. */
export async function openPostgresSchema(url: string, options: PostgresOptions = {}): Promise<{ driver: Driver; dispose(): Promise<void> }> {
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const driver = await openPostgres({ url }, { poolSize: 5, ...options, schema });
  return {
    driver,
    dispose: async () => {
      await driver.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/**
 * Gives `app` a fresh database of `database`'s kind before each test of the enclosing
 * `describe`, with every model's table, and throws it away after the test.
 *
 * @example
 * ```ts
 * describe.each(await testDatabases())("the admin on $name", (database) => {
 *   useFreshDatabase(app, database);
 *   it("lists", async () => { … });
 * });
 * ```
 */
export function useFreshDatabase(app: { db: import("../../../core/db/database.ts").Database }, database: TestDatabase): void {
  freshModels(database, () => ({ app }));
}

/**
 * Gives each test of the enclosing `describe` fresh models in a fresh database.
 *
 * @example
 * ```ts
 * describe.each(await testDatabases())("$name", (database) => {
 *   const ctx = freshModels(database);
 *   it("creates", async () => { await ctx.m.Question.objects.create({ questionText: "?" }); });
 * });
 * ```
 */
export function freshModels<T extends { app: { db: import("../../../core/db/database.ts").Database } }>(database: TestDatabase, make: () => T): { m: T } {
  const ctx = {} as { m: T };
  let dispose: (() => Promise<void>) | null = null;
  beforeEach(async () => {
    const opened = await database.open();
    dispose = opened.dispose;
    ctx.m = make();
    ctx.m.app.db.attach(opened.driver, { context: new AsyncLocalStorage() });
    await ctx.m.app.db.sync();
  });
  afterEach(async () => {
    await dispose?.();
    dispose = null;
  });
  return ctx;
}
