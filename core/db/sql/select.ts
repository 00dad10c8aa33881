/**
 * SELECT statements for a QuerySet's state: rows of a model (with selectRelated joins and
 * annotations), counts, existence, aggregates, primary keys and `values()` columns. Each is
 * compiled once per shape (see compiler.ts) and then only bound to new values.
 *
 * @module
 */
import { sql, type Expression, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool } from "kysely";
import type { SqlValue } from "../driver.ts";
import { FieldError } from "../errors.ts";
import { ForeignKeyImpl } from "../fields/related.ts";
import type { ModelOptions } from "../options.ts";
import { resolvePath, isMultiValued, stepsKey, type Step } from "../query/resolve.ts";
import { isSliced, type Annotation, type OrderItem, type QueryState } from "../query/state.ts";
import { defaultOrdering } from "../query/ordering.ts";
import { slot, type CompiledShape, type SqlCompiler } from "./compiler.ts";
import { ConditionCompiler } from "./conditions.ts";
import { AliasCounter, Scope } from "./scope.ts";

/** Where the parts of a row are: selectRelated models after the model's own columns, then annotations. */
export interface RowLayout {
  related: RelatedLayout[];
  annotations: { name: string; index: number; annotation: Annotation }[];
}

/**
 * One selectRelated model in a row: its columns start at `offset`; it is cached under `name` on
 * the object reached from the row's instance through `parents` ("question__author": parents
 * ["question"], name "author"). Worked out once per shape, not per row.
 */
export interface RelatedLayout {
  parents: string[];
  name: string;
  meta: ModelOptions;
  offset: number;
  /** Where the related row's primary key is (NULL there: no related object). */
  pkIndex: number;
}

/** A compiled statement and the values to bind. */
export interface Prepared<L = unknown> {
  shape: CompiledShape<L>;
  params: SqlValue[];
}

type Query = SelectQueryBuilder<any, any, any>;

/** Builds the SELECT statements of one dialect. */
export class SelectCompiler {
  readonly conditions: ConditionCompiler;
  readonly #byPk = new WeakMap<ModelOptions, { table: string; shape: CompiledShape<RowLayout> }>();
  constructor(readonly compiler: SqlCompiler) {
    this.conditions = new ConditionCompiler(compiler.builder);
  }

  /**
   * The SELECT of `get({ pk })` on `meta`'s model, kept per model (no cache key to build):
   * compiled the first time from `state`, the state the general path makes for that lookup,
   * so both paths run the same SQL. Bind it with {@link pkParams}.
   */
  byPk(meta: ModelOptions, state: () => QueryState): CompiledShape<RowLayout> {
    let entry = this.#byPk.get(meta);
    if (entry === undefined || entry.table !== meta.dbTable) {
      entry = { table: meta.dbTable, shape: this.rows(meta, state()).shape };
      this.#byPk.set(meta, entry);
    }
    return entry.shape;
  }

  /** The parameters of a {@link byPk} statement: the key, and the LIMIT of `get()`. */
  pkParams(shape: CompiledShape<RowLayout>, value: SqlValue, limit: number): SqlValue[] {
    return this.compiler.bind(shape, sliceParams([value], 0, limit));
  }

