/**
 * What the sandbox's data tools do with a project's database: list its tables and show a page
 * of rows (the table view), and dump the rows to a compact value and load them back ("Share
 * with data").
 *
 * A dump holds rows only, never SQL: the project's own models create the tables in the fresh
 * database it loads into, and rows go in with bound parameters, into tables and columns that
 * exist there. So a link cannot make the sandbox run SQL it wrote.
 */
import type { SandboxDatabase, SqlResultValue } from "./database.ts";
import { base64url, decodeBase64url } from "../../core/util/base64url.ts";

/** Tables the framework keeps for itself; the data tools neither show nor share them. */
export const INTERNAL_TABLES: readonly string[] = ["onefile_schema", "onefile_migrations"];

/** One table of a dump: its column names and rows, values in column order. */
export interface DumpTable {
  columns: string[];
  rows: DumpValue[][];
}

/** A value in a dump: JSON's own, or a tagged 64-bit integer or blob (base64url). */
export type DumpValue = null | number | string | { int: string } | { blob: string };

/**
 * A dump: format version 1, tables in dependency-friendly order (as the database lists them),
 * and the app label their names were made with (`polls` for `polls_question`).
 */
export interface Dump {
  v: 1;
  label?: string;
  tables: Record<string, DumpTable>;
}

/** What the table view shows of one table. */
export interface TablePage {
  table: string;
  columns: string[];
  rows: DumpValue[][];
  /** Rows before this page, and the page's size. */
  offset: number;
  limit: number;
  total: number;
}

/** The dump could not be read or does not fit the database; the message says why. */
export class DumpError extends Error {
  override name = "DumpError";
}

/**
 * The user tables (not SQLite's, not the framework's), with their row counts.
 *
 * @example
 * await listTables(db); // → [{ name: "polls_question", rows: 2 }, { name: "polls_choice", rows: 6 }]
 */
export async function listTables(db: SandboxDatabase, hidden: readonly string[] = INTERNAL_TABLES): Promise<{ name: string; rows: number }[]> {
  const names = await tableNames(db, hidden);
  const tables: { name: string; rows: number }[] = [];
  for (const name of names) {
    const { rows } = await db.execute(`SELECT count(*) FROM ${quote(name)}`);
    tables.push({ name, rows: Number(rows[0]![0]) });
  }
  return tables;
}

/**
 * A page of a table's rows, by rowid order.
 *
 * @example
 * await tableRows(db, "polls_choice", { limit: 50, offset: 0 });
 * @throws DumpError when the table does not exist.
 */
export async function tableRows(db: SandboxDatabase, table: string, { limit = 50, offset = 0 } = {}): Promise<TablePage> {
  if (!(await tableNames(db, [])).includes(table)) throw new DumpError(`There is no table named ${JSON.stringify(table)}.`);
  const total = Number((await db.execute(`SELECT count(*) FROM ${quote(table)}`)).rows[0]![0]);
  const size = clamp(limit, 1, 500);
  const start = Math.max(0, Math.floor(offset) || 0);
  const page = await db.execute(`SELECT * FROM ${quote(table)} LIMIT ? OFFSET ?`, [size, start]);
  return { table, columns: [...page.columns], rows: page.rows.map((row) => row.map(toDumpValue)), offset: start, limit: size, total };
}

/**
 * Every row of every user table (leaving out the tables in `hidden`, and blanking the columns
 * in `redact`, e.g. password hashes).
 *
 * @example
 * const dump = await dumpRows(db, { redact: { auth_user: { password: "!" } } });
 */
export async function dumpRows(
  db: SandboxDatabase,
  { hidden = INTERNAL_TABLES, redact = {}, label }: { hidden?: readonly string[]; redact?: Record<string, Record<string, DumpValue>>; label?: string } = {},
): Promise<Dump> {
  const dump: Dump = label === undefined ? { v: 1, tables: {} } : { v: 1, label, tables: {} };
  for (const name of await tableNames(db, hidden)) {
    const { columns, rows } = await db.execute(`SELECT * FROM ${quote(name)}`);
    if (rows.length === 0) continue;
    const replace = redact[name] ?? {};
    const redacted = columns.map((column) => (Object.hasOwn(replace, column) ? replace[column]! : undefined));
    dump.tables[name] = {
      columns: [...columns],
      rows: rows.map((row) => row.map((value, i) => (redacted[i] !== undefined ? redacted[i]! : toDumpValue(value)))),
    };
  }
  return dump;
}

