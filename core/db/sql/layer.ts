/**
 * The SQL layer: Kysely and the compilers built on it. Loaded by sql-layer.ts with a dynamic
 * import when an app first uses a database, so an app without models never loads Kysely.
 *
 * @module
 */
import type { Dialect } from "../driver.ts";
import { SqlCompiler } from "./compiler.ts";
import { SelectCompiler } from "./select.ts";
import { LinkCompiler, WriteCompiler } from "./write.ts";

/** The SQL compilers of one dialect. */
export interface Compilers {
  select: SelectCompiler;
  write: WriteCompiler;
  links: LinkCompiler;
}

/** New compilers (with their own cache of compiled shapes) for `dialect`. */
export function makeCompilers(dialect: Dialect): Compilers {
  const compiler = new SqlCompiler(dialect);
  const select = new SelectCompiler(compiler);
  return { select, write: new WriteCompiler(compiler, select), links: new LinkCompiler(compiler) };
}