  /** Rows of `meta`'s model as `state` describes them. */
  rows(meta: ModelOptions, state: QueryState): Prepared<RowLayout> {
    const key = `rows|${meta.dbTable}|${stateKey(state)}`;
    return this.#prepare(key, meta, state, true, (db, scope) => {
      const columns: Expression<unknown>[] = meta.fields.map((f) => scope.column(scope.alias, f.column));
      const layout: RowLayout = { related: [], annotations: [] };
      for (const path of state.related) {
        const { alias, metaAt, names } = this.#followRelated(scope, path);
        const offset = columns.length;
        layout.related.push({ parents: names.slice(0, -1), name: names[names.length - 1]!, meta: metaAt, offset, pkIndex: offset + metaAt.fields.indexOf(metaAt.pk) });
        for (const field of metaAt.fields) columns.push(scope.column(alias, field.column));
      }
      for (const annotation of state.annotations) {
        layout.annotations.push({ name: annotation.name, index: columns.length, annotation });
        columns.push(this.annotation(scope, annotation));
      }
      return { query: db.selectFrom(scope.from).select(columns.map((c, i) => sql`${c}`.as(`c${i}`))), layout };
    });
  }

  /** The builder of `SELECT pk` for the matching rows, to embed in another statement. */
  pkQuery(db: Kysely<any>, meta: ModelOptions, state: QueryState, aliases: AliasCounter | null = null): Query {
    return this.build(db, meta, state, false, (d, s) => ({ query: d.selectFrom(s.from).select(sql`${s.column(s.alias, meta.pk.column)}`.as("pk")) }), aliases);
  }

  /** `SELECT pk` of the matching rows (for deletes, and updates that need joins). */
  pks(meta: ModelOptions, state: QueryState): Prepared {
    return this.#prepare(`pks|${meta.dbTable}|${stateKey(state)}`, meta, state, false, (db, scope) => ({
      query: db.selectFrom(scope.from).select(sql`${scope.column(scope.alias, meta.pk.column)}`.as("pk")),
    }));
  }

  /** The columns of `values()` / `valuesList()`. */
  values(meta: ModelOptions, state: QueryState): Prepared {
    const key = `values|${meta.dbTable}|${stateKey(state)}`;
    return this.#prepare(key, meta, state, true, (db, scope) => {
      const columns = state.columns!.list.map((column, i) => {
        const annotation = state.annotations.find((a) => a.name === column.name);
        const expression = annotation ? this.annotation(scope, annotation) : this.#pathColumn(scope, column.path!, true);
        return sql`${expression}`.as(`c${i}`);
      });
      return { query: db.selectFrom(scope.from).select(columns) };
    });
  }

  /** `SELECT COUNT(*)`. */
  count(meta: ModelOptions, state: QueryState): Prepared {
    const plain = !isSliced(state) && !state.distinct;
    if (plain) {
      return this.#prepare(`count|${meta.dbTable}|${stateKey(state)}`, meta, state, false, (db, scope) => ({
        query: db.selectFrom(scope.from).select(sql`COUNT(*)`.as("n")),
      }));
    }
    return this.#prepare(`countsub|${meta.dbTable}|${stateKey(state)}`, meta, state, false, (db, scope) => {
      const inner = db.selectFrom(scope.from).select(meta.fields.map((f, i) => sql`${scope.column(scope.alias, f.column)}`.as(`c${i}`)));
      return { query: inner, wrap: true };
    });
  }

  /** `SELECT 1 … LIMIT 1`. */
  exists(meta: ModelOptions, state: QueryState): Prepared {
    const limited = { ...state, low: 0, high: 1, ordering: [] };
    return this.#prepare(`exists|${meta.dbTable}|${stateKey(limited)}`, meta, limited, false, (db, scope) => ({
      query: db.selectFrom(scope.from).select(sql.lit(1).as("one")),
    }));
  }

  /** `SELECT SUM(…), COUNT(…)` over the matching rows. */
  aggregate(meta: ModelOptions, state: QueryState, aggregates: readonly Annotation[]): Prepared {
    const names = aggregates.map((a) => `${a.name}=${a.aggregate.fn}${a.aggregate.distinct ? "!" : ""}(${a.path.key})`).join(",");
    // A slice or distinct is applied first, in a subquery of primary keys.
    const inner = isSliced(state) || state.distinct ? state : null;
    const outer: QueryState = inner ? { ...state, where: [], whereKey: "", low: 0, high: null, distinct: false, ordering: [] } : { ...state, ordering: [] };
    const key = `aggregate|${meta.dbTable}|${stateKey(outer)}|${inner ? stateKey(inner) : ""}|${names}`;
    const values = inner ? sliceValues(inner) : (outer.values as SqlValue[]);
    const shape = this.compiler.shape(key, (db) => {
      const scope = new Scope(this.compiler.dialect, meta, meta.dbTable, new AliasCounter());
      const columns = aggregates.map((a, i) => sql`${this.#aggregateSql(a, this.#pathColumn(scope, a.path, true))}`.as(`c${i}`));
      let where: RawBuilder<SqlBool> | null = outer.where.length ? this.#where(scope, outer) : null;
      if (inner) {
        const innerQuery = this.build(db, meta, inner, true, (d, s) => ({ query: d.selectFrom(s.from).select(sql`${s.column(s.alias, meta.pk.column)}`.as("pk")) }), scope.aliases);
        // The slice's LIMIT and OFFSET slots follow the inner state's values.
        where = sql<SqlBool>`${scope.column(scope.alias, meta.pk.column)} IN ${innerQuery}`;
      }
      let query = scope.applyJoins(db.selectFrom(scope.from).select(columns));
      if (where) query = query.where(where);
      return { query };
    });
    return { shape, params: this.compiler.bind(shape, values) };
  }

  /** The SQL of an annotation: a correlated subquery, so several aggregates never multiply each other's rows. */
  annotation(scope: Scope, annotation: Annotation): RawBuilder<unknown> {
    const meta = scope.meta;
    const sub = new Scope(scope.dialect, meta, scope.aliases.next(), scope.aliases);
    const column = this.#pathColumn(sub, annotation.path, true);
    const query = sub
      .applyJoins(this.compiler.builder.selectFrom(sub.from).select(sql`${this.#aggregateSql(annotation, column)}`.as("a")))
      .where(sql<SqlBool>`${sub.column(sub.alias, meta.pk.column)} = ${scope.column(scope.alias, meta.pk.column)}`);
    return sql`${query}`;
  }

  #aggregateSql(annotation: Annotation, column: RawBuilder<unknown>): RawBuilder<unknown> {
    const { fn, distinct } = annotation.aggregate;
    const pg = this.compiler.dialect === "postgresql";
    const inner = distinct ? sql`DISTINCT ${column}` : column;
    if (fn === "COUNT") return annotation.aggregate.path === "*" ? sql`COUNT(*)` : sql`COUNT(${inner})`;
    // PostgreSQL's AVG of integers is numeric (a string in JavaScript); Django returns a float.
    if (fn === "AVG" && pg) return sql`CAST(AVG(${inner}) AS double precision)`;
    return sql`${sql.raw(fn)}(${inner})`;
  }

  /** A column reached by a path from the scope's base table, joining as needed. */
  #pathColumn(scope: Scope, path: ReturnType<typeof resolvePath>, allowMulti: boolean): RawBuilder<unknown> {
    let alias = scope.alias;
    let key = "";
    for (const step of path.steps) {
      if (!allowMulti && isMultiValued(step)) throw new FieldError(`Cannot order by '${path.key}': it crosses a many-valued relation.`);
      key = `${key}.${stepsKey([step])}`;
      alias = scope.follow(alias, key, step);
    }
    return scope.column(alias, path.field.column);
  }

  /** Joins a selectRelated path ("question" or "question__author"). */
  #followRelated(scope: Scope, path: string): { alias: string; metaAt: ModelOptions; names: string[] } {
    let alias = scope.alias;
    let meta = scope.meta;
    let key = "";
    let nullable = false;
    const names = path.split("__");
    for (const name of names) {
      const field = meta.findField(name);
      if (!(field instanceof ForeignKeyImpl)) {
        const choices = meta.foreignKeys.map((f) => f.name);
        throw new FieldError(
          `Invalid field name '${name}' in selectRelated('${path}'): it must be a foreign key or one-to-one field of ${meta.objectName}. ` +
            `Choices are: ${choices.length ? choices.join(", ") : "(none)"}. For reverse and many-to-many relations use prefetchRelated.`,
        );
      }
      nullable ||= field.null;
      const step: Step = { kind: "forward", field, to: field.relatedModel._meta as ModelOptions };
      key = `${key}.${stepsKey([step])}`;
      alias = scope.follow(alias, key, step, !nullable);
      meta = step.to;
    }
    return { alias, metaAt: meta, names };
  }

  #where(scope: Scope, state: QueryState): RawBuilder<SqlBool> {
    const nodes = state.where;
    return nodes.length === 1
      ? this.conditions.condition(scope, nodes[0]!)
      : this.conditions.condition(scope, { kind: "group", connector: "AND", negated: false, children: [...nodes], separate: true });
  }

  #orderBy(scope: Scope, meta: ModelOptions, state: QueryState, query: Query): Query {
    const items = state.ordering ?? defaultOrdering(meta);
    for (const item of items) {
      if (item.kind === "random") {
        query = query.orderBy(sql`RANDOM()`);
        continue;
      }
      const desc = item.desc !== state.reversed;
      const annotation = item.kind === "annotation" ? state.annotations.find((a) => a.name === item.name)! : null;
      const column = annotation ? this.annotation(scope, annotation) : this.#pathColumn(scope, (item as { path: ReturnType<typeof resolvePath> }).path, false);
      query = query.orderBy(column, desc ? "desc" : "asc");
    }
    if (state.reversed && items.length === 0) query = query.orderBy(scope.column(scope.alias, meta.pk.column), "desc");
    return query;
  }

  #prepare<L>(
    key: string,
    meta: ModelOptions,
    state: QueryState,
    ordered: boolean,
    build: (db: Kysely<any>, scope: Scope) => { query: Query; layout?: L; wrap?: boolean },
  ): Prepared<L> {
    const shape = this.compiler.shape<L>(key, (db) => {
      let layout: L | undefined;
      let wrap = false;
      const query = this.build(db, meta, state, ordered, (d, s) => {
        const built = build(d, s);
        layout = built.layout;
        wrap = built.wrap ?? false;
        return built;
      });
      // A count of a sliced or distinct query counts the rows of the query as a subquery.
      return { query: wrap ? db.selectFrom(query.as("sub")).select(sql`COUNT(*)`.as("n")) : query, layout: layout as L };
    });
    return { shape, params: this.compiler.bind(shape, sliceValues(state)) };
  }

  /** Builds (without compiling) the SELECT of `state`, its columns chosen by `build`. */
  build(
    db: Kysely<any>,
    meta: ModelOptions,
    state: QueryState,
    ordered: boolean,
    build: (db: Kysely<any>, scope: Scope) => { query: Query },
    aliases: AliasCounter | null = null,
  ): Query {
    const scope = aliases ? new Scope(this.compiler.dialect, meta, aliases.next(), aliases) : new Scope(this.compiler.dialect, meta, meta.dbTable, new AliasCounter());
    scope.annotationSql = (name) => this.annotation(scope, state.annotations.find((a) => a.name === name)!);
    let query = build(db, scope).query;
    if (state.where.length) query = query.where(this.#where(scope, state));
    if (ordered) query = this.#orderBy(scope, meta, state, query);
    if (state.distinct) query = query.distinct();
    const n = state.values.length;
    if (state.high !== null) query = query.limit(slot(n) as never);
    else if (state.low !== 0 && this.compiler.dialect === "sqlite") query = query.limit(slot(n) as never);
    if (state.low !== 0) query = query.offset(slot(n + 1) as never);
    return scope.applyJoins(query);
  }
}

