/**
 * Running a QuerySet's state: compile (or reuse) the SQL, run it on the current connection, and
 * turn rows into instances, `values()` objects or numbers.
 *
 * @module
 */
import type { SqlValue } from "../driver.ts";
import { runPrepared, withCompilers } from "./run.ts";
import { FieldError } from "../errors.ts";
import { ForeignKeyImpl } from "../fields/related.ts";
import { instanceFromRow } from "../instance-state.ts";
import type { Instance as Model, ModelConstructor as ModelClassBase, ModelOptions } from "../options.ts";
import { deleteObjects } from "../deletion.ts";
import { isExpression } from "./expressions.ts";
import { prefetch } from "./prefetch.ts";
import { MAX_GET_RESULTS, NO_MATCH } from "./pk-lookup.ts";
import { NO_ORDERING, withChanges, type Annotation, type QueryState } from "./state.ts";
import { expression } from "./where.ts";
import type { RowLayout } from "../sql/select.ts";
import type { Assignment } from "../sql/write.ts";

/** The rows of `state`: instances, or `values()` rows. */
export function fetch(model: ModelClassBase, state: QueryState): Promise<unknown[]> {
  const meta = model._meta;
  return withCompilers(meta, ({ select }) => {
    if (state.columns) return runPrepared(meta, select.values(meta, state)).then((result) => valueRows(state, result.rows));
    // Plain .then() rather than async/await: this runs for every query, and each await is a hop.
    const prepared = select.rows(meta, state);
    const instances = runPrepared(meta, prepared).then((result) => toInstances(meta, prepared.shape.layout, result.rows));
    return state.prefetch.length ? instances.then((list) => prefetch(list, state.prefetch).then(() => list)) : instances;
  });
}

function toInstances(meta: ModelOptions, layout: RowLayout, rows: SqlValue[][]): Model[] {
  const out = new Array<Model>(rows.length);
  const { related, annotations } = layout;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const instance = instanceFromRow(meta, row, 0);
    for (let j = 0; j < related.length; j++) {
      const join = related[j]!;
      // Walk to the object holding this relation ("question__author": the question's author).
      let holder: Model | null | undefined = instance;
      for (const name of join.parents) holder = holder?._state.cache.get(name) as Model | null | undefined;
      if (holder === null || holder === undefined) continue;
      holder._state.cache.set(join.name, row[join.pkIndex] === null ? null : instanceFromRow(join.meta, row, join.offset));
    }
    for (const { name, index, annotation } of annotations) {
      (instance as unknown as Record<string, unknown>)[name] = annotationValue(annotation, row[index]!);
    }
    out[r] = instance;
  }
  return out;
}

function annotationValue(annotation: Annotation, value: SqlValue): unknown {
  if (value === null) return annotation.aggregate.fn === "COUNT" ? 0 : null;
  const fn = annotation.aggregate.fn;
  if (fn === "MIN" || fn === "MAX") {
    const convert = annotation.path.field.fromDb;
    return convert && !(annotation.path.field instanceof ForeignKeyImpl) ? convert(value) : value;
  }
  return typeof value === "number" ? value : Number(value);
}

function valueRows(state: QueryState, rows: SqlValue[][]): unknown[] {
  const { list, mode } = state.columns!;
  const converters = list.map((column) => {
    if (column.path === null) {
      const annotation = state.annotations.find((a) => a.name === column.name)!;
      return (v: SqlValue) => annotationValue(annotation, v);
    }
    const convert = column.path.field.fromDb;
    return convert === null ? null : (v: SqlValue) => (v === null ? null : convert(v));
  });
  return rows.map((row) => {
    if (mode === "flat") return converters[0] ? converters[0](row[0]!) : row[0];
    const values = row.map((v, i) => (converters[i] ? converters[i]!(v) : v));
    if (mode === "list") return values;
    return Object.fromEntries(list.map((c, i) => [c.name, values[i]]));
  });
}

/** `get()`: exactly one row. */
export function get(model: ModelClassBase, state: QueryState): Promise<unknown> {
  return fetch(model, getState(state)).then((rows) => (rows.length === 1 ? rows[0] : notOne(model, rows)));
}

/** Django's get() drops the ordering (it cannot matter for one row) and reads at most 21 rows. */
function getState(state: QueryState): QueryState {
  return withChanges(state, { ordering: NO_ORDERING, orderKey: "", low: 0, high: MAX_GET_RESULTS });
}

/**
 * `get({ pk: value })` on a QuerySet of all rows (see pk-lookup.ts): the same SQL and result as
 * `get()`, without building its state. `general` makes the state `get()` would have used, the
 * first time only, to compile the statement.
 */
