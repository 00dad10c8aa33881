/**
 * The PostgreSQL driver's prepared statements, on a real server (skipped with a notice when
 * DATABASE_URL names none): a statement with parameters is prepared once per connection and
 * reused; a statement whose result type changed under it (a column's type altered by a
 * migration) still runs; `prepare: false` prepares nothing.
 */
import { describe, expect, it } from "vitest";
import { openPostgresSchema, postgresUrl } from "./testing/databases.ts";

const url = await postgresUrl();

describe.skipIf(!url)("PostgreSQL driver", () => {
  /** The names of the statements this connection prepared. */
  const prepared = async (query: (sql: string) => Promise<{ rows: unknown[][] }>) =>
    (await query("SELECT name FROM pg_prepared_statements ORDER BY name")).rows.map((r) => r[0]);

  it("prepares a statement with parameters once and runs it again by name", async () => {
    const { driver, dispose } = await openPostgresSchema(url!, { poolSize: 1 });
    try {
      await driver.query("CREATE TABLE note (id serial PRIMARY KEY, body text)");
      expect(await prepared((sql) => driver.query(sql))).toEqual([]);
      for (const body of ["a", "b", "c"]) await driver.query("INSERT INTO note (body) VALUES ($1)", [body]);
      const select = "SELECT body FROM note WHERE id = $1";
      expect((await driver.query(select, [2])).rows).toEqual([["b"]]);
      expect((await driver.query(select, [3])).rows).toEqual([["c"]]);
      expect(await prepared((sql) => driver.query(sql))).toHaveLength(2);
      // Inside a transaction too, and a rolled-back transaction keeps the prepared statement usable.
      await expect(driver.transaction(async (tx) => {
        expect((await tx.query(select, [1])).rows).toEqual([["a"]]);
        throw new Error("roll back");
      })).rejects.toThrow("roll back");
      expect((await driver.query(select, [1])).rows).toEqual([["a"]]);
    } finally {
      await dispose();
    }
  });

  it("runs a statement whose columns changed type since it was prepared", async () => {
    const { driver, dispose } = await openPostgresSchema(url!, { poolSize: 1 });
    try {
      await driver.query("CREATE TABLE item (id serial PRIMARY KEY, n integer)");
      await driver.query("INSERT INTO item (n) VALUES ($1)", [7]);
      const select = "SELECT n FROM item WHERE id = $1";
      expect((await driver.query(select, [1])).rows).toEqual([[7]]);
      await driver.query("ALTER TABLE item ALTER COLUMN n TYPE text");
      expect((await driver.query(select, [1])).rows).toEqual([["7"]]);
      expect((await driver.query(select, [1])).rows).toEqual([["7"]]);
    } finally {
      await dispose();
    }
  });

  it("prepares nothing with prepare: false", async () => {
    const { driver, dispose } = await openPostgresSchema(url!, { poolSize: 1, prepare: false });
    try {
      await driver.query("CREATE TABLE note (id serial PRIMARY KEY, body text)");
      await driver.query("INSERT INTO note (body) VALUES ($1)", ["a"]);
      expect((await driver.query("SELECT body FROM note WHERE id = $1", [1])).rows).toEqual([["a"]]);
      expect(await prepared((sql) => driver.query(sql))).toEqual([]);
    } finally {
      await dispose();
    }
  });
});