/** The state's values followed by LIMIT and OFFSET. */
function sliceValues(state: QueryState): SqlValue[] {
  if (!isSliced(state)) return state.values as SqlValue[];
  return sliceParams(state.values, state.low, state.high);
}

/** `values` followed by the LIMIT and OFFSET of the slice `low`..`high` (the slots `build()` gives them). */
function sliceParams(values: readonly SqlValue[], low: number, high: number | null): SqlValue[] {
  return [...values, high !== null ? high - low : -1, low];
}

/** The part of the cache key that describes a state (not the model, not the values). */
export function stateKey(state: QueryState): string {
  // The common shape (filters and a slice, nothing else) gets a short key: it is hashed on every query.
  if (state.ordering !== null && state.ordering.length === 0 && !state.reversed && !state.distinct && state.related.length === 0 && state.annotationKey === "" && state.columns === null) {
    return `${state.whereKey}|${state.low !== 0 ? "o" : ""}${state.high !== null ? "l" : ""}`;
  }
  const slice = `${state.low !== 0 ? "o" : ""}${state.high !== null ? "l" : ""}`;
  const columns = state.columns ? state.columns.key : "";
  return `${state.whereKey}|${state.ordering === null ? "default" : state.orderKey}${state.reversed ? "~" : ""}|${slice}|${state.distinct ? "d" : ""}|${state.related.join(",")}|${state.annotationKey}|${columns}`;
}
