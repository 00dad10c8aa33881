/**
 * Running a compiled statement on the database of a model: the open transaction of this call
 * chain, if any, else the database itself. The lowest layer of query execution.
 *
 * @module
 */
import type { QueryResult } from "../driver.ts";
import type { ModelOptions } from "../options.ts";
import type { Prepared, SelectCompiler } from "../sql/select.ts";
import type { LinkCompiler, WriteCompiler } from "../sql/write.ts";

/** The SQL compilers of the attached driver's dialect. */
export interface Compilers {
  select: SelectCompiler;
  write: WriteCompiler;
  links: LinkCompiler;
}

/** The compilers of `meta`'s database, after resolving the app's relations. */
export function compilersOf(meta: ModelOptions): Compilers {
  meta.registry.ready();
  return meta.registry.db.compilers as Compilers;
}

/** Runs a prepared statement on the current connection (the open transaction, if any). */
export function runPrepared(meta: ModelOptions, prepared: Prepared): Promise<QueryResult> {
  return meta.registry.db.connection().query(prepared.shape.sql, prepared.params);
}
