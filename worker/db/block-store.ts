/**
 * Keeps one SQLite database file in IndexedDB as fixed-size blocks, so that saving a commit
 * costs the blocks it changed, not the size of the database.
 *
 * One IndexedDB database per SQLite file (`onefile-sqlite:<name>`), two object stores:
 * - `blocks`: block index → ArrayBuffer of `blockSize` bytes (the last one may be partly unused);
 * - `meta`: `"file"` → {@link FileMeta}, the file's size, block size and generation.
 *
 * Every commit is one IndexedDB transaction, so a commit is saved whole or not at all. The
 * generation counts commits: a commit names the generation it was made on, and is refused
 * (nothing written) when another instance committed since (the same project open in two tabs
 * runs two instances). Each save is announced on a BroadcastChannel, so the other instances
 * reload before their next statement instead of finding out by a refused commit.
 */

/** What `meta` holds about the file. */
export interface FileMeta {
  size: number;
  blockSize: number;
  generation: number;
}

/** A file as read back from IndexedDB. */
export interface StoredFile extends FileMeta {
  blocks: Map<number, Uint8Array>;
}

/** The changes one or more commits made: changed blocks and the file's new size. */
export interface BlockChanges {
  size: number;
  blocks: Map<number, Uint8Array>;
}

/** Thrown by {@link BlockStore.commit} when another instance committed first. */
export class StaleGenerationError extends Error {
  constructor(expected: number, found: number) {
    super(`The database was changed by another instance (generation ${found}, expected ${expected}).`);
    this.name = "StaleGenerationError";
  }
}

/**
 * The block size of a new file: 16 pages of SQLite's default 4 KB. Bigger blocks make a cold
 * start read fewer records (a 6 MB file: 94 instead of 1,500, about 10 ms instead of 70–350),
 * and cost a commit little more (bench/sandbox-db).
 */
export const DEFAULT_BLOCK_SIZE = 65536;

/**
 * Where a database file is kept between worker runs: IndexedDB ({@link BlockStore}) in the
 * sandbox; any object with these methods in tests.
 */
export interface FileStore {
  /** The whole file, or null if nothing was ever committed. */
  load(): Promise<StoredFile | null>;
  /** Saves one or more commits' changes at once; returns the new generation. */
  commit(changes: BlockChanges, generation: number, blockSize: number): Promise<number>;
  /** Replaces the whole file; returns the new generation. */
  replace(bytes: Uint8Array, blockSize: number): Promise<number>;
  /** The newest generation other instances announced having saved (0 if none). */
  latestGeneration?(): number;
}

const BLOCKS = "blocks";
const META = "meta";
const META_KEY = "file";

/** How IndexedDB should flush a commit: "strict" waits for the disk, "relaxed" for the OS. */
export type Durability = "strict" | "relaxed" | "default";

/**
 * One SQLite file's blocks in IndexedDB.
 *
 * @example
 * const store = await BlockStore.open("polls");
 * const file = await store.load(); // null for a new database
 * const generation = await store.commit({ size: 8192, blocks }, file?.generation ?? 0);
 */
export class BlockStore implements FileStore {
  private readonly channel: BroadcastChannel;
  private announced = 0;

  private constructor(
    private readonly idb: IDBDatabase,
    readonly name: string,
    private readonly durability: Durability,
  ) {
    this.channel = new BroadcastChannel(BlockStore.databaseName(name));
    this.channel.onmessage = (event: MessageEvent<{ generation?: unknown }>) => {
      const generation = event.data?.generation;
      if (typeof generation === "number") this.announced = Math.max(this.announced, generation);
    };
  }

  /** The newest generation another instance announced (see the module's comment). */
  latestGeneration(): number {
    return this.announced;
  }

  /** The IndexedDB database name a SQLite file `name` is kept under. */
  static databaseName(name: string): string {
    return `onefile-sqlite:${name}`;
  }

  /**
   * Opens (and creates if needed) the store of SQLite file `name`.
   *
   * @example
   * const store = await BlockStore.open("polls", { durability: "strict" });
   */
  static async open(name: string, { durability = "default" }: { durability?: Durability } = {}): Promise<BlockStore> {
    const request = indexedDB.open(BlockStore.databaseName(name), 1);
    request.onupgradeneeded = () => {
      const idb = request.result;
      if (!idb.objectStoreNames.contains(BLOCKS)) idb.createObjectStore(BLOCKS);
      if (!idb.objectStoreNames.contains(META)) idb.createObjectStore(META);
    };
    const idb = await requestResult(request);
    // Another instance deleting this database (a reset) must not wait for this one to close.
    idb.onversionchange = () => idb.close();
    return new BlockStore(idb, name, durability);
  }

