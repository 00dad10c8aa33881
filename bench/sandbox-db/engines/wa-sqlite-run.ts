/**
 * Runs one statement through the wa-sqlite API for the candidates on wa-sqlite's own VFSes,
 * with prepared statements cached as worker/db/database.ts does, so the workload compares
 * storage, not statement preparation.
 */
import * as SQLite from "@journeyapps/wa-sqlite";

/** Returns a runner for `db` that prepares each distinct SQL text once. */
export function statementRunner(sqlite3: SQLiteAPI, db: number): (sql: string, params?: unknown[]) => Promise<unknown[][]> {
  const prepared = new Map<string, number>();
  return async (sql, params) => {
    let stmt = prepared.get(sql);
    if (stmt === undefined) {
      for await (const s of sqlite3.statements(db, sql, { unscoped: true })) stmt = s;
      prepared.set(sql, stmt!);
    }
    const rows: unknown[][] = [];
    try {
      if (params) sqlite3.bind_collection(stmt!, params as SQLiteCompatibleType[]);
      while ((await sqlite3.step(stmt!)) === SQLite.SQLITE_ROW) rows.push(sqlite3.row(stmt!));
    } finally {
      await sqlite3.reset(stmt!).catch(() => {});
    }
    return rows;
  };
}
