/**
 * Checks that bytes are a SQLite database file before the sandbox keeps them (an opened
 * db.sqlite3, or what IndexedDB gives back), and turns a WAL-mode file (what the Node host
 * writes) into a rollback-journal one, the only mode the sandbox's in-memory VFS runs.
 *
 * The header layout is SQLite's documented file format (https://www.sqlite.org/fileformat.html,
 * section 1.3): the 16-byte magic string, the page size at offset 16, and the read and write
 * format versions at offsets 18 and 19 (1 = rollback journal, 2 = WAL).
 */

const MAGIC = "SQLite format 3\u0000";

/** Bytes that are not a usable SQLite database; the message says why, for the user. */
export class NotADatabaseError extends Error {
  constructor(
    /** What is wrong, as a clause: "its first bytes are not …". */
    readonly detail: string,
  ) {
    super(`This is not a SQLite database: ${detail}.`);
    this.name = "NotADatabaseError";
  }
}

/**
 * Validates a database file and returns its page size. An empty file is a new database.
 *
 * @example
 * const pageSize = checkDatabaseFile(bytes); // 4096
 * @throws NotADatabaseError when the header is wrong.
 */
export function checkDatabaseFile(bytes: Uint8Array): number {
  return checkDatabaseHeader(bytes, bytes.byteLength);
}

/**
 * Validates the header (the first bytes) of a database file of `size` bytes and returns its
 * page size; 0 for an empty file.
 *
 * @example
 * const pageSize = checkDatabaseHeader(firstBlock, storedSize);
 * @throws NotADatabaseError when the header is wrong.
 */
export function checkDatabaseHeader(bytes: Uint8Array, size: number): number {
  if (size === 0) return 0;
  if (size < 100 || bytes.byteLength < 100) throw new NotADatabaseError(`it is only ${Math.min(size, bytes.byteLength)} bytes long`);
  for (let i = 0; i < MAGIC.length; i++) {
    if (bytes[i] !== MAGIC.charCodeAt(i)) throw new NotADatabaseError("its first bytes are not \"SQLite format 3\"");
  }
  const raw = (bytes[16]! << 8) | bytes[17]!;
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    throw new NotADatabaseError(`its page size (${raw}) is not a power of two between 512 and 65536`);
  }
  if (size % pageSize !== 0) {
    throw new NotADatabaseError(`its size (${size} bytes) is not a whole number of ${pageSize}-byte pages`);
  }
  for (const offset of [18, 19]) {
    if (bytes[offset] !== 1 && bytes[offset] !== 2) throw new NotADatabaseError(`its format version (${bytes[offset]}) is unknown`);
  }
  return pageSize;
}

/**
 * Marks a database file (its first bytes, in place) as using a rollback journal instead of
 * WAL. Valid for a file whose WAL holds nothing more, which is the case for a single
 * db.sqlite3 file: SQLite checkpoints the WAL into it when the last connection closes.
 *
 * @example
 * useRollbackJournal(firstBlock);
 */
export function useRollbackJournal(firstBytes: Uint8Array): void {
  if (firstBytes.byteLength < 20) return;
  if (firstBytes[18] === 2) firstBytes[18] = 1;
  if (firstBytes[19] === 2) firstBytes[19] = 1;
}
