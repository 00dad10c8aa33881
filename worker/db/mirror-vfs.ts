/**
 * A SQLite VFS for the synchronous wa-sqlite build that keeps files in memory and records,
 * at each commit, which blocks of the main database changed. The database wrapper
 * (database.ts) then saves those blocks to IndexedDB (block-store.ts) before it reports the
 * write done, so SQLite runs at memory speed, a write costs what it changed, and nothing
 * committed is lost when the service worker is stopped.
 *
 * Why not wa-sqlite's own IndexedDB VFSes: they need the Asyncify or JSPI build (every VFS
 * call may await), which is larger and slower on every statement (see bench/sandbox-db).
 * Here nothing awaits inside SQLite: the file is loaded before it is opened, and saved after
 * the statement returns.
 *
 * The database wrapper takes the changes only between statements and outside a transaction,
 * when what the file holds is committed; a transaction's pages are never saved half-way.
 * (SQLite's own commit signal, `xSync`, is not enough: VACUUM truncates the file after it.)
 */
import { FacadeVFS } from "@journeyapps/wa-sqlite/src/FacadeVFS.js";
import * as VFS from "@journeyapps/wa-sqlite/src/VFS.js";
import type { BlockChanges } from "./block-store.ts";

/** A file held in memory as fixed-size blocks. */
interface MemoryFile {
  path: string;
  size: number;
  blockSize: number;
  blocks: Map<number, Uint8Array>;
  /** Blocks written since the changes were last taken (main database only). */
  dirty: Set<number> | null;
  /** The size when the changes were last taken. */
  takenSize: number;
  deleteOnClose: boolean;
}

/** The main database's changes since they were last taken. */
export interface FileChanges extends BlockChanges {
  blockSize: number;
}

/**
 * The VFS. Register it once per SQLite module; for each database, {@link MirrorVFS.preload}
 * its blocks, open it with this VFS's name, and after each statement outside a transaction
 * {@link MirrorVFS.takeChanges}.
 *
 * @example
 * const vfs = new MirrorVFS("onefile", module);
 * sqlite3.vfs_register(vfs, false);
 * vfs.preload("db.sqlite3", stored?.blocks ?? new Map(), stored?.size ?? 0, 4096);
 * const db = await sqlite3.open_v2("db.sqlite3", undefined, "onefile");
 * // … after a statement, outside a transaction:
 * const changes = vfs.takeChanges("db.sqlite3");
 */
export class MirrorVFS extends FacadeVFS {
  private readonly files = new Map<string, MemoryFile>();
  private readonly open = new Map<number, MemoryFile>();

  constructor(name: string, module: unknown) {
    super(name, module);
  }

  /**
   * Puts a file's content in memory before SQLite opens it. `blocks` is taken over, not copied.
   *
   * @example
   * vfs.preload("db.sqlite3", file.blocks, file.size, file.blockSize);
   */
  preload(path: string, blocks: Map<number, Uint8Array>, size: number, blockSize: number): void {
    this.files.set(normalize(path), { path: normalize(path), size, blockSize, blocks, dirty: new Set(), takenSize: size, deleteOnClose: false });
  }

  /**
   * Returns what changed in file `path` since the last call (the changed blocks, not copied:
   * save them before SQLite runs again) and forgets it; null when nothing changed. Call it
   * outside a transaction, when the file holds only committed data.
   *
   * @example
   * const changes = vfs.takeChanges("db.sqlite3");
   * if (changes) await store.commit(changes, generation, changes.blockSize);
   */
  takeChanges(path: string): FileChanges | null {
    const file = this.files.get(normalize(path));
    if (!file?.dirty || (file.dirty.size === 0 && file.size === file.takenSize)) return null;
    const blocks = new Map<number, Uint8Array>();
    for (const index of file.dirty) {
      const block = file.blocks.get(index);
      if (block) blocks.set(index, block);
    }
    file.dirty.clear();
    file.takenSize = file.size;
    return { size: file.size, blockSize: file.blockSize, blocks };
  }

  /**
   * Forgets file `path` (its memory is released once SQLite has closed it).
   *
   * @example
   * await sqlite3.close(db);
   * vfs.forget("db.sqlite3");
   */
  forget(path: string): void {
    this.files.delete(normalize(path));
  }

  /**
   * The main file's bytes as SQLite last wrote them (a download); call between statements.
   *
   * @example
   * const bytes = vfs.readAll("db.sqlite3");
   */
  readAll(path: string): Uint8Array {
    const file = this.files.get(normalize(path));
    const bytes = new Uint8Array(file?.size ?? 0);
    if (file) readInto(file, bytes, 0);
    return bytes;
  }

