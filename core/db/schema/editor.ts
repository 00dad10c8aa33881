/**
 * Applies schema operations to a database and records the resulting schema in it (table
 * `onefile_schema`), so the next start can compare the models with what the database holds.
 *
 * SQLite cannot alter or drop most columns in place; as Django does, it rebuilds the table
 * (create the new one, copy the rows, drop the old, rename) with foreign keys off meanwhile.
 *
 * @module
 */
import { sql, type Kysely } from "kysely";
import type { Connection, Dialect } from "../driver.ts";
import { queryBuilder } from "../sql/compiler.ts";
import { addColumnSql, alterColumnSqlPostgres, createIndexSql, createTableSql, dropIndexSql, indexesOf, sqliteCanAdd } from "./ddl.ts";
import { applyToState, type Operation } from "./operations.ts";
import type { SchemaState, TableState } from "./state.ts";

/** The table where the applied schema is recorded. */
export const SCHEMA_TABLE = "onefile_schema";
/** The table listing applied migration files, as Django's `django_migrations`. */
export const MIGRATIONS_TABLE = "onefile_migrations";

const builders = new Map<Dialect, Kysely<any>>();
function builder(dialect: Dialect): Kysely<any> {
  let db = builders.get(dialect);
  if (!db) builders.set(dialect, (db = queryBuilder(dialect)));
  return db;
}

/** Creates the bookkeeping tables if they are missing. */
export async function ensureBookkeeping(connection: Connection): Promise<void> {
  const db = builder(connection.dialect);
  const pg = connection.dialect === "postgresql";
  await connection.query(db.schema.createTable(SCHEMA_TABLE).ifNotExists().addColumn("name", "varchar(255)", (c) => c.primaryKey()).addColumn("state", "text", (c) => c.notNull()).compile().sql);
  await connection.query(
    db.schema
      .createTable(MIGRATIONS_TABLE)
      .ifNotExists()
      .addColumn("id", pg ? "bigint" : "integer", (c) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()))
      .addColumn("app", "varchar(255)", (c) => c.notNull())
      .addColumn("name", "varchar(255)", (c) => c.notNull())
      .addColumn("applied", pg ? sql`timestamp with time zone` : sql`datetime`, (c) => c.notNull())
      .compile().sql,
  );
}

/** The schema recorded in the database (empty for a new database). */
export async function readRecorded(connection: Connection): Promise<SchemaState> {
  await ensureBookkeeping(connection);
  const { rows } = await connection.query(builder(connection.dialect).selectFrom(SCHEMA_TABLE).select(["name", "state"]).compile().sql);
  const tables: Record<string, TableState> = {};
  for (const [name, state] of rows) tables[String(name)] = JSON.parse(String(state)) as TableState;
  return { tables };
}

async function writeRecorded(connection: Connection, before: SchemaState, after: SchemaState): Promise<void> {
  const db = builder(connection.dialect);
  for (const name of Object.keys(before.tables)) {
    if (!after.tables[name]) await run(connection, db.deleteFrom(SCHEMA_TABLE).where("name", "=", name).compile());
  }
  for (const table of Object.values(after.tables)) {
    const text = JSON.stringify(table);
    if (before.tables[table.name] && JSON.stringify(before.tables[table.name]) === text) continue;
    await run(connection, db.deleteFrom(SCHEMA_TABLE).where("name", "=", table.name).compile());
    await run(connection, db.insertInto(SCHEMA_TABLE).values({ name: table.name, state: text }).compile());
  }
}

async function run(connection: Connection, compiled: { sql: string; parameters: readonly unknown[] }): Promise<void> {
  await connection.query(compiled.sql, compiled.parameters as never);
}

/** The number of rows in a table (for messages about what a change would lose). */
export async function rowCount(connection: Connection, table: string): Promise<number> {
  const { rows } = await connection.query(builder(connection.dialect).selectFrom(table).select(sql`COUNT(*)`.as("n")).compile().sql);
  return Number(rows[0]![0]);
}

/**
 * Applies `operations` to the database whose recorded schema is `before`, in one transaction,
 * and records the schema after them. Returns that schema.
 *
 * @example
 * ```ts
 * const after = await applyOperations(driver, await readRecorded(driver), [{ op: "createTable", table }]);
 * ```
 */
