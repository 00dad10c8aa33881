/**
 * Test helpers for worker/db: a FileStore in memory, and a database opened on it with the real
 * SQLite build (compiled from node_modules), so the database code runs for real in Node.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { SandboxDatabase, type SqliteRuntime } from "./database.ts";
import { startSqlite } from "./library.ts";
import { StaleGenerationError, type BlockChanges, type FileStore, type StoredFile } from "./block-store.ts";

/**
 * A FileStore kept in memory, with IndexedDB's all-or-nothing commits and generation check, so
 * the database's save logic runs for real in Node (the IndexedDB store itself is exercised in
 * Chromium by e2e/ and bench/sandbox-db).
 */
export class MemoryStore implements FileStore {
  file: StoredFile | null = null;
  commits = 0;
  failNext: Error | null = null;

  async load(): Promise<StoredFile | null> {
    if (!this.file) return null;
    return { ...this.file, blocks: new Map([...this.file.blocks].map(([i, b]) => [i, b.slice()])) };
  }

  async commit(changes: BlockChanges, generation: number, blockSize: number): Promise<number> {
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      throw error;
    }
    if ((this.file?.generation ?? 0) !== generation) throw new StaleGenerationError(generation, this.file?.generation ?? 0);
    const blocks = new Map(this.file?.blocks ?? []);
    for (const [i, b] of changes.blocks) blocks.set(i, b.slice());
    for (const i of blocks.keys()) if (i * blockSize >= changes.size) blocks.delete(i);
    this.file = { size: changes.size, blockSize, generation: generation + 1, blocks };
    this.commits++;
    return generation + 1;
  }

  async replace(bytes: Uint8Array, blockSize: number): Promise<number> {
    const blocks = new Map<number, Uint8Array>();
    for (let i = 0; i * blockSize < bytes.byteLength; i++) {
      const block = new Uint8Array(blockSize);
      block.set(bytes.subarray(i * blockSize, (i + 1) * blockSize));
      blocks.set(i, block);
    }
    const generation = (this.file?.generation ?? 0) + 1;
    this.file = { size: bytes.byteLength, blockSize, generation, blocks };
    return generation;
  }

  /** Whether other instances hear of each save (a BroadcastChannel message, in the sandbox). */
  announces = true;

  latestGeneration(): number {
    return this.announces ? (this.file?.generation ?? 0) : 0;
  }

  /** The saved file's bytes, as a db.sqlite3 would hold them. */
  bytes(): Uint8Array {
    const out = new Uint8Array(this.file?.size ?? 0);
    for (const [i, b] of this.file?.blocks ?? []) out.set(b.subarray(0, Math.max(0, Math.min(b.byteLength, out.byteLength - i * b.byteLength))), i * b.byteLength);
    return out;
  }
}

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
