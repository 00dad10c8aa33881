/**
 * Schema operations: the steps between two schemas, stored in migration files and applied by
 * `migrate`, `runserver` and the sandbox. Plain JSON, so a migration file can be read (and
 * written by hand) without running code.
 *
 * @module
 */
import { describeType, type ColumnState, type SchemaState, type TableState } from "./state.ts";

/** One step of a migration. */
export type Operation =
  | { op: "createTable"; table: TableState }
  | { op: "dropTable"; table: string }
  | { op: "addColumn"; table: string; column: ColumnState }
  | { op: "dropColumn"; table: string; column: string }
  | { op: "alterColumn"; table: string; column: ColumnState }
  | { op: "renameColumn"; table: string; from: string; to: string }
  | { op: "setIndexes"; table: string; uniqueTogether: string[][]; indexes: { name: string; columns: string[] }[] }
  | { op: "runSql"; sql: string; sqlite?: string; postgresql?: string };

/** A deep copy of plain JSON data (schema states are JSON). */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Applies operations to a schema state (no database involved): what the schema is afterwards. */
export function applyToState(state: SchemaState, operations: readonly Operation[]): SchemaState {
  const tables: Record<string, TableState> = clone(state.tables);
  const table = (name: string): TableState => {
    const found = tables[name];
    if (!found) throw new Error(`The migration refers to table ${name}, which the schema does not have.`);
    return found;
  };
  for (const op of operations) {
    switch (op.op) {
      case "createTable":
        tables[op.table.name] = clone(op.table);
        break;
      case "dropTable":
        delete tables[op.table];
        break;
      case "addColumn":
        table(op.table).columns.push(clone(op.column));
        break;
      case "dropColumn": {
        const t = table(op.table);
        t.columns = t.columns.filter((c) => c.name !== op.column);
        break;
      }
      case "alterColumn": {
        const t = table(op.table);
        t.columns = t.columns.map((c) => (c.name === op.column.name ? clone(op.column) : c));
        break;
      }
      case "renameColumn": {
        const t = table(op.table);
        for (const c of t.columns) if (c.name === op.from) c.name = op.to;
        t.uniqueTogether = t.uniqueTogether?.map((names) => names.map((n) => (n === op.from ? op.to : n)));
        break;
      }
      case "setIndexes": {
        const t = table(op.table);
        if (op.uniqueTogether.length) t.uniqueTogether = clone(op.uniqueTogether);
        else delete t.uniqueTogether;
        if (op.indexes.length) t.indexes = clone(op.indexes);
        else delete t.indexes;
        break;
      }
      case "runSql":
        break;
    }
  }
  return { tables };
}

/** A sentence describing an operation, for `runserver`, `makemigrations` and `migrate`. */
export function describeOperation(op: Operation): string {
  switch (op.op) {
    case "createTable":
      return `Create table ${op.table.name} (${op.table.model})`;
    case "dropTable":
      return `Drop table ${op.table}`;
    case "addColumn":
      return `Add column ${op.table}.${op.column.name} ${describeColumn(op.column)}`;
    case "dropColumn":
      return `Drop column ${op.table}.${op.column}`;
    case "alterColumn":
      return `Alter column ${op.table}.${op.column.name} to ${describeColumn(op.column)}`;
    case "renameColumn":
      return `Rename column ${op.table}.${op.from} to ${op.to}`;
    case "setIndexes":
      return `Change the indexes of ${op.table}`;
    case "runSql":
      return `Run SQL: ${op.sql.length > 60 ? op.sql.slice(0, 60) + "…" : op.sql}`;
  }
}

/** "varchar(200) NOT NULL DEFAULT 0" */
export function describeColumn(column: ColumnState): string {
  const parts = [describeType(column.type)];
  if (!column.null) parts.push("NOT NULL");
  if (column.unique) parts.push("UNIQUE");
  if (column.default !== undefined) parts.push(`DEFAULT ${JSON.stringify(column.default)}`);
  if (column.references) parts.push(`REFERENCES ${column.references.table}(${column.references.column})`);
  return parts.join(" ");
}
