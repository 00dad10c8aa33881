/**
 * The schema the models need, as data (see state.ts): one table per model and one per
 * many-to-many field, columns named and typed as Django would.
 *
 * @module
 */
import { ForeignKeyImpl } from "../fields/related.ts";
import type { ModelOptions } from "../options.ts";
import { throughOf } from "../query/resolve.ts";
import type { ColumnState, SchemaState, TableState } from "./state.ts";

/**
 * The schema of these models.
 *
 * @example
 * ```ts
 * schemaOf([Question._meta]).tables.polls_question.columns.map((c) => c.name); // ["id", "question_text", "pub_date"]
 * ```
 */
export function schemaOf(models: readonly ModelOptions[]): SchemaState {
  const tables: Record<string, TableState> = {};
  for (const meta of models) {
    const columns: ColumnState[] = meta.fields.map((field) => {
      const column: ColumnState = { name: field.column, type: field.columnType(), null: field.null };
      if (field.primaryKey) column.primaryKey = true;
      if (field.unique && !field.primaryKey) column.unique = true;
      const fallback = field.schemaDefault();
      if (fallback !== undefined && !(fallback instanceof Uint8Array) && !(fallback instanceof Date) && typeof fallback !== "bigint") column.default = fallback;
      if (field instanceof ForeignKeyImpl) {
        const target = field.relatedModel._meta as ModelOptions;
        column.references = { table: target.dbTable, column: field.targetField.column, onDelete: field.onDelete };
        if (!field.unique) column.index = true;
      } else if (field.dbIndex && !field.unique && !field.primaryKey) column.index = true;
      return column;
    });
    const table: TableState = { name: meta.dbTable, model: meta.label, columns };
    const column = (name: string) => meta.getField(name).column;
    if (meta.uniqueTogether.length) table.uniqueTogether = meta.uniqueTogether.map((names) => names.map(column));
    if (meta.indexes.length) {
      table.indexes = meta.indexes.map((index) => {
        const columns = index.fields.map((f) => column(f.replace(/^-/, "")));
        return { name: index.name ?? `${meta.dbTable}_${columns.join("_")}_idx`.slice(0, 60), columns };
      });
    }
    tables[table.name] = table;
    for (const field of meta.manyToMany) {
      const through = throughOf.get(field)!;
      const target = field.relatedModel._meta as ModelOptions;
      const pkType = (m: ModelOptions) => {
        const type = m.pk.columnType();
        return type.kind === "auto" ? { kind: "integer" as const } : type.kind === "bigauto" ? { kind: "bigint" as const } : type;
      };
      tables[through.table] = {
        name: through.table,
        model: `${meta.label}.${field.name}`,
        columns: [
          { name: "id", type: { kind: "bigauto" }, null: false, primaryKey: true },
          { name: through.sourceColumn, type: pkType(meta), null: false, index: true, references: { table: meta.dbTable, column: meta.pk.column, onDelete: "CASCADE" } },
          { name: through.targetColumn, type: pkType(target), null: false, index: true, references: { table: target.dbTable, column: target.pk.column, onDelete: "CASCADE" } },
        ],
        uniqueTogether: [[through.sourceColumn, through.targetColumn]],
      };
    }
  }
  return { tables };
}
