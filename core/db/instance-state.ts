/**
 * What every instance carries besides its field values, and the marker that builds an instance
 * from a database row. Kept apart from model.ts so the query code can build instances without
 * importing the Model class (dependencies point down).
 *
 * @module
 */
import type { SqlValue } from "./driver.ts";
import type { Instance, ModelOptions } from "./options.ts";

/** Marks a constructor call that builds an instance from a database row. */
export const FROM_DB: unique symbol = Symbol("onefile.fromDb");

/** Per-instance state, as Django's `_state`. */
export class ModelState {
  /** True until the instance is saved (or when it was made with `new`). */
  adding: boolean;
  #cache: Map<string, unknown> | null = null;
  constructor(adding: boolean) {
    this.adding = adding;
  }
  /** Related objects loaded by selectRelated, prefetchRelated or `related()`, by relation name (made on first use). */
  get cache(): Map<string, unknown> {
    return (this.#cache ??= new Map());
  }
}

/**
 * Builds an instance from a row: the model's columns start at `offset`, in field order.
 * Skips defaults and checks: the values come from the database.
 */
export function instanceFromRow(meta: ModelOptions, row: readonly SqlValue[], offset: number): Instance {
  const instance = new meta.concrete(FROM_DB) as unknown as Record<string, unknown>;
  const fields = meta.fields;
  const names = meta.attnames;
  for (let i = 0; i < fields.length; i++) {
    const convert = fields[i]!.fromDb;
    const value = row[offset + i]!;
    instance[names[i]!] = convert === null || value === null ? value : convert(value);
  }
  return instance as unknown as Instance;
}
