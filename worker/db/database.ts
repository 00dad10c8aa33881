/**
 * One SQLite database in the sandbox: wa-sqlite's synchronous build running on the in-memory
 * {@link MirrorVFS}, saved to a {@link FileStore} (IndexedDB) after every commit.
 *
 * `execute` runs one statement at a time (a queue), so statements of concurrent requests never
 * interleave, and resolves only once what the statement committed is saved: a response that
 * reports a write is sent after the write is durable, and a stopped worker loses nothing it
 * acknowledged. If saving fails, the database is reloaded from the last saved state and the
 * statement fails with a message, so memory never runs ahead of storage.
 */
import * as SQLite from "@journeyapps/wa-sqlite";
import type { MirrorVFS } from "./mirror-vfs.ts";
import { CorruptDatabaseError, DEFAULT_BLOCK_SIZE, StaleGenerationError, type FileStore } from "./block-store.ts";
import { checkDatabaseFile, checkDatabaseHeader, NotADatabaseError, useRollbackJournal } from "./header.ts";

/** A value a statement binds (the ORM's `SqlValue`). */
export type SqlParam = null | number | bigint | string | boolean | Uint8Array | Date;
/** A value a row holds. */
export type SqlResultValue = null | number | bigint | string | Uint8Array;

/** What one statement returned (the ORM's `QueryResult`). */
export interface StatementResult {
  columns: readonly string[];
  rows: SqlResultValue[][];
  /** Rows changed; for a statement that returns rows, the rows returned. */
  rowsAffected: number;
}

/** The SQLite library and the VFS its databases live in (one per worker). */
export interface SqliteRuntime {
  sqlite3: SQLiteAPI;
  vfs: MirrorVFS;
  vfsName: string;
}

/** Prepared statements kept per database; beyond this many distinct SQL texts, the oldest go. */
const STATEMENT_CACHE_SIZE = 200;

/** Saving a commit failed; the database went back to its last saved state. */
export class SaveFailedError extends Error {
  constructor(cause: unknown) {
    super(`The change could not be saved, so it was undone (${cause instanceof Error ? cause.message : String(cause)}).`);
    this.name = "SaveFailedError";
    this.cause = cause;
  }
}

/**
 * A database open in the sandbox.
 *
 * @example
 * const db = await SandboxDatabase.open(runtime, "db.sqlite3", await BlockStore.open("abc/db.sqlite3"));
 * await db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
 * await db.execute("INSERT INTO t (name) VALUES (?)", ["Ada"]); // saved when it resolves
 * const { rows } = await db.execute("SELECT name FROM t");
 */
export class SandboxDatabase {
  private handle = 0;
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly statements = new Map<string, number>();

  private constructor(
    private readonly runtime: SqliteRuntime,
    /** The file's name inside the VFS (unique per worker). */
    readonly path: string,
    private readonly store: FileStore,
  ) {}

  /**
   * Loads the file from `store` and opens it.
   *
   * @throws CorruptDatabaseError or NotADatabaseError when the stored file is damaged.
   */
  static async open(runtime: SqliteRuntime, path: string, store: FileStore): Promise<SandboxDatabase> {
    const database = new SandboxDatabase(runtime, path, store);
    await database.load();
    return database;
  }

  /**
   * Runs one statement (`?` placeholders); resolves once anything it committed is saved.
   *
   * @example
   * const { rows, rowsAffected } = await db.execute("UPDATE t SET name = ? WHERE id = ?", ["Grace", 1]);
   */
  execute(sql: string, params: readonly SqlParam[] = []): Promise<StatementResult> {
    return this.serialized(async () => {
      // Outside a transaction, catch up with commits another instance (another tab's runner)
      // saved since; inside one, the transaction's own view is kept until it ends.
      const standalone = this.runtime.sqlite3.get_autocommit(this.handle) !== 0;
      if (standalone && (this.store.latestGeneration?.() ?? 0) > this.generation) await this.reload();
      try {
        return await this.runAndSave(sql, params);
      } catch (error) {
        // Another instance saved first, and the reload undid this statement: it stood alone, so
        // running it again on the fresh data is what it would have done a moment later.
        if (!standalone || !(error instanceof SaveFailedError && error.cause instanceof StaleGenerationError)) throw error;
        return this.runAndSave(sql, params);
      }
    });
  }

