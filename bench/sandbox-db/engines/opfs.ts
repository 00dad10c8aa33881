/**
 * Candidate (dedicated worker only): wa-sqlite's synchronous build on its OPFSCoopSyncVFS, which
 * writes the database file in the origin private file system through synchronous access
 * handles; a commit is durable when it returns.
 */
import SQLiteESMFactory from "@journeyapps/wa-sqlite/dist/wa-sqlite.mjs";
import * as SQLite from "@journeyapps/wa-sqlite";
import { OPFSCoopSyncVFS } from "@journeyapps/wa-sqlite/src/examples/OPFSCoopSyncVFS.js";
import { serve } from "../harness.ts";
import { statementRunner } from "./wa-sqlite-run.ts";

declare const WASM_URL: string;

serve(async (wasmUrl) => {
  const module = await SQLiteESMFactory({ locateFile: () => wasmUrl });
  const sqlite3 = SQLite.Factory(module);
  const vfs = await (OPFSCoopSyncVFS as unknown as { create(name: string, module: unknown): Promise<SQLiteVFS> }).create("bench", module);
  sqlite3.vfs_register(vfs, true);
  const db = await sqlite3.open_v2("bench.db");
  return { run: statementRunner(sqlite3, db) };
}, WASM_URL);
