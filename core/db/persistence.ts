/**
 * Saving instances: INSERT for a new one (reading back the primary key with RETURNING), UPDATE
 * for a saved one, and `bulkCreate` for many.
 *
 * @module
 */
import type { SqlValue } from "./driver.ts";
import { FieldError } from "./errors.ts";
import { DateTimeFieldImpl } from "./fields/scalar.ts";
import type { Field } from "./fields/field.ts";
import type { Instance as Model, ModelConstructor as ModelClassBase, ModelOptions } from "./options.ts";
import { compilersOf, runPrepared } from "./query/run.ts";

/** Options of `instance.save()`. */
export interface SaveOptions {
  /** Always INSERT (fails on an existing primary key). */
  forceInsert?: boolean;
  /** Always UPDATE (fails when no row was updated). */
  forceUpdate?: boolean;
  /** Save only these fields (an UPDATE of those columns). */
  updateFields?: readonly string[];
}

type Values = Record<string, unknown>;

/** Saves one instance (see `Model.save`). */
export async function saveInstance(instance: Model, options: SaveOptions): Promise<void> {
  const meta = (instance.constructor as unknown as ModelClassBase)._meta;
  meta.registry.ready();
  const self = instance as unknown as Values;
  const now = new Date();
  for (const field of meta.fields) {
    if (isAutoDate(field) && (field.autoNow || (field.autoNowAdd && instance._state.adding))) self[field.name] = now;
  }
  const pk = instance.pk;
  if (!options.forceInsert && pk !== null && pk !== undefined && (!instance._state.adding || options.forceUpdate || options.updateFields)) {
    const names = options.updateFields ?? meta.fields.filter((f) => !f.primaryKey).map((f) => f.name);
    const values: Values = {};
    for (const name of names) {
      const index = meta.fields.findIndex((f) => f.name === name || meta.attnames[meta.fields.indexOf(f)] === name);
      if (index === -1) throw new FieldError(`save(updateFields) names '${name}', which is not a field of ${meta.objectName}.`);
      const attname = meta.attnames[index]!;
      values[attname] = self[attname];
    }
    const manager = (meta.concrete as unknown as { objects: { filter(l: object): { update(v: Values): Promise<number> } } }).objects;
    const updated = await manager.filter({ pk }).update(values);
    if (updated > 0 || options.forceUpdate || options.updateFields) {
      if (updated === 0) throw new FieldError(`${meta.objectName} with ${meta.pk.name} ${String(pk)} was not saved: no such row.`);
      instance._state.adding = false;
      return;
    }
  }
  await insertRows(meta, [instance]);
}

/**
 * Inserts instances, one statement each inside a transaction (RETURNING gives each its primary
 * key; SQLite does not promise the order of RETURNING rows of a many-row INSERT).
 */
export async function insertRows(meta: ModelOptions, instances: readonly Model[]): Promise<void> {
  const db = meta.registry.db;
  const { write } = compilersOf(meta);
  const run = async () => {
    for (const instance of instances) {
      const self = instance as unknown as Values;
      const pk = instance.pk;
      const columns: string[] = [];
      const values: SqlValue[] = [];
      meta.fields.forEach((field, i) => {
        if (field.primaryKey && (pk === null || pk === undefined)) return;
        columns.push(field.column);
        values.push(field.toDb(self[meta.attnames[i]!] as never));
      });
      const result = await runPrepared(meta, write.insert(meta, columns, 1, values));
      const returned = result.rows[0]?.[0];
      if (returned !== undefined) instance.pk = meta.pk.fromDb ? meta.pk.fromDb(returned) : returned;
      instance._state.adding = false;
    }
  };
  if (instances.length > 1 && !db.inAtomicBlock) await db.atomic(run);
  else await run();
}

/** True for DateTimeField/DateField with autoNow or autoNowAdd. */
function isAutoDate(field: Field): field is DateTimeFieldImpl {
  return field instanceof DateTimeFieldImpl && (field.autoNow || field.autoNowAdd);
}
