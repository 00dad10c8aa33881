/**
 * Candidates: wa-sqlite's own IndexedDB VFSes (IDBMirrorVFS, IDBBatchAtomicVFS) on its
 * Asyncify or JSPI build; every VFS call may await, and a commit is durable when it returns.
 * The bench picks the build and the VFS with the BUILD and VFS_NAME constants.
 */
import AsyncFactory from "@journeyapps/wa-sqlite/dist/wa-sqlite-async.mjs";
import JspiFactory from "@journeyapps/wa-sqlite/dist/wa-sqlite-jspi.mjs";
import * as SQLite from "@journeyapps/wa-sqlite";
import { IDBMirrorVFS } from "@journeyapps/wa-sqlite/src/examples/IDBMirrorVFS.js";
import { IDBBatchAtomicVFS } from "@journeyapps/wa-sqlite/src/examples/IDBBatchAtomicVFS.js";
import { serve } from "../harness.ts";
import { statementRunner } from "./wa-sqlite-run.ts";

declare const WASM_URL: string;
declare const BUILD: "async" | "jspi";
declare const VFS_NAME: "IDBMirrorVFS" | "IDBBatchAtomicVFS";

serve(async (wasmUrl) => {
  const factory = BUILD === "jspi" ? JspiFactory : AsyncFactory;
  const module = await factory({ locateFile: () => wasmUrl });
  const sqlite3 = SQLite.Factory(module);
  const Vfs = (VFS_NAME === "IDBMirrorVFS" ? IDBMirrorVFS : IDBBatchAtomicVFS) as unknown as { create(name: string, module: unknown): Promise<SQLiteVFS> };
  const vfs = await Vfs.create("bench", module);
  sqlite3.vfs_register(vfs, true);
  const db = await sqlite3.open_v2("bench.db");
  return { run: statementRunner(sqlite3, db) };
}, WASM_URL);