  /**
   * Reads the whole file, or null if nothing was ever committed.
   *
   * @example
   * const file = await store.load();
   */
  async load(): Promise<StoredFile | null> {
    const tx = this.idb.transaction([BLOCKS, META], "readonly");
    const meta = requestResult(tx.objectStore(META).get(META_KEY) as IDBRequest<FileMeta | undefined>);
    const keys = requestResult(tx.objectStore(BLOCKS).getAllKeys());
    const values = requestResult(tx.objectStore(BLOCKS).getAll() as IDBRequest<ArrayBuffer[]>);
    const [found, blockKeys, blockValues] = await Promise.all([meta, keys, values]);
    if (!found) return null;
    checkMeta(found);
    const blocks = new Map<number, Uint8Array>();
    blockKeys.forEach((key, i) => {
      const data = blockValues[i];
      if (typeof key !== "number" || !(data instanceof ArrayBuffer) || data.byteLength !== found.blockSize) {
        throw new CorruptDatabaseError(`block ${String(key)} is not ${found.blockSize} bytes`);
      }
      blocks.set(key, new Uint8Array(data));
    });
    return { ...found, blocks };
  }

  /**
   * Saves the changes of one or more commits in one transaction and returns the new
   * generation. Refused with {@link StaleGenerationError} if the stored generation is not
   * `generation` (nothing is written then).
   *
   * @example
   * generation = await store.commit({ size, blocks: changed }, generation, 4096);
   */
  async commit(changes: BlockChanges, generation: number, blockSize: number): Promise<number> {
    const tx = this.idb.transaction([BLOCKS, META], "readwrite", { durability: this.durability });
    const done = transactionDone(tx);
    const blocks = tx.objectStore(BLOCKS);
    const meta = tx.objectStore(META);
    let stale: StaleGenerationError | undefined;
    // The check and the writes are queued together; a stale generation aborts them all.
    const check = meta.get(META_KEY) as IDBRequest<FileMeta | undefined>;
    check.onsuccess = () => {
      const found = check.result?.generation ?? 0;
      if (found !== generation) {
        stale = new StaleGenerationError(generation, found);
        tx.abort();
      }
    };
    const blockCount = Math.ceil(changes.size / blockSize);
    for (const [index, data] of changes.blocks) {
      if (index < blockCount) blocks.put(copyBuffer(data), index);
    }
    blocks.delete(IDBKeyRange.lowerBound(blockCount));
    meta.put({ size: changes.size, blockSize, generation: generation + 1 } satisfies FileMeta, META_KEY);
    try {
      await done;
    } catch (error) {
      throw stale ?? error;
    }
    this.channel.postMessage({ generation: generation + 1 });
    return generation + 1;
  }

  /**
   * Replaces the whole file (an opened db.sqlite3, a reset) and returns the new generation,
   * which is always greater than any before, so instances that loaded the old file are stale.
   *
   * @example
   * await store.replace(bytes, 4096);
   */
  async replace(bytes: Uint8Array, blockSize: number): Promise<number> {
    const tx = this.idb.transaction([BLOCKS, META], "readwrite", { durability: this.durability });
    const done = transactionDone(tx);
    const blocks = tx.objectStore(BLOCKS);
    const meta = tx.objectStore(META);
    const previous = requestResult(meta.get(META_KEY) as IDBRequest<FileMeta | undefined>);
    blocks.clear();
    for (let index = 0; index * blockSize < bytes.byteLength; index++) {
      const block = new Uint8Array(blockSize);
      block.set(bytes.subarray(index * blockSize, (index + 1) * blockSize));
      blocks.put(block.buffer, index);
    }
    const generation = ((await previous)?.generation ?? 0) + 1;
    meta.put({ size: bytes.byteLength, blockSize, generation } satisfies FileMeta, META_KEY);
    await done;
    this.channel.postMessage({ generation });
    return generation;
  }

  /** Closes the IndexedDB connection. */
  close(): void {
    this.channel.close();
    this.idb.close();
  }
}

/** Thrown when the stored file does not have the shape this module writes. */
export class CorruptDatabaseError extends Error {
  constructor(detail: string) {
    super(`The saved database is damaged: ${detail}.`);
    this.name = "CorruptDatabaseError";
  }
}

function checkMeta(meta: unknown): asserts meta is FileMeta {
  const m = meta as Partial<FileMeta> | null;
  const valid =
    typeof m === "object" &&
    m !== null &&
    Number.isSafeInteger(m.size) &&
    (m.size ?? -1) >= 0 &&
    Number.isSafeInteger(m.blockSize) &&
    (m.blockSize ?? 0) >= 512 &&
    Number.isSafeInteger(m.generation);
  if (!valid) throw new CorruptDatabaseError("its description record is unreadable");
}

/** A block's bytes as a standalone ArrayBuffer (a view may share a larger buffer). */
function copyBuffer(data: Uint8Array): ArrayBuffer {
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength
    ? (data.buffer as ArrayBuffer)
    : (data.slice().buffer as ArrayBuffer);
}

/**
 * Deletes a SQLite file's IndexedDB database (reset). Open connections are closed by their
 * `versionchange` handler.
 *
 * @example
 * await deleteStoredFile("polls");
 */
export function deleteStoredFile(name: string): Promise<void> {
  return requestResult(indexedDB.deleteDatabase(BlockStore.databaseName(name))).then(() => undefined);
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException("The transaction was aborted.", "AbortError"));
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
  });
}