  /**
   * The database file as SQLite wrote it (the bytes of a db.sqlite3), between statements.
   *
   * @example
   * const bytes = await db.bytes();
   */
  bytes(): Promise<Uint8Array> {
    return this.serialized(async () => this.runtime.vfs.readAll(this.path));
  }

  /**
   * Replaces the whole database with `bytes` (an opened db.sqlite3; empty bytes for a new,
   * empty database), saved before it resolves.
   *
   * @throws NotADatabaseError when `bytes` is not a SQLite database (nothing changes then).
   */
  async replace(bytes: Uint8Array): Promise<void> {
    const copy = bytes.slice();
    checkDatabaseFile(copy);
    useRollbackJournal(copy);
    return this.serialized(async () => {
      await this.store.replace(copy, DEFAULT_BLOCK_SIZE);
      await this.reload();
    });
  }

  /** Closes the database; queued statements finish first. */
  close(): Promise<void> {
    return this.serialized(() => this.closeHandle());
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task, task);
    this.queue = result.catch(() => {});
    return result;
  }

  private async load(): Promise<void> {
    const { sqlite3, vfs, vfsName } = this.runtime;
    const file = await this.store.load();
    const first = file?.blocks.get(0);
    if (file && file.size > 0) {
      if (!first) throw new CorruptDatabaseError("its first block is missing");
      try {
        checkDatabaseHeader(first, file.size);
      } catch (error) {
        throw error instanceof NotADatabaseError ? new CorruptDatabaseError(error.detail) : error;
      }
      useRollbackJournal(first);
    }
    this.generation = file?.generation ?? 0;
    vfs.preload(this.path, file?.blocks ?? new Map(), file?.size ?? 0, file?.blockSize ?? DEFAULT_BLOCK_SIZE);
    try {
      this.handle = await sqlite3.open_v2(this.path, SQLite.SQLITE_OPEN_READWRITE | SQLite.SQLITE_OPEN_CREATE, vfsName);
      // The journal stays in memory: IndexedDB saves each commit whole, so no journal file is
      // needed to recover from a half-written one. Foreign keys as the Node host sets them.
      await sqlite3.exec(this.handle, "PRAGMA journal_mode = MEMORY; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY");
      // Reading the schema is what fails on a damaged file: find out now, not in a view.
      await sqlite3.exec(this.handle, "SELECT count(*) FROM sqlite_schema");
    } catch (error) {
      await this.closeHandle();
      throw translate(error);
    }
  }

  private async runAndSave(sql: string, params: readonly SqlParam[]): Promise<StatementResult> {
    const result = await this.run(sql, params);
    await this.saveCommitted();
    return result;
  }

  private async reload(): Promise<void> {
    await this.closeHandle();
    await this.load();
  }

  private async closeHandle(): Promise<void> {
    const { sqlite3, vfs } = this.runtime;
    for (const stmt of this.statements.values()) await sqlite3.finalize(stmt);
    this.statements.clear();
    if (this.handle) await sqlite3.close(this.handle).catch(() => {});
    this.handle = 0;
    vfs.forget(this.path);
  }

  /** Saves what was committed; on failure, goes back to the last saved state and throws. */
  private async saveCommitted(): Promise<void> {
    const { sqlite3, vfs } = this.runtime;
    if (!sqlite3.get_autocommit(this.handle)) return;
    const changes = vfs.takeChanges(this.path);
    if (!changes) return;
    try {
      this.generation = await this.store.commit(changes, this.generation, changes.blockSize);
    } catch (error) {
      await this.reload();
      throw new SaveFailedError(error);
    }
  }

  private async run(sql: string, params: readonly SqlParam[]): Promise<StatementResult> {
    const { sqlite3 } = this.runtime;
    const stmt = await this.prepare(sql);
    const rows: SqlResultValue[][] = [];
    let columns: string[];
    try {
      bindAll(sqlite3, stmt, params);
      while ((await sqlite3.step(stmt)) === SQLite.SQLITE_ROW) rows.push(sqlite3.row(stmt) as SqlResultValue[]);
      // Read after stepping: SQLite prepares a cached statement again when the schema changed
      // (a dropped column), and its columns change with it.
      columns = sqlite3.column_names(stmt);
    } catch (error) {
      throw translate(error);
    } finally {
      // reset() repeats a failed step's error; the step already threw it.
      await sqlite3.reset(stmt).catch(() => {});
      sqlite3.clear_bindings(stmt);
    }
    return { columns, rows, rowsAffected: columns.length > 0 ? rows.length : sqlite3.changes(this.handle) };
  }

  private async prepare(sql: string): Promise<number> {
    const cached = this.statements.get(sql);
    if (cached) return cached;
    const { sqlite3 } = this.runtime;
    const found: number[] = [];
    try {
      for await (const stmt of sqlite3.statements(this.handle, sql, { unscoped: true })) found.push(stmt);
    } catch (error) {
      for (const stmt of found) await sqlite3.finalize(stmt);
      throw translate(error);
    }
    if (found.length !== 1) {
      for (const stmt of found) await sqlite3.finalize(stmt);
      throw new RangeError(found.length === 0 ? "The SQL holds no statement." : `The SQL holds ${found.length} statements; run one at a time.`);
    }
    const stmt = found[0]!;
    if (this.statements.size >= STATEMENT_CACHE_SIZE) {
      const [oldest, old] = this.statements.entries().next().value!;
      this.statements.delete(oldest);
      await sqlite3.finalize(old);
    }
    this.statements.set(sql, stmt);
    return stmt;
  }
}

