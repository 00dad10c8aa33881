/**
 * The schema as data: what tables and columns the models need, in a form that can be stored
 * in the database (as JSON), compared with another schema, and turned into SQL for either
 * dialect. Runtime-neutral, so the sandbox compares and applies schemas with the same code.
 *
 * @module
 */

/** A column's kind, independent of the dialect (ddl.ts maps it to SQLite's or PostgreSQL's type). */
export type ColumnType =
  | { kind: "auto" }
  | { kind: "bigauto" }
  | { kind: "varchar"; maxLength: number }
  | { kind: "text" }
  | { kind: "integer" }
  | { kind: "bigint" }
  | { kind: "smallint" }
  | { kind: "float" }
  | { kind: "decimal"; maxDigits: number; decimalPlaces: number }
  | { kind: "boolean" }
  | { kind: "date" }
  | { kind: "datetime" }
  | { kind: "uuid" }
  | { kind: "json" };

/** What a foreign key column refers to. */
export interface ReferenceState {
  table: string;
  column: string;
  onDelete: "CASCADE" | "PROTECT" | "SET_NULL" | "SET_DEFAULT" | "RESTRICT" | "DO_NOTHING";
}

/** One column. */
export interface ColumnState {
  name: string;
  type: ColumnType;
  null: boolean;
  primaryKey?: boolean;
  unique?: boolean;
  /** A constant default kept in the schema (used to fill existing rows when the column is added). */
  default?: string | number | boolean | null;
  references?: ReferenceState;
  /** The column has its own index (dbIndex, or a foreign key). */
  index?: boolean;
}

/** One table. */
export interface TableState {
  name: string;
  /** The model's name, e.g. "polls.Question", for messages. */
  model: string;
  columns: ColumnState[];
  /** Sets of columns that are unique together. */
  uniqueTogether?: string[][];
  /** Extra indexes: name and columns. */
  indexes?: { name: string; columns: string[] }[];
}

/** The whole schema: tables by name. */
export interface SchemaState {
  tables: Record<string, TableState>;
}

/** Describes a column type the way messages show it: "varchar(200)", "integer". */
export function describeType(type: ColumnType): string {
  switch (type.kind) {
    case "varchar":
      return `varchar(${type.maxLength})`;
    case "decimal":
      return `decimal(${type.maxDigits}, ${type.decimalPlaces})`;
    default:
      return type.kind;
  }
}

/** True when two column types are the same. */
export function sameType(a: ColumnType, b: ColumnType): boolean {
  return describeType(a) === describeType(b);
}
