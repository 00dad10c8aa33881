/**
 * Test helpers for worker/db: a database opened with the real SQLite build (compiled from
 * node_modules) on a {@link MemoryStore}, so the database code runs for real in Node.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { SandboxDatabase, type SqliteRuntime } from "./database.ts";
import { startSqlite } from "./library.ts";
import type { FileStore } from "./block-store.ts";

export { MemoryStore } from "./memory-store.ts";

let runtime: Promise<SqliteRuntime> | undefined;
let counter = 0;

/**
 * Opens a database on `store` under a fresh VFS path, as a restarted worker would.
 *
 * @example
 * const db = await openOn(new MemoryStore());
 */
export async function openOn(store: FileStore): Promise<SandboxDatabase> {
  runtime ??= WebAssembly.compile(readFileSync(createRequire(import.meta.url).resolve("@journeyapps/wa-sqlite/dist/wa-sqlite.wasm"))).then(startSqlite);
  return SandboxDatabase.open(await runtime, `test-${++counter}.sqlite3`, store);
}