/**
 * Binds parameters as the Node host does (cli/db/values.ts): booleans as 1/0, dates as ISO
 * text, integers as 64-bit integers; anything else is a TypeError naming the parameter.
 */
function bindAll(sqlite3: SQLiteAPI, stmt: number, params: readonly SqlParam[]): void {
  const expected = sqlite3.bind_parameter_count(stmt);
  if (params.length !== expected) {
    throw new RangeError(`The statement takes ${expected} parameter${expected === 1 ? "" : "s"}, ${params.length} given.`);
  }
  params.forEach((value, i) => {
    const at = i + 1;
    if (value === null || value === undefined) sqlite3.bind_null(stmt, at);
    else if (typeof value === "number") {
      if (Number.isInteger(value) && (value | 0) === value) sqlite3.bind_int(stmt, at, value);
      else if (Number.isSafeInteger(value)) sqlite3.bind_int64(stmt, at, BigInt(value));
      else sqlite3.bind_double(stmt, at, value);
    } else if (typeof value === "bigint") sqlite3.bind_int64(stmt, at, value);
    else if (typeof value === "string") sqlite3.bind_text(stmt, at, value);
    else if (typeof value === "boolean") sqlite3.bind_int(stmt, at, value ? 1 : 0);
    else if (value instanceof Date) sqlite3.bind_text(stmt, at, value.toISOString());
    else if (value instanceof Uint8Array) sqlite3.bind_blob(stmt, at, value);
    else throw new TypeError(`Cannot use ${Object.prototype.toString.call(value)} as a SQL parameter (parameter ${at}).`);
  });
}

/** SQLite's "damaged file" codes become a {@link CorruptDatabaseError}; others pass. */
function translate(error: unknown): unknown {
  const code = (error as { code?: number }).code;
  if (code === SQLite.SQLITE_CORRUPT || code === SQLite.SQLITE_NOTADB) {
    return new CorruptDatabaseError((error as Error).message);
  }
  return error;
}