/**
 * Loads a dump into `db`, whose tables the project's models have just created: rows go into the
 * tables and columns that exist (others are skipped and reported), all in one transaction with
 * foreign keys checked at the end. Returns what was skipped.
 *
 * @example
 * const { skipped } = await loadRows(db, JSON.parse(text));
 * @throws DumpError when the dump is malformed or its rows break a constraint (nothing is loaded then).
 */
export async function loadRows(db: SandboxDatabase, input: unknown): Promise<{ rows: number; skipped: string[] }> {
  const dump = checkDump(input);
  const existing = new Set(await tableNames(db, []));
  const skipped: string[] = [];
  let loaded = 0;
  await db.execute("BEGIN");
  try {
    await db.execute("PRAGMA defer_foreign_keys = ON");
    for (const [table, { columns, rows }] of Object.entries(dump.tables)) {
      if (INTERNAL_TABLES.includes(table) || !existing.has(table)) {
        skipped.push(`table ${table}`);
        continue;
      }
      const known = new Set((await db.execute(`SELECT name FROM pragma_table_info(?)`, [table])).rows.map((row) => String(row[0])));
      const keep = columns.map((column, i) => (known.has(column) ? i : -1)).filter((i) => i >= 0);
      for (const column of columns) if (!known.has(column)) skipped.push(`column ${table}.${column}`);
      if (keep.length === 0) continue;
      const sql = `INSERT INTO ${quote(table)} (${keep.map((i) => quote(columns[i]!)).join(", ")}) VALUES (${keep.map(() => "?").join(", ")})`;
      for (const row of rows) {
        await db.execute(sql, keep.map((i) => fromDumpValue(row[i] ?? null)));
        loaded++;
      }
    }
    await db.execute("COMMIT");
  } catch (error) {
    await db.execute("ROLLBACK").catch(() => {});
    throw error instanceof DumpError ? error : new DumpError(`The shared data does not fit this project's tables: ${(error as Error).message}`);
  }
  return { rows: loaded, skipped };
}

async function tableNames(db: SandboxDatabase, hidden: readonly string[]): Promise<string[]> {
  const { rows } = await db.execute("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid");
  return rows.map((row) => String(row[0])).filter((name) => !hidden.includes(name));
}

/** Quotes an SQL identifier (names come from the database itself, but are quoted anyway). */
function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Math.floor(value) || low));
}

function toDumpValue(value: SqlResultValue): DumpValue {
  if (typeof value === "bigint") return { int: value.toString() };
  if (value instanceof Uint8Array) return { blob: base64url(value) };
  return value;
}

function fromDumpValue(value: DumpValue): null | number | string | bigint | Uint8Array {
  if (value === null || typeof value === "number" || typeof value === "string") return value;
  if ("int" in value) return BigInt(value.int);
  return decodeBase64url(value.blob)!;
}

/** Checks a parsed dump's shape, so a malformed link fails with a message, not halfway. */
function checkDump(input: unknown): Dump {
  const fail = (why: string): never => {
    throw new DumpError(`The shared data is not readable: ${why}.`);
  };
  const dump = input as Partial<Dump> | null;
  if (typeof dump !== "object" || dump === null || dump.v !== 1) fail("it is not a version 1 dump");
  if (typeof dump!.tables !== "object" || dump!.tables === null) fail("it has no tables");
  for (const [name, table] of Object.entries(dump!.tables!)) {
    if (!table || !Array.isArray(table.columns) || !table.columns.every((c) => typeof c === "string")) fail(`table ${name} has no column list`);
    if (!Array.isArray(table.rows)) fail(`table ${name} has no rows`);
    for (const row of table.rows) {
      if (!Array.isArray(row) || row.length !== table.columns.length) fail(`a row of ${name} does not have ${table.columns.length} values`);
      for (const value of row) if (!isDumpValue(value)) fail(`a value in ${name} is neither null, a number, a string, an int nor a blob`);
    }
  }
  return dump as Dump;
}

function isDumpValue(value: unknown): value is DumpValue {
  if (value === null || typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) return true;
  if (typeof value !== "object") return false;
  const keys = Object.keys(value);
  const tagged = value as { int?: unknown; blob?: unknown };
  return keys.length === 1 && ((keys[0] === "int" && typeof tagged.int === "string" && /^-?\d{1,19}$/.test(tagged.int)) || (keys[0] === "blob" && typeof tagged.blob === "string" && decodeBase64url(tagged.blob) !== null));
}
