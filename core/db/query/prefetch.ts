/**
 * `prefetchRelated`: loads a relation of many objects with one more query per relation (not
 * one per object), and keeps each object's share in its relation cache, where
 * `question.choices.all()` and templates find it.
 *
 * @module
 */
import type { SqlValue } from "../driver.ts";
import { FieldError } from "../errors.ts";
import { ForeignKeyImpl, ManyToManyFieldImpl } from "../fields/related.ts";
import type { Instance as Model, ModelConstructor as ModelClassBase } from "../options.ts";
import type { ModelOptions } from "../options.ts";
import { compilersFor, runPrepared } from "./run.ts";
import { throughOf } from "./resolve.ts";

type Manager = { filter(l: object): { toArray(): Promise<Model[]> } };
const objectsOf = (meta: ModelOptions) => (meta.concrete as unknown as { objects: Manager }).objects;

/** How many keys go in one `IN (…)` list. */
const CHUNK = 500;

/**
 * The objects of `meta` whose `lookup` ("pk__in", "questionId__in") is one of `keys`. Not async,
 * and through `toArray()` rather than awaiting the QuerySet (a thenable costs extra promise
 * jobs): prefetching runs on every page that lists objects with their relations.
 */
function byPks(meta: ModelOptions, lookup: string, keys: SqlValue[]): Promise<Model[]> {
  if (keys.length <= CHUNK) return objectsOf(meta).filter({ [lookup]: keys }).toArray();
  const chunks: Promise<Model[]>[] = [];
  for (let i = 0; i < keys.length; i += CHUNK) chunks.push(objectsOf(meta).filter({ [lookup]: keys.slice(i, i + CHUNK) }).toArray());
  return Promise.all(chunks).then((lists) => lists.flat());
}

/** The distinct non-null values of `values`. */
function unique(values: readonly unknown[]): SqlValue[] {
  const seen = new Set<unknown>();
  for (const value of values) if (value !== null && value !== undefined) seen.add(value);
  return [...seen] as SqlValue[];
}

/** Loads each path ("choices", "tags", "choices__question") for `instances`. */
export async function prefetch(instances: readonly Model[], paths: readonly string[]): Promise<void> {
  for (const path of paths) await prefetchPath(instances, path.split("__"), path);
}

function prefetchPath(instances: readonly Model[], names: string[], path: string): Promise<void> {
  if (instances.length === 0 || names.length === 0) return Promise.resolve();
  const [name, ...rest] = names as [string, ...string[]];
  const meta = (instances[0]!.constructor as unknown as ModelClassBase)._meta;
  meta.registry.ready();
  const related = prefetchOne(meta, instances, name, path);
  return rest.length ? related.then((objects) => prefetchPath(objects, rest, path)) : related.then(() => undefined);
}

/** Loads one relation; returns every related object loaded (for the next part of the path). */
function prefetchOne(meta: ModelOptions, instances: readonly Model[], name: string, path: string): Promise<Model[]> {
  const field = meta.findField(name);
  if (field instanceof ForeignKeyImpl) {
    const target = field.relatedModel._meta as ModelOptions;
    const ids = unique(instances.map((i) => (i as unknown as Record<string, unknown>)[field.attname]));
    return byPks(target, "pk__in", ids).then((objects) => {
      const byPk = new Map(objects.map((o) => [o.pk, o]));
      for (const instance of instances) instance._state.cache.set(name, byPk.get((instance as unknown as Record<string, unknown>)[field.attname]) ?? null);
      return objects;
    });
  }
  const pks = unique(instances.map((i) => i.pk));
  if (field instanceof ManyToManyFieldImpl) return prefetchMany(meta, instances, name, field, true, pks);
  const reverse = meta.findReverse(name);
  if (!reverse) {
    return Promise.reject(new FieldError(`Cannot find '${name}' on ${meta.objectName} object: '${path}' is an invalid parameter to prefetchRelated(). Relations are: ${
      [...meta.foreignKeys.map((f) => f.name), ...meta.manyToMany.map((f) => f.name), ...meta.relatedObjects.map((r) => r.name)].join(", ") || "(none)"
    }.`));
  }
  if (reverse.field instanceof ManyToManyFieldImpl) return prefetchMany(meta, instances, name, reverse.field, false, pks);
  const fk = reverse.field as ForeignKeyImpl<unknown>;
  return byPks(reverse.model._meta, `${fk.attname}__in`, pks).then((objects) => {
    const groups = new Map<unknown, Model[]>();
    const instancesByPk = new Map<unknown, Model>();
    for (const instance of instances) {
      groups.set(instance.pk, []);
      instancesByPk.set(instance.pk, instance);
    }
    for (const object of objects) {
      const key = (object as unknown as Record<string, unknown>)[fk.attname];
      groups.get(key)?.push(object);
      // The object's own foreign key back to the instance is known too.
      object._state.cache.set(fk.name, instancesByPk.get(key));
    }
    for (const instance of instances) {
      const list = groups.get(instance.pk)!;
      instance._state.cache.set(name, reverse.multiple ? list : (list[0] ?? null));
    }
    return objects;
  });
}

async function prefetchMany(meta: ModelOptions, instances: readonly Model[], name: string, field: ManyToManyFieldImpl<unknown>, forward: boolean, pks: SqlValue[]): Promise<Model[]> {
  const through = throughOf.get(field)!;
  const [source, target] = forward ? [through.sourceColumn, through.targetColumn] : [through.targetColumn, through.sourceColumn];
  const other = (forward ? field.relatedModel._meta : field.model) as ModelOptions;
  const { links } = await compilersFor(meta);
  const pairs: SqlValue[][] = [];
  for (let i = 0; i < pks.length; i += CHUNK) pairs.push(...(await runPrepared(meta, links.pairs(through.table, source, target, pks.slice(i, i + CHUNK)))).rows);
  const objects = await byPks(other, "pk__in", [...new Set(pairs.map((p) => p[1]!))]);
  const byPk = new Map(objects.map((o) => [o.pk, o]));
  const groups = new Map<unknown, Set<unknown>>();
  for (const [s, t] of pairs) (groups.get(s) ?? groups.set(s, new Set()).get(s)!).add(t);
  for (const instance of instances) {
    const linked = groups.get(instance.pk);
    // Keep the related model's ordering (the order of `objects`).
    instance._state.cache.set(name, linked ? objects.filter((o) => linked.has(o.pk)) : []);
  }
  void byPk;
  return objects;
}
