/**
 * The SQLite driver of the Node host, on the `libsql` package (better-sqlite3's API, with its
 * native binary shipped inside the npm package, so installing needs no compiler).
 *
 * One connection per process, in WAL mode (readers never wait for the writer), `busy_timeout`
 * so a second process waits for the write lock instead of failing, and `BEGIN IMMEDIATE` for
 * transactions (see `singleConnection`).
 */
import Database from "libsql";
import type { Driver, QueryResult, SqlValue } from "../../core/db/driver.ts";
import { singleConnection } from "../../core/db/single-connection.ts";
import { IntegrityError } from "../../core/db/errors.ts";
import { DatabaseOpenError, toBindable } from "./values.ts";

/** Options of `openSqlite`. */
export interface SqliteOptions {
  /** Milliseconds a statement waits for another process's write lock. Default 5000. */
  busyTimeout?: number;
}

type Statement = ReturnType<InstanceType<typeof Database>["prepare"]>;

/** Prepared statements kept per connection; beyond this many distinct SQL texts, the oldest go. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Opens (creating if needed) the SQLite database at `path`, or an in-memory one for ":memory:".
 *
 * @example
 * ```ts
 * const driver = openSqlite("/srv/site/db.sqlite3");
 * const { rows } = await driver.query("SELECT count(*) FROM polls_question");
 * await driver.close();
 * ```
 * @throws DatabaseOpenError naming the path when the file cannot be opened or is not a database.
 */
export function openSqlite(path: string, options: SqliteOptions = {}): Driver {
  let db: InstanceType<typeof Database>;
  try {
    db = new Database(path);
    if (path !== ":memory:" && path !== "") db.pragma("journal_mode = WAL");
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeout ?? 5000))}`);
    db.pragma("foreign_keys = ON");
    db.pragma("synchronous = NORMAL");
  } catch (error) {
    throw new DatabaseOpenError(`Could not open the SQLite database ${path}: ${(error as Error).message}`, error);
  }
  const statements = new Map<string, { statement: Statement; columns: string[] | null }>();

  const prepare = (sql: string) => {
    let entry = statements.get(sql);
    if (entry === undefined) {
      const statement = db.prepare(sql);
      const reader = statement.reader as unknown as boolean;
      if (reader) statement.raw(true);
      entry = { statement, columns: reader ? statement.columns().map((c: { name: string }) => c.name) : null };
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      statements.set(sql, entry);
    }
    return entry;
  };

  const execute = (sql: string, params: readonly SqlValue[]): QueryResult => {
    try {
      return run(sql, params);
    } catch (error) {
      throw toIntegrityError(error);
    }
  };

  const run = (sql: string, params: readonly SqlValue[]): QueryResult => {
    const { statement, columns } = prepare(sql);
    const values = toBindable(params);
    if (columns !== null) {
      const rows = statement.all(values) as SqlValue[][];
      return { columns, rows, rowsAffected: rows.length };
    }
    const info = statement.run(values) as { changes: number };
    return { columns: [], rows: [], rowsAffected: info.changes };
  };

  const connection = singleConnection("sqlite", execute);
  return {
    ...connection,
    description: `SQLite ${path}`,
    async close() {
      // Waits for an open transaction to end before closing.
      await connection.query("SELECT 1");
      statements.clear();
      db.close();
    },
  };
}

/** SQLite's constraint errors as the ORM's IntegrityError (other errors pass through). */
function toIntegrityError(error: unknown): unknown {
  const code = (error as { code?: string }).code ?? "";
  if (!code.startsWith("SQLITE_CONSTRAINT")) return error;
  const kind = code.endsWith("_UNIQUE") || code.endsWith("_PRIMARYKEY") ? "unique" : code.endsWith("_NOTNULL") ? "notnull" : code.endsWith("_FOREIGNKEY") ? "foreignkey" : code.endsWith("_CHECK") ? "check" : "other";
  return new IntegrityError((error as Error).message, kind, error);
}
