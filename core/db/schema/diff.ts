/**
 * Compares two schemas and lists the operations from one to the other, each marked additive
 * (safe to apply by itself: new tables, new nullable or defaulted columns, new indexes) or
 * destructive, with what it would lose (a dropped table or column, a changed type, a column
 * made NOT NULL). Runtime-neutral: `runserver` and the sandbox both decide with it.
 *
 * @module
 */
import { applyToState, describeOperation, type Operation } from "./operations.ts";
import { describeType, sameType, type ColumnState, type SchemaState, type TableState } from "./state.ts";

/** One difference between the recorded schema and the models. */
export interface Change {
  operation: Operation;
  /** Why applying it could lose data or fail, or null when it is additive. */
  destructive: string | null;
  /** Additive only when the table has no rows yet (a NOT NULL column without default). */
  needsEmptyTable?: string;
  /** A sentence for messages. */
  description: string;
}

/**
 * The operations that turn `from` into `to`.
 *
 * @example
 * ```ts
 * const changes = diffSchemas(recorded, app.db.models.schema());
 * changes.filter((c) => c.destructive); // what runserver refuses
 * ```
 */
export function diffSchemas(from: SchemaState, to: SchemaState): Change[] {
  const changes: Change[] = [];
  const add = (operation: Operation, destructive: string | null = null, needsEmptyTable?: string) =>
    changes.push({ operation, destructive, description: describeOperation(operation), ...(needsEmptyTable ? { needsEmptyTable } : {}) });

  for (const table of dependencyOrder(Object.values(to.tables).filter((t) => !from.tables[t.name]))) add({ op: "createTable", table });

  for (const table of Object.values(to.tables)) {
    const before = from.tables[table.name];
    if (!before) continue;
    const oldColumns = new Map(before.columns.map((c) => [c.name, c]));
    const newNames = new Set(table.columns.map((c) => c.name));
    for (const column of table.columns) {
      const old = oldColumns.get(column.name);
      if (!old) {
        if (column.primaryKey) add({ op: "addColumn", table: table.name, column }, `a new primary key ${table.name}.${column.name} replaces the old one`);
        else if (!column.null && column.default === undefined) {
          add({ op: "addColumn", table: table.name, column }, null, `${table.name}.${column.name} is NOT NULL and has no default, so the rows already in ${table.name} would have no value for it`);
        } else if (column.unique) add({ op: "addColumn", table: table.name, column }, null, `${table.name}.${column.name} is UNIQUE, and the rows already in ${table.name} would all hold the same value`);
        else add({ op: "addColumn", table: table.name, column });
        continue;
      }
      const why = alteration(table.name, old, column);
      if (why !== undefined) add({ op: "alterColumn", table: table.name, column }, why);
    }
    for (const old of before.columns) {
      if (!newNames.has(old.name)) add({ op: "dropColumn", table: table.name, column: old.name }, `the values in ${table.name}.${old.name} would be lost`);
    }
    if (JSON.stringify([before.uniqueTogether ?? [], before.indexes ?? []]) !== JSON.stringify([table.uniqueTogether ?? [], table.indexes ?? []])) {
      const addsUnique = (table.uniqueTogether ?? []).some((set) => !(before.uniqueTogether ?? []).some((old) => old.join() === set.join()));
      add(
        { op: "setIndexes", table: table.name, uniqueTogether: table.uniqueTogether ?? [], indexes: table.indexes ?? [] },
        null,
        addsUnique ? `a new unique constraint on ${table.name} fails if rows already repeat those values` : undefined,
      );
    }
  }

  for (const table of dependencyOrder(Object.values(from.tables).filter((t) => !to.tables[t.name])).reverse()) {
    add({ op: "dropTable", table: table.name }, `table ${table.name} (${table.model}) and all its rows would be lost`);
  }
  return changes;
}

/** Why changing `old` into `column` is destructive; null when it is a safe alteration; undefined when nothing changed. */
function alteration(table: string, old: ColumnState, column: ColumnState): string | null | undefined {
  const name = `${table}.${column.name}`;
  if (!sameType(old.type, column.type)) {
    const widened = old.type.kind === "varchar" && (column.type.kind === "text" || (column.type.kind === "varchar" && column.type.maxLength > old.type.maxLength));
    return widened ? null : `${name} changes type from ${describeType(old.type)} to ${describeType(column.type)}, which may not convert every value`;
  }
  if (old.null && !column.null) return `${name} becomes NOT NULL, and rows that hold NULL there would have to change`;
  if (!old.unique && column.unique) return `${name} becomes UNIQUE, which fails if rows already repeat a value`;
  if (JSON.stringify(old.references ?? null) !== JSON.stringify(column.references ?? null)) {
    return old.references?.table !== column.references?.table ? `${name} now refers to ${column.references?.table ?? "nothing"} instead of ${old.references?.table ?? "nothing"}` : null;
  }
  if (old.null !== column.null || old.unique !== column.unique || old.default !== column.default || !!old.index !== !!column.index || !!old.primaryKey !== !!column.primaryKey) return null;
  return undefined;
}

/** Tables ordered so that a table comes after the tables it refers to (cycles keep their order). */
function dependencyOrder(tables: TableState[]): TableState[] {
  const names = new Set(tables.map((t) => t.name));
  const done = new Set<string>();
  const out: TableState[] = [];
  const visit = (table: TableState, path: Set<string>) => {
    if (done.has(table.name) || path.has(table.name)) return;
    path.add(table.name);
    for (const column of table.columns) {
      const ref = column.references?.table;
      if (ref && ref !== table.name && names.has(ref)) visit(tables.find((t) => t.name === ref)!, path);
    }
    done.add(table.name);
    out.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return out;
}

/** The operations of `changes`, and the schema after them. */
export function planOf(from: SchemaState, changes: readonly Change[]): { operations: Operation[]; after: SchemaState } {
  const operations = changes.map((c) => c.operation);
  return { operations, after: applyToState(from, operations) };
}
