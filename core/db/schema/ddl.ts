/**
 * Schema state as SQL (CREATE TABLE, ALTER TABLE, CREATE INDEX) for SQLite and PostgreSQL,
 * written by Kysely's schema builder (quoting, literal defaults, dialect syntax).
 *
 * @module
 */
import { sql, type ColumnDefinitionBuilder, type Kysely, type RawBuilder } from "kysely";
import type { Dialect } from "../driver.ts";
import type { ColumnState, ColumnType, TableState } from "./state.ts";

/** The dialect's type for a column kind (Django's choices: "bool" and "datetime" on SQLite, jsonb on PostgreSQL). */
export function sqlType(dialect: Dialect, type: ColumnType): RawBuilder<unknown> {
  const pg = dialect === "postgresql";
  switch (type.kind) {
    case "auto":
      return sql`integer`;
    case "bigauto":
      return pg ? sql`bigint` : sql`integer`;
    case "varchar":
      return sql`varchar(${sql.raw(String(Math.floor(type.maxLength)))})`;
    case "text":
      return sql`text`;
    case "integer":
      return sql`integer`;
    case "bigint":
      return sql`bigint`;
    case "smallint":
      return sql`smallint`;
    case "float":
      return pg ? sql`double precision` : sql`real`;
    case "decimal":
      return sql`${sql.raw(pg ? "numeric" : "decimal")}(${sql.raw(String(Math.floor(type.maxDigits)))}, ${sql.raw(String(Math.floor(type.decimalPlaces)))})`;
    case "boolean":
      return pg ? sql`boolean` : sql`bool`;
    case "date":
      return sql`date`;
    case "datetime":
      return pg ? sql`timestamp with time zone` : sql`datetime`;
    case "uuid":
      return pg ? sql`uuid` : sql`char(36)`;
    case "json":
      return pg ? sql`jsonb` : sql`text`;
  }
}

/** The column's definition: type, NOT NULL, primary key, UNIQUE, DEFAULT. */
function defineColumn(dialect: Dialect, column: ColumnState, builder: ColumnDefinitionBuilder): ColumnDefinitionBuilder {
  let col = builder;
  const auto = column.type.kind === "auto" || column.type.kind === "bigauto";
  if (column.primaryKey) {
    col = col.primaryKey();
    if (auto) col = dialect === "postgresql" ? col.generatedByDefaultAsIdentity() : col.autoIncrement();
  }
  if (!column.null) col = col.notNull();
  if (column.unique) col = col.unique();
  if (column.default !== undefined) col = col.defaultTo(column.default as never);
  return col;
}

/** Foreign keys are deferred to the end of the transaction, as Django makes them. */
function foreignKeyName(table: string, column: string): string {
  return shorten(`${table}_${column}_fk`);
}

/** PostgreSQL cuts identifiers at 63 bytes; keep names within it (and unique enough). */
function shorten(name: string): string {
  if (name.length <= 63) return name;
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `${name.slice(0, 54)}_${hash.toString(36).padStart(7, "0").slice(0, 8)}`;
}

/** `CREATE TABLE` for `table` (named `name`, for SQLite's table rebuilds). */
export function createTableSql(db: Kysely<any>, dialect: Dialect, table: TableState, name = table.name): string {
  let query = db.schema.createTable(name);
  for (const column of table.columns) query = query.addColumn(column.name, sqlType(dialect, column.type), (b) => defineColumn(dialect, column, b));
  for (const column of table.columns) {
    const ref = column.references;
    if (!ref) continue;
    query = query.addForeignKeyConstraint(foreignKeyName(table.name, column.name), [column.name] as never, ref.table, [ref.column] as never, (c) => c.deferrable().initiallyDeferred());
  }
  return query.compile().sql;
}

/** The indexes a table needs: foreign keys and dbIndex columns, uniqueTogether, Meta.indexes. */
export function indexesOf(table: TableState): { name: string; columns: string[]; unique: boolean }[] {
  const out: { name: string; columns: string[]; unique: boolean }[] = [];
  for (const column of table.columns) if (column.index) out.push({ name: shorten(`${table.name}_${column.name}_idx`), columns: [column.name], unique: false });
  for (const set of table.uniqueTogether ?? []) out.push({ name: shorten(`${table.name}_${set.join("_")}_uniq`), columns: set, unique: true });
  for (const index of table.indexes ?? []) out.push({ name: shorten(index.name), columns: index.columns, unique: false });
  return out;
}

