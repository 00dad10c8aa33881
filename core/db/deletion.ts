/**
 * Deleting rows as Django's Collector does: before the rows go, every relation that points at
 * them is followed and its `onDelete` applied (CASCADE deletes the referring rows too, PROTECT
 * and RESTRICT refuse, SET_NULL / SET_DEFAULT update them), and many-to-many links are removed.
 * All of it in one transaction.
 *
 * @module
 */
import type { SqlValue } from "./driver.ts";
import { ProtectedError } from "./errors.ts";
import { ManyToManyFieldImpl, type ForeignKeyImpl } from "./fields/related.ts";
import type { ModelConstructor as ModelClassBase } from "./options.ts";
import type { ModelOptions } from "./options.ts";
import { throughOf } from "./query/resolve.ts";
import { compilersFor, runPrepared } from "./query/run.ts";

/** How many values go in one `IN (…)` list. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Deletes the rows of `meta`'s model with these primary keys, following `onDelete`.
 * Returns the total number of rows deleted and the count per model ("polls.Choice": 3).
 *
 * @throws ProtectedError when a PROTECT or RESTRICT relation still refers to a row.
 */
export async function deleteObjects(meta: ModelOptions, pks: readonly SqlValue[]): Promise<[number, Record<string, number>]> {
  if (pks.length === 0) return [0, {}];
  const db = meta.registry.db;
  return db.atomic(async () => {
    const order: ModelOptions[] = [];
    const doomed = new Map<ModelOptions, Set<SqlValue>>();
    const restricted: { field: ForeignKeyImpl<unknown>; model: ModelOptions; pks: SqlValue[] }[] = [];
    const { write } = await compilersFor(meta);

    const collect = async (target: ModelOptions, keys: readonly SqlValue[]): Promise<void> => {
      let set = doomed.get(target);
      if (!set) {
        set = new Set();
        doomed.set(target, set);
        order.push(target);
      }
      const fresh = keys.filter((k) => !set!.has(k));
      if (fresh.length === 0) return;
      for (const k of fresh) set.add(k);
      for (const relation of target.relatedObjects) {
        if (relation.field instanceof ManyToManyFieldImpl) continue;
        const field = relation.field as ForeignKeyImpl<unknown>;
        const model = relation.model._meta;
        if (field.onDelete === "DO_NOTHING") continue;
        const referring = await referringPks(model, field, fresh);
        if (referring.length === 0) continue;
        switch (field.onDelete) {
          case "CASCADE":
            await collect(model, referring);
            break;
          case "PROTECT":
            throw protectedError(target, model, field, referring);
          case "RESTRICT":
            restricted.push({ field, model, pks: referring });
            break;
          case "SET_NULL":
          case "SET_DEFAULT": {
            const value = field.onDelete === "SET_NULL" ? null : field.toDb(field.getDefault() as never);
            for (const part of chunks(fresh)) await runPrepared(model, write.setWhereIn(model.dbTable, field.column, value, [...part]));
            break;
          }
        }
      }
    };

    await collect(meta, pks);
    // RESTRICT allows the delete when the referring rows are being deleted anyway (by a cascade).
    for (const { field, model, pks: referring } of restricted) {
      const remaining = referring.filter((pk) => !doomed.get(model)?.has(pk));
      if (remaining.length) throw protectedError(field.relatedModel._meta as ModelOptions, model, field, remaining, "restricted");
    }

    const counts: Record<string, number> = {};
    let total = 0;
    // Referring rows first (they were collected after the rows they refer to).
    for (const target of [...order].reverse()) {
      const keys = [...doomed.get(target)!];
      for (const field of target.manyToMany) await deleteLinks(target, throughOf.get(field)!.table, throughOf.get(field)!.sourceColumn, keys);
      for (const relation of target.relatedObjects) {
        if (relation.field instanceof ManyToManyFieldImpl) await deleteLinks(target, throughOf.get(relation.field)!.table, throughOf.get(relation.field)!.targetColumn, keys);
      }
      let deleted = 0;
      for (const part of chunks(keys)) deleted += (await runPrepared(target, write.deleteWhereIn(target.dbTable, target.pk.column, part))).rowsAffected;
      if (deleted) counts[target.label] = (counts[target.label] ?? 0) + deleted;
      total += deleted;
    }
    return [total, counts];
  });
}

async function deleteLinks(meta: ModelOptions, table: string, column: string, keys: SqlValue[]): Promise<void> {
  const { write } = await compilersFor(meta);
  for (const part of chunks(keys)) await runPrepared(meta, write.deleteWhereIn(table, column, part));
}

/** Primary keys of `model`'s rows whose `field` refers to one of `keys`. */
async function referringPks(model: ModelOptions, field: ForeignKeyImpl<unknown>, keys: readonly SqlValue[]): Promise<SqlValue[]> {
  const found: SqlValue[] = [];
  const cls = model.concrete as ModelClassBase & { objects: { filter(l: object): { valuesList(n: string, o: { flat: true }): PromiseLike<SqlValue[]> } } };
  for (const part of chunks(keys)) found.push(...(await cls.objects.filter({ [`${field.name}__in`]: part }).valuesList("pk", { flat: true })));
  return found;
}

function protectedError(target: ModelOptions, model: ModelOptions, field: ForeignKeyImpl<unknown>, referring: SqlValue[], kind = "protected"): ProtectedError {
  return new ProtectedError(
    `Cannot delete some instances of model '${target.objectName}' because they are referenced through ${kind} foreign keys: '${model.objectName}.${field.name}' ` +
      `(${referring.length} ${referring.length === 1 ? model.verboseName : model.verboseNamePlural}).`,
    referring,
  );
}
