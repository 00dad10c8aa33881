import { StaleGenerationError, type BlockChanges, type FileStore, type StoredFile } from "./block-store.ts";

/**
 * A FileStore kept in memory, with IndexedDB's all-or-nothing commits and generation check:
 * the store of a scratch database (a project's tests run each on a fresh one), and of the unit
 * tests, where the database's save logic runs for real in Node (BlockStore itself runs in
 * Chromium, in e2e/ and bench/sandbox-db).
 *
 * @example
 * const scratch = await SandboxDatabase.open(runtime, "test-1.sqlite3", new MemoryStore());
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