/** `CREATE [UNIQUE] INDEX` statements. */
export function createIndexSql(db: Kysely<any>, table: string, indexes: ReturnType<typeof indexesOf>): string[] {
  return indexes.map((index) => {
    let query = db.schema.createIndex(index.name).on(table).columns(index.columns);
    if (index.unique) query = query.unique();
    return query.compile().sql;
  });
}

/** `DROP INDEX` statements. */
export function dropIndexSql(db: Kysely<any>, indexes: ReturnType<typeof indexesOf>): string[] {
  return indexes.map((index) => db.schema.dropIndex(index.name).ifExists().compile().sql);
}

/** `ALTER TABLE … ADD COLUMN` (what both dialects can add in place). */
export function addColumnSql(db: Kysely<any>, dialect: Dialect, table: string, column: ColumnState): string[] {
  const statements = [db.schema.alterTable(table).addColumn(column.name, sqlType(dialect, column.type), (b) => defineColumn(dialect, column, b)).compile().sql];
  if (column.references && dialect === "postgresql") {
    const ref = column.references;
    statements.push(
      db.schema.alterTable(table).addForeignKeyConstraint(foreignKeyName(table, column.name), [column.name], ref.table, [ref.column], (c) => c.deferrable().initiallyDeferred()).compile().sql,
    );
  }
  if (column.index) statements.push(...createIndexSql(db, table, [{ name: shorten(`${table}_${column.name}_idx`), columns: [column.name], unique: false }]));
  return statements;
}

/** True when SQLite can add this column with ALTER TABLE (else the table is rebuilt). */
export function sqliteCanAdd(column: ColumnState): boolean {
  return !column.primaryKey && !column.unique && (column.null || column.default !== undefined) && !(column.references && column.default !== undefined && column.default !== null);
}

/** PostgreSQL's in-place ALTER COLUMN statements from `old` to `column`. */
export function alterColumnSqlPostgres(db: Kysely<any>, table: string, old: ColumnState, column: ColumnState): string[] {
  const out: string[] = [];
  const t = sql.table(table);
  const c = sql.ref(column.name);
  const compile = (raw: RawBuilder<unknown>) => raw.compile(db).sql;
  if (JSON.stringify(old.type) !== JSON.stringify(column.type)) {
    out.push(compile(sql`ALTER TABLE ${t} ALTER COLUMN ${c} TYPE ${sqlType("postgresql", column.type)} USING ${c}::${sqlType("postgresql", column.type)}`));
  }
  if (old.null !== column.null) out.push(compile(sql`ALTER TABLE ${t} ALTER COLUMN ${c} ${sql.raw(column.null ? "DROP" : "SET")} NOT NULL`));
  if (old.default !== column.default) {
    out.push(column.default === undefined ? compile(sql`ALTER TABLE ${t} ALTER COLUMN ${c} DROP DEFAULT`) : compile(sql`ALTER TABLE ${t} ALTER COLUMN ${c} SET DEFAULT ${sql.lit(column.default)}`));
  }
  if (!!old.unique !== !!column.unique) {
    const name = sql.ref(shorten(`${table}_${column.name}_key`));
    out.push(column.unique ? compile(sql`ALTER TABLE ${t} ADD CONSTRAINT ${name} UNIQUE (${c})`) : compile(sql`ALTER TABLE ${t} DROP CONSTRAINT IF EXISTS ${name}`));
  }
  if (JSON.stringify(old.references ?? null) !== JSON.stringify(column.references ?? null)) {
    const fk = sql.ref(foreignKeyName(table, column.name));
    if (old.references) out.push(compile(sql`ALTER TABLE ${t} DROP CONSTRAINT IF EXISTS ${fk}`));
    const ref = column.references;
    if (ref) out.push(compile(sql`ALTER TABLE ${t} ADD CONSTRAINT ${fk} FOREIGN KEY (${c}) REFERENCES ${sql.table(ref.table)} (${sql.ref(ref.column)}) DEFERRABLE INITIALLY DEFERRED`));
  }
  if (!!old.index !== !!column.index) {
    const index = [{ name: shorten(`${table}_${column.name}_idx`), columns: [column.name], unique: false }];
    out.push(...(column.index ? createIndexSql(db, table, index) : dropIndexSql(db, index)));
  }
  return out;
}
