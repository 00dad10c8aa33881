/**
 * Running a compiled statement on the database of a model: the open transaction of this call
 * chain, if any, else the database itself. The lowest layer of query execution.
 *
 * @module
 */
import type { QueryResult } from "../driver.ts";
import type { ModelOptions } from "../options.ts";
import type { Compilers } from "../sql/layer.ts";
import type { Prepared } from "../sql/select.ts";

/**
 * Runs `use` with the compilers of `meta`'s database (after resolving the app's relations): at
 * once when the SQL layer is loaded, as it is after the first query, else once it is (see
 * sql-layer.ts).
 */
export function withCompilers<T>(meta: ModelOptions, use: (compilers: Compilers) => Promise<T>): Promise<T> {
  meta.registry.ready();
  const now = meta.registry.db.compilersNow() as Compilers | null;
  return now !== null ? use(now) : (meta.registry.db.compilersReady() as Promise<Compilers>).then(use);
}

/** The compilers of `meta`'s database, for async code off the hot paths. */
export function compilersFor(meta: ModelOptions): Promise<Compilers> {
  meta.registry.ready();
  return meta.registry.db.compilersReady() as Promise<Compilers>;
}

/** Runs a prepared statement on the current connection (the open transaction, if any). */
export function runPrepared(meta: ModelOptions, prepared: Prepared): Promise<QueryResult> {
  return meta.registry.db.connection().query(prepared.shape.sql, prepared.params);
}