export function getByPk(model: ModelClassBase, value: SqlValue | typeof NO_MATCH, general: () => QueryState): Promise<unknown> {
  if (value === NO_MATCH) return Promise.reject(doesNotExist(model));
  const meta = model._meta;
  return withCompilers(meta, ({ select }) => {
    const shape = select.byPk(meta, () => getState(general()));
    return meta.registry.db
      .connection()
      .query(shape.sql, select.pkParams(shape, value, MAX_GET_RESULTS))
      .then((result) => (result.rows.length === 1 ? instanceFromRow(meta, result.rows[0]!, 0) : notOne(model, result.rows)));
  });
}

function notOne(model: ModelClassBase, rows: unknown[]): never {
  if (rows.length === 0) throw doesNotExist(model);
  const name = model._meta.objectName;
  const statics = model as unknown as { MultipleObjectsReturned: new (m: string) => Error };
  throw new statics.MultipleObjectsReturned(`get() returned more than one ${name} -- it returned ${rows.length === MAX_GET_RESULTS ? "more than 20" : rows.length}!`);
}

function doesNotExist(model: ModelClassBase): Error {
  const statics = model as unknown as { DoesNotExist: new (m: string) => Error };
  return new statics.DoesNotExist(`${model._meta.objectName} matching query does not exist.`);
}

/** `count()`. */
export async function count(model: ModelClassBase, state: QueryState): Promise<number> {
  const meta = model._meta;
  const result = await withCompilers(meta, ({ select }) => runPrepared(meta, select.count(meta, { ...state, ordering: [] })));
  return Number(result.rows[0]![0]);
}

/** `exists()`. */
export async function exists(model: ModelClassBase, state: QueryState): Promise<boolean> {
  const meta = model._meta;
  const result = await withCompilers(meta, ({ select }) => runPrepared(meta, select.exists(meta, state)));
  return result.rows.length > 0;
}

/** `aggregate()`. */
export async function aggregate(model: ModelClassBase, state: QueryState, aggregates: Annotation[]): Promise<Record<string, unknown>> {
  const meta = model._meta;
  const result = await withCompilers(meta, ({ select }) => runPrepared(meta, select.aggregate(meta, state, aggregates)));
  const row = result.rows[0] ?? [];
  return Object.fromEntries(aggregates.map((a, i) => [a.name, annotationValue(a, row[i] ?? null)]));
}

/**
 * `update()`: values or F() expressions for the model's own fields. Not async (an F() update is
 * a frequent write, and each await is a promise hop); a bad field still rejects.
 */
export function update(model: ModelClassBase, state: QueryState, values: Record<string, unknown>): Promise<number> {
  const meta = model._meta;
  const params = [...state.values] as SqlValue[];
  const assignments: Assignment[] = [];
  let key = "";
  try {
    meta.registry.ready();
    for (const name in values) {
      const value = values[name];
      const field = meta.findField(name) ?? meta.foreignKeys.find((f) => f.attname === name);
      if (!field || !field.concrete) throw new FieldError(`${meta.objectName} has no field named '${name}' to update. Fields are: ${meta.attnames.join(", ")}.`);
      if (field.primaryKey) throw new FieldError(`update() cannot change the primary key '${name}'.`);
      if (isExpression(value)) {
        const built = expression(meta, value, params);
        assignments.push({ column: field.column, value: built.node });
        key += `${field.column}=${built.key},`;
      } else {
        const converted = value === null && !field.null ? value : field.toDb(field.toValue(value) as never);
        if (converted === null && !field.null) throw new FieldError(`${meta.objectName}.${name} cannot be null.`);
        assignments.push({ column: field.column, value: { kind: "value", slot: params.push(converted) - 1 } });
        key += `${field.column}=#,`;
      }
    }
  } catch (error) {
    return Promise.reject(error);
  }
  if (assignments.length === 0) return Promise.resolve(0);
  return withCompilers(meta, ({ write }) => runPrepared(meta, write.update(meta, state, assignments, key, params))).then((result) => result.rowsAffected);
}

/** `delete()` on a QuerySet: the primary keys of the matching rows, then the collector. */
export async function deleteMatching(model: ModelClassBase, state: QueryState): Promise<[number, Record<string, number>]> {
  const meta = model._meta;
  if (state.low !== 0 || state.high !== null) throw new TypeError("Cannot use 'limit' or 'offset' with delete().");
  const result = await withCompilers(meta, ({ select }) => runPrepared(meta, select.pks(meta, { ...state, ordering: [] })));
  return deleteObjects(meta, result.rows.map((row) => row[0]!));
}
