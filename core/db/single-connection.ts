import type { Connection, Dialect, QueryResult, SqlValue } from "./driver.ts";

/** Runs one statement on a database that has a single connection (SQLite). */
export type Execute = (sql: string, params: readonly SqlValue[]) => QueryResult | Promise<QueryResult>;

/**
 * Turns a single connection into a `Connection` that is safe under concurrent requests.
 *
 * A SQLite database has one connection per process, while one process serves many requests at
 * once: if request B ran a statement while request A's transaction was open, B's write would be
 * committed or rolled back with A's. So a transaction holds the connection: statements that
 * arrive from outside it wait until it ends; statements on its own `tx` run at once. Nested
 * transactions become savepoints. Writers start with `BEGIN IMMEDIATE`, which takes SQLite's
 * write lock at once, so two processes never deadlock upgrading read locks (the other waits for
 * `busy_timeout` instead of failing with "database is locked").
 *
 * Used by the Node SQLite driver, and meant for any other single-connection driver (the
 * sandbox's SQLite in WebAssembly).
 *
 * @example
 * ```ts
 * const db = new Database("db.sqlite3");
 * const connection = singleConnection("sqlite", (sql, params) => run(db, sql, params));
 * ```
 */
export function singleConnection(dialect: Dialect, execute: Execute, begin = "BEGIN IMMEDIATE"): Connection {
  /** Resolves when the open transaction (if any) has ended. */
  let busy: Promise<void> | null = null;

  const run = async (sql: string, params: readonly SqlValue[] = []): Promise<QueryResult> => execute(sql, params);

  const waitThenRun = async (sql: string, params: readonly SqlValue[]): Promise<QueryResult> => {
    while (busy) await busy;
    return execute(sql, params);
  };
  // The common case (no transaction open) runs at once, without an extra promise hop.
  const query = (sql: string, params: readonly SqlValue[] = []): Promise<QueryResult> => {
    if (busy) return waitThenRun(sql, params);
    try {
      return Promise.resolve(execute(sql, params));
    } catch (error) {
      return Promise.reject(error);
    }
  };

  const transaction = async <T>(fn: (tx: Connection) => Promise<T>): Promise<T> => {
    while (busy) await busy;
    let release!: () => void;
    busy = new Promise((resolve) => (release = resolve));
    try {
      await run(begin);
      let result: T;
      try {
        result = await fn(nested(dialect, run, 1));
      } catch (error) {
        await run("ROLLBACK");
        throw error;
      }
      await run("COMMIT");
      return result;
    } finally {
      busy = null;
      release();
    }
  };
  return { dialect, query, transaction };
}

/** The connection a transaction body gets: statements run at once; `transaction` is a savepoint. */
export function nested(
  dialect: Dialect,
  run: (sql: string, params?: readonly SqlValue[]) => Promise<QueryResult>,
  depth: number,
): Connection {
  return {
    dialect,
    query: run,
    transaction: (fn) => savepoint(dialect, run, depth, fn),
  };
}

async function savepoint<T>(
  dialect: Dialect,
  run: (sql: string, params?: readonly SqlValue[]) => Promise<QueryResult>,
  depth: number,
  fn: (tx: Connection) => Promise<T>,
): Promise<T> {
  const name = `onefile_sp${depth}`;
  await run(`SAVEPOINT ${name}`);
  let result: T;
  try {
    result = await fn(nested(dialect, run, depth + 1));
  } catch (error) {
    await run(`ROLLBACK TO SAVEPOINT ${name}`);
    await run(`RELEASE SAVEPOINT ${name}`);
    throw error;
  }
  await run(`RELEASE SAVEPOINT ${name}`);
  return result;
}
