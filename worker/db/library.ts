/**
 * Starts SQLite (wa-sqlite's synchronous WebAssembly build) once per worker, with the
 * in-memory {@link MirrorVFS} registered, from an already compiled WebAssembly module (the
 * worker compiles and caches the .wasm; tests compile the file from node_modules).
 */
import SQLiteESMFactory from "@journeyapps/wa-sqlite/dist/wa-sqlite.mjs";
import * as SQLite from "@journeyapps/wa-sqlite";
import { MirrorVFS } from "./mirror-vfs.ts";
import type { SqliteRuntime } from "./database.ts";

/** The VFS name databases are opened with. */
const VFS_NAME = "onefile-mirror";

/**
 * Instantiates SQLite from a compiled module.
 *
 * @example
 * const runtime = await startSqlite(await WebAssembly.compileStreaming(fetch("/sqlite/wa-sqlite.wasm")));
 * const db = await SandboxDatabase.open(runtime, "db.sqlite3", store);
 */
export async function startSqlite(wasm: WebAssembly.Module): Promise<SqliteRuntime> {
  const module = await SQLiteESMFactory({
    // Emscripten's hook: instantiate ourselves instead of fetching the .wasm by URL.
    instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance) => void) {
      void WebAssembly.instantiate(wasm, imports).then(receive);
      return {};
    },
  });
  const sqlite3 = SQLite.Factory(module);
  const vfs = new MirrorVFS(VFS_NAME, module);
  sqlite3.vfs_register(vfs as unknown as SQLiteVFS, false);
  return { sqlite3, vfs, vfsName: VFS_NAME };
}