export async function applyOperations(
  connection: Connection,
  before: SchemaState,
  operations: readonly Operation[],
  /** Runs last in the same transaction (migrate records the migration there). */
  alsoInTransaction?: (tx: Connection) => Promise<void>,
): Promise<SchemaState> {
  const dialect = connection.dialect;
  const rebuilds = dialect === "sqlite" && operations.some((op) => needsRebuild(op));
  // SQLite's table rebuild must run with foreign keys off, which cannot be switched inside a transaction.
  if (rebuilds) await connection.query("PRAGMA foreign_keys = OFF");
  try {
    return await connection.transaction(async (tx) => {
      let state = before;
      for (const op of operations) {
        const after = applyToState(state, [op]);
        for (const statement of statementsFor(dialect, op, state, after)) await tx.query(statement);
        state = after;
      }
      if (rebuilds) {
        const { rows } = await tx.query("PRAGMA foreign_key_check");
        if (rows.length) throw new Error(`The change would break ${rows.length} foreign key reference(s), e.g. in table ${String(rows[0]![0])}; nothing was changed.`);
      }
      await writeRecorded(tx, before, state);
      await alsoInTransaction?.(tx);
      return state;
    });
  } finally {
    if (rebuilds) await connection.query("PRAGMA foreign_keys = ON");
  }
}

function needsRebuild(op: Operation): boolean {
  return op.op === "alterColumn" || op.op === "dropColumn" || (op.op === "addColumn" && !sqliteCanAdd(op.column));
}

/** The SQL of one operation, given the schema before and after it. */
function statementsFor(dialect: Dialect, op: Operation, before: SchemaState, after: SchemaState): string[] {
  const db = builder(dialect);
  switch (op.op) {
    case "createTable":
      return [createTableSql(db, dialect, op.table), ...createIndexSql(db, op.table.name, indexesOf(op.table))];
    case "dropTable":
      return [db.schema.dropTable(op.table).compile().sql];
    case "renameColumn":
      return [sql`ALTER TABLE ${sql.table(op.table)} RENAME COLUMN ${sql.ref(op.from)} TO ${sql.ref(op.to)}`.compile(db).sql];
    case "setIndexes": {
      const old = indexesOf({ ...before.tables[op.table]!, columns: [] });
      const next = indexesOf({ ...after.tables[op.table]!, columns: [] });
      return [...dropIndexSql(db, old), ...createIndexSql(db, op.table, next)];
    }
    case "runSql":
      return [(dialect === "sqlite" ? op.sqlite : op.postgresql) ?? op.sql];
    case "addColumn":
      if (dialect === "postgresql" || sqliteCanAdd(op.column)) return addColumnSql(db, dialect, op.table, op.column);
      return rebuildSqlite(db, before.tables[op.table]!, after.tables[op.table]!);
    case "dropColumn":
      if (dialect === "postgresql") return [db.schema.alterTable(op.table).dropColumn(op.column).compile().sql];
      return rebuildSqlite(db, before.tables[op.table]!, after.tables[op.table]!);
    case "alterColumn": {
      const old = before.tables[op.table]!.columns.find((c) => c.name === op.column.name)!;
      if (dialect === "postgresql") return alterColumnSqlPostgres(db, op.table, old, op.column);
      return rebuildSqlite(db, before.tables[op.table]!, after.tables[op.table]!);
    }
  }
}

/**
 * SQLite's 12-step table change, as Django does it: create `new__<table>` with the new
 * definition, copy the rows (new columns get their default), drop the old table, rename the new
 * one, recreate the indexes.
 */
function rebuildSqlite(db: Kysely<any>, before: TableState, after: TableState): string[] {
  const temp = `new__${after.name}`;
  const kept = after.columns.filter((c) => before.columns.some((o) => o.name === c.name));
  const added = after.columns.filter((c) => !before.columns.some((o) => o.name === c.name) && c.default !== undefined);
  const targets = [...kept, ...added].map((c) => sql.ref(c.name));
  const sources = [...kept.map((c) => sql.ref(c.name)), ...added.map((c) => sql.lit(c.default as never))];
  return [
    createTableSql(db, "sqlite", after, temp),
    sql`INSERT INTO ${sql.table(temp)} (${sql.join(targets)}) SELECT ${sql.join(sources)} FROM ${sql.table(after.name)}`.compile(db).sql,
    db.schema.dropTable(after.name).compile().sql,
    sql`ALTER TABLE ${sql.table(temp)} RENAME TO ${sql.table(after.name)}`.compile(db).sql,
    ...createIndexSql(db, after.name, indexesOf(after)),
  ];
}

/** Names of the migrations applied for `app`, in the order they were applied. */
export async function appliedMigrations(connection: Connection, app: string): Promise<string[]> {
  await ensureBookkeeping(connection);
  const compiled = builder(connection.dialect).selectFrom(MIGRATIONS_TABLE).select("name").where("app", "=", app).orderBy("id").compile();
  const { rows } = await connection.query(compiled.sql, compiled.parameters as never);
  return rows.map((r) => String(r[0]));
}

/** Records that migration `name` of `app` was applied. */
export async function recordMigration(connection: Connection, app: string, name: string): Promise<void> {
  await run(connection, builder(connection.dialect).insertInto(MIGRATIONS_TABLE).values({ app, name, applied: new Date().toISOString() }).compile());
}
