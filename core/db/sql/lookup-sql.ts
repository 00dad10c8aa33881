/**
 * The SQL of each lookup and date transform on each dialect (see query/lookups.ts for how values
 * become parameters). Values always travel as parameters; only the lookup's name picks the SQL.
 *
 * @module
 */
import { sql, type RawBuilder, type SqlBool } from "kysely";
import type { Dialect } from "../driver.ts";
import type { LookupName, TransformName } from "../query/lookups.ts";

/** A parameter placeholder in a query being compiled (a Slot, see compiler.ts). */
export type Param = unknown;

/** The column expression after a transform. */
export function applyTransform(dialect: Dialect, column: RawBuilder<unknown>, transform: TransformName | null): RawBuilder<unknown> {
  if (transform === null) return column;
  if (dialect === "sqlite") {
    if (transform === "date") return sql`date(${column})`;
    const format = { year: "%Y", month: "%m", day: "%d" }[transform];
    return sql`CAST(strftime(${sql.lit(format)}, ${column}) AS INTEGER)`;
  }
  if (transform === "date") return sql`CAST(${column} AS date)`;
  return sql`CAST(EXTRACT(${sql.raw(transform.toUpperCase())} FROM ${column}) AS INTEGER)`;
}

/**
 * The SQL condition of a lookup on `column` with its parameters (`params`, as many as `prepare`
 * returned values) and the shape `tag`; `rhs` replaces the parameter when the value was an F().
 */
export function lookupSql(dialect: Dialect, lookup: LookupName, tag: string, column: RawBuilder<unknown>, params: readonly Param[]): RawBuilder<SqlBool> {
  const [a, b] = params as [Param, Param];
  const pg = dialect === "postgresql";
  switch (lookup) {
    case "exact":
      return tag === "null" ? sql`${column} IS NULL` : sql`${column} = ${a}`;
    case "in":
      return sql`${column} IN (${sql.join(params as Param[])})`;
    case "isnull":
      return tag === "1" ? sql`${column} IS NULL` : sql`${column} IS NOT NULL`;
    case "range":
      return sql`${column} BETWEEN ${a} AND ${b}`;
    case "gt":
      return sql`${column} > ${a}`;
    case "gte":
      return sql`${column} >= ${a}`;
    case "lt":
      return sql`${column} < ${a}`;
    case "lte":
      return sql`${column} <= ${a}`;
    case "contains":
      return pg ? sql`strpos(${column}, ${a}) > 0` : sql`instr(${column}, ${a}) > 0`;
    case "startswith":
      return pg ? sql`strpos(${column}, ${a}) = 1` : sql`instr(${column}, ${a}) = 1`;
    case "endswith":
      // The value is used twice (three times on SQLite, where substr(x, -0) is all of x, not "").
      return pg ? sql`right(${column}, length(${a})) = ${a}` : sql`(length(${a}) = 0 OR substr(${column}, -length(${a})) = ${a})`;
    case "iexact":
      if (tag === "null") return sql`${column} IS NULL`;
      return pg ? sql`${column}::text ILIKE ${a} ESCAPE '\\'` : sql`${column} LIKE ${a} ESCAPE '\\'`;
    case "icontains":
    case "istartswith":
    case "iendswith":
      return pg ? sql`${column}::text ILIKE ${a} ESCAPE '\\'` : sql`${column} LIKE ${a} ESCAPE '\\'`;
  }
}