  override jOpen(filename: string | null, fileId: number, flags: number, pOutFlags: DataView): number {
    const path = normalize(filename ?? `temp-${Math.random().toString(36).slice(2)}`);
    let file = this.files.get(path);
    if (!file) {
      if (!(flags & VFS.SQLITE_OPEN_CREATE)) return VFS.SQLITE_CANTOPEN;
      const isMain = (flags & VFS.SQLITE_OPEN_MAIN_DB) !== 0;
      file = {
        path,
        size: 0,
        blockSize: 4096,
        blocks: new Map(),
        dirty: isMain ? new Set() : null,
        takenSize: 0,
        deleteOnClose: (flags & VFS.SQLITE_OPEN_DELETEONCLOSE) !== 0,
      };
      this.files.set(path, file);
    }
    this.open.set(fileId, file);
    pOutFlags.setInt32(0, flags, true);
    return VFS.SQLITE_OK;
  }

  override jClose(fileId: number): number {
    const file = this.open.get(fileId);
    this.open.delete(fileId);
    if (file?.deleteOnClose) this.files.delete(file.path);
    return VFS.SQLITE_OK;
  }

  override jRead(fileId: number, pData: Uint8Array, iOffset: number): number {
    const file = this.open.get(fileId);
    if (!file) return VFS.SQLITE_IOERR;
    const out = pData.subarray();
    const read = readInto(file, out, iOffset);
    if (read < out.byteLength) {
      out.fill(0, read);
      return VFS.SQLITE_IOERR_SHORT_READ;
    }
    return VFS.SQLITE_OK;
  }

  override jWrite(fileId: number, pData: Uint8Array, iOffset: number): number {
    const file = this.open.get(fileId);
    if (!file) return VFS.SQLITE_IOERR;
    const data = pData.subarray();
    const { blockSize } = file;
    let done = 0;
    while (done < data.byteLength) {
      const position = iOffset + done;
      const index = Math.floor(position / blockSize);
      const within = position - index * blockSize;
      const count = Math.min(blockSize - within, data.byteLength - done);
      let block = file.blocks.get(index);
      if (!block) {
        block = new Uint8Array(blockSize);
        file.blocks.set(index, block);
      }
      block.set(data.subarray(done, done + count), within);
      file.dirty?.add(index);
      done += count;
    }
    file.size = Math.max(file.size, iOffset + data.byteLength);
    return VFS.SQLITE_OK;
  }

  override jTruncate(fileId: number, iSize: number): number {
    const file = this.open.get(fileId);
    if (!file) return VFS.SQLITE_IOERR;
    if (iSize >= file.size) return VFS.SQLITE_OK;
    const { blockSize } = file;
    for (const index of file.blocks.keys()) {
      if (index * blockSize >= iSize) file.blocks.delete(index);
    }
    // Zero the tail of the last block, so a later growth reads zeros as a real file would.
    const last = file.blocks.get(Math.floor(iSize / blockSize));
    if (last && iSize % blockSize) {
      last.fill(0, iSize % blockSize);
      file.dirty?.add(Math.floor(iSize / blockSize));
    }
    file.size = iSize;
    return VFS.SQLITE_OK;
  }

  override jFileSize(fileId: number, pSize64: DataView): number {
    const file = this.open.get(fileId);
    if (!file) return VFS.SQLITE_IOERR;
    pSize64.setBigInt64(0, BigInt(file.size), true);
    return VFS.SQLITE_OK;
  }

  override jDelete(name: string, _syncDir: number): number {
    this.files.delete(normalize(name));
    return VFS.SQLITE_OK;
  }

  override jAccess(name: string, _flags: number, pResOut: DataView): number {
    pResOut.setInt32(0, this.files.has(normalize(name)) ? 1 : 0, true);
    return VFS.SQLITE_OK;
  }
}

/** Copies file bytes from `offset` into `out`; returns how many bytes the file had there. */
function readInto(file: MemoryFile, out: Uint8Array, offset: number): number {
  const end = Math.min(offset + out.byteLength, file.size);
  const { blockSize } = file;
  let position = offset;
  while (position < end) {
    const index = Math.floor(position / blockSize);
    const within = position - index * blockSize;
    const count = Math.min(blockSize - within, end - position);
    const block = file.blocks.get(index);
    const target = out.subarray(position - offset, position - offset + count);
    if (block) target.set(block.subarray(within, within + count));
    else target.fill(0);
    position += count;
  }
  return Math.max(0, end - offset);
}

function normalize(path: string): string {
  return new URL(path, "file://").pathname;
}
