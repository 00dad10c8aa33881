/**
 * Migration files: JSON lists of schema operations, numbered (`0001_initial.json`), kept in a
 * `migrations/` folder beside the project file. Reading and writing the folder is the host's
 * job; this module knows the format, the state a list of migrations builds, how to name the
 * next one, and which operations a database already has.
 *
 * @module
 */
import { diffSchemas, type Change } from "./diff.ts";
import { applyToState, type Operation } from "./operations.ts";
import type { SchemaState } from "./state.ts";

/** What a migration file holds. */
export interface MigrationFile {
  /** Format version. */
  onefile: 1;
  /** The schema operations, applied in order in one transaction. */
  operations: Operation[];
}

/** A migration: its name (the file name without `.json`) and content. */
export interface Migration {
  name: string;
  file: MigrationFile;
}

/** The file name pattern: four digits, an underscore, a name. */
export const MIGRATION_NAME = /^(\d{4})_([a-z0-9_]+)$/;

/**
 * Parses a migration file's text.
 *
 * @throws Error naming the file when the text is not a migration.
 */
export function parseMigration(name: string, text: string): Migration {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    throw new Error(`Migration ${name} is not valid JSON: ${(error as Error).message}`);
  }
  const ops = (file as MigrationFile | null)?.operations;
  if (typeof file !== "object" || file === null || !Array.isArray(ops) || ops.some((op) => typeof op !== "object" || op === null || typeof op.op !== "string")) {
    throw new Error(`Migration ${name} must be an object with an "operations" list, as makemigrations writes.`);
  }
  return { name, file: file as MigrationFile };
}

/** The schema that a list of migrations builds from nothing. */
export function stateOf(migrations: readonly Migration[]): SchemaState {
  return migrations.reduce<SchemaState>((state, m) => applyToState(state, m.file.operations), { tables: {} });
}

/**
 * The next migration for the models, or null when the migrations already describe them.
 *
 * @example
 * ```ts
 * const next = nextMigration(existing, app.db.models.schema());
 * if (next) writeFileSync(`migrations/${next.name}.json`, JSON.stringify(next.file, null, 2));
 * ```
 */
export function nextMigration(existing: readonly Migration[], models: SchemaState): { migration: Migration; changes: Change[] } | null {
  const changes = diffSchemas(stateOf(existing), models);
  if (changes.length === 0) return null;
  const number = existing.reduce((n, m) => Math.max(n, Number(MIGRATION_NAME.exec(m.name)?.[1] ?? 0)), 0) + 1;
  const label = existing.length === 0 ? "initial" : describe(changes);
  return {
    migration: { name: `${String(number).padStart(4, "0")}_${label}`, file: { onefile: 1, operations: changes.map((c) => c.operation) } },
    changes,
  };
}

function describe(changes: readonly Change[]): string {
  const op = changes[0]!.operation;
  const words =
    op.op === "createTable" ? `create_${op.table.name}` :
    op.op === "dropTable" ? `delete_${op.table}` :
    op.op === "addColumn" ? `${op.table}_${op.column.name}` :
    op.op === "dropColumn" ? `remove_${op.table}_${op.column}` :
    op.op === "alterColumn" ? `alter_${op.table}_${op.column.name}` :
    op.op === "renameColumn" ? `rename_${op.table}_${op.to}` : "auto";
  const name = (changes.length > 1 ? `${words}_and_more` : words).replace(/[^a-z0-9_]+/g, "_");
  return name.slice(0, 50);
}

/**
 * The operations of a migration that the database does not have yet. A database that
 * `runserver` kept in step already has some of them (its tables exist): those are skipped,
 * as Django's `--fake-initial` skips tables that exist.
 *
 * @throws Error when an operation conflicts with what the database has (a table that exists with other columns).
 */
export function pendingOperations(recorded: SchemaState, operations: readonly Operation[]): Operation[] {
  const pending: Operation[] = [];
  let state = recorded;
  for (const op of operations) {
    if (alreadyApplied(state, op)) continue;
    pending.push(op);
    state = applyToState(state, [op]);
  }
  return pending;
}

function alreadyApplied(state: SchemaState, op: Operation): boolean {
  const table = "table" in op ? state.tables[typeof op.table === "string" ? op.table : op.table.name] : undefined;
  switch (op.op) {
    case "createTable":
      if (!table) return false;
      if (diffSchemas({ tables: { [table.name]: table } }, { tables: { [op.table.name]: op.table } }).length === 0) return true;
      throw new Error(`Table ${op.table.name} already exists with a different definition; the migration cannot create it.`);
    case "dropTable":
      return !table;
    case "addColumn":
      return !!table?.columns.some((c) => c.name === op.column.name && JSON.stringify(c) === JSON.stringify(op.column));
    case "dropColumn":
      return !!table && !table.columns.some((c) => c.name === op.column);
    case "alterColumn":
      return !!table?.columns.some((c) => JSON.stringify(c) === JSON.stringify(op.column));
    case "renameColumn":
      return !!table && !table.columns.some((c) => c.name === op.from) && table.columns.some((c) => c.name === op.to);
    default:
      return false;
  }
}
