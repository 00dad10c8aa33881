/**
 * Saving instances: INSERT for a new one (reading back the primary key with RETURNING), UPDATE
 * for a saved one, and `bulkCreate`'s multi-row INSERTs.
 *
 * @module
 */
import type { SqlValue } from "./driver.ts";
import { FieldError } from "./errors.ts";
import { DateTimeFieldImpl } from "./fields/dates.ts";
import type { Instance as Model, ModelConstructor as ModelClassBase, ModelOptions } from "./options.ts";
import { runPrepared, withCompilers } from "./query/run.ts";

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

/**
 * Saves one instance (see `Model.save`). Not an async function: creating a row is among the
 * most frequent writes, and each await is a promise hop. Errors still arrive as rejections.
 */
export function saveInstance(instance: Model, options: SaveOptions): Promise<void> {
  try {
    const meta = (instance.constructor as unknown as ModelClassBase)._meta;
    meta.registry.ready();
    setAutoDates(meta, instance);
    const pk = instance.pk;
    if (!options.forceInsert && pk !== null && pk !== undefined && (!instance._state.adding || options.forceUpdate || options.updateFields)) {
      return updateOrInsert(meta, instance, options);
    }
    return insertBatch(meta, [instance], hasPk(instance));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** The UPDATE of a saved instance; an INSERT when no row had its primary key (Django's save()). */
async function updateOrInsert(meta: ModelOptions, instance: Model, options: SaveOptions): Promise<void> {
  const self = instance as unknown as Values;
  const pk = instance.pk;
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
  await insertBatch(meta, [instance], true);
}

/**
 * Inserts new instances (`bulkCreate`) with multi-row INSERTs, in one transaction (unless one
 * is open), and gives each its primary key. Instances that carry their own primary key go in
 * statements of their own (the column list differs). Each statement stays under the dialect's
 * limit on parameters. As Django's bulk_create, `save()` is not called, but autoNow and
 * autoNowAdd dates are set.
 *
 * @example
 * ```ts
 * await insertRows(Tag._meta, [new Tag({ name: "a" }), new Tag({ name: "b" })]);
 * ```
 */
export function insertRows(meta: ModelOptions, instances: readonly Model[]): Promise<void> {
  try {
    meta.registry.ready();
    for (const instance of instances) setAutoDates(meta, instance);
    if (instances.length <= 1) return instances.length ? insertBatch(meta, instances, hasPk(instances[0]!)) : Promise.resolve();
    const withPk = instances.filter(hasPk);
    const withoutPk = instances.filter((i) => !hasPk(i));
    // Keys the database makes are matched to rows by their order (see insertBatch), which only
    // an auto-incrementing key promises; any other key the database fills goes one row at a time.
    const perStatement = Math.max(1, Math.floor(maxParameters(meta) / meta.fields.length));
    // A model with no column but its key inserts with DEFAULT VALUES: one row per statement.
    const autoPerStatement = isAutoIncrement(meta) && meta.fields.length > 1 ? perStatement : 1;
    const run = async () => {
      for (let i = 0; i < withoutPk.length; i += autoPerStatement) await insertBatch(meta, withoutPk.slice(i, i + autoPerStatement), false);
      for (let i = 0; i < withPk.length; i += perStatement) await insertBatch(meta, withPk.slice(i, i + perStatement), true);
    };
    const db = meta.registry.db;
    return db.inAtomicBlock ? run() : db.atomic(run);
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * One INSERT of `batch`: all rows with their own primary key (`withPk`), or all without, the
 * database making it (RETURNING it). Neither SQLite nor PostgreSQL documents the order of
 * RETURNING rows, so the keys made for several rows are sorted: an auto-increment gives the rows
 * of one statement increasing keys in the order of VALUES.
 */
function insertBatch(meta: ModelOptions, batch: readonly Model[], withPk: boolean): Promise<void> {
  const fields = meta.fields;
  const names = meta.attnames;
  const values: SqlValue[] = [];
  const pkIndex = fields.indexOf(meta.pk);
  for (const instance of batch) {
    const self = instance as unknown as Values;
    for (let i = 0; i < fields.length; i++) {
      if (i === pkIndex && !withPk) continue;
      values.push(fields[i]!.toDb(self[names[i]!] as never));
    }
  }
  return withCompilers(meta, ({ write }) => runPrepared(meta, write.insert(meta, withPk, batch.length, values))).then((result) => {
    const convert = meta.pk.fromDb;
    const keys = result.rows.map((row) => (convert ? convert(row[0]!) : row[0]));
    if (keys.length !== batch.length) throw new Error(`Internal error: INSERT of ${batch.length} ${meta.objectName} rows returned ${keys.length} primary keys.`);
    if (withPk) {
      // The keys were given: each row keeps its own, as stored.
      const width = fields.length;
      for (let r = 0; r < batch.length; r++) batch[r]!.pk = convert ? convert(values[r * width + pkIndex]!) : values[r * width + pkIndex];
    } else {
      if (keys.length > 1) keys.sort((a, b) => (a as number) - (b as number));
      for (let r = 0; r < batch.length; r++) batch[r]!.pk = keys[r];
    }
    for (const instance of batch) instance._state.adding = false;
  });
}

function hasPk(instance: Model): boolean {
  return instance.pk !== null && instance.pk !== undefined;
}

function isAutoIncrement(meta: ModelOptions): boolean {
  return meta.pk.internalType === "AutoField" || meta.pk.internalType === "BigAutoField";
}

/** Parameters one statement may have: SQLite's historical SQLITE_MAX_VARIABLE_NUMBER (999; newer builds allow 32766), PostgreSQL's 65535. */
function maxParameters(meta: ModelOptions): number {
  return meta.registry.db.connection().dialect === "postgresql" ? 65535 : 999;
}

/** Sets the autoNow dates, and the autoNowAdd ones of an instance not yet saved. */
function setAutoDates(meta: ModelOptions, instance: Model): void {
  const auto = autoDateFields(meta);
  if (auto.length === 0) return;
  const now = new Date();
  const self = instance as unknown as Values;
  for (const field of auto) if (field.autoNow || instance._state.adding) self[field.name] = now;
}

const autoDates = new WeakMap<ModelOptions, DateTimeFieldImpl[]>();

/** The model's DateField/DateTimeFields with autoNow or autoNowAdd (found once per model). */
function autoDateFields(meta: ModelOptions): DateTimeFieldImpl[] {
  let fields = autoDates.get(meta);
  if (fields === undefined) {
    fields = meta.fields.filter((f): f is DateTimeFieldImpl => f instanceof DateTimeFieldImpl && (f.autoNow || f.autoNowAdd));
    autoDates.set(meta, fields);
  }
  return fields;
}
