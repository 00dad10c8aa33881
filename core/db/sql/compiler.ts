/**
 * SQL text from Kysely, compiled once per query shape.
 *
 * The QuerySet decides what to ask; Kysely writes it as SQL for the dialect (quoting,
 * placeholders, RETURNING, LIMIT). Compiling takes tens of microseconds, more than a primary-key
 * lookup takes in SQLite, so each distinct shape is compiled once: the query is built with
 * `Slot` markers instead of values, and the compiled parameter list records which slot goes
 * where. A later query of the same shape (same model, fields, lookups and list lengths; any
 * values) reuses the SQL and only gathers its values.
 *
 * @module
 */
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from "kysely";
import type { Dialect, SqlValue } from "../driver.ts";

/** Stands for the value at `index` of a query's values while its SQL is compiled. */
export class Slot {
  constructor(readonly index: number) {}
}

const slots: Slot[] = [];
/** The marker of value `index` (one object per index, shared). */
export function slot(index: number): Slot {
  return (slots[index] ??= new Slot(index));
}

/** SQL text and where each of its parameters comes from. */
export interface CompiledShape<L = unknown> {
  readonly sql: string;
  /** For each placeholder in `sql`, the index of its value. */
  readonly slots: readonly number[];
  /** What the builder noted about the result (e.g. where each model's columns start). */
  readonly layout: L;
}

/** Most shapes kept per dialect; beyond it the oldest are dropped (shapes vary with `in` list lengths). */
const CACHE_SIZE = 2000;

/** A query builder that only compiles (never connects), for one dialect. */
export function queryBuilder(dialect: Dialect): Kysely<any> {
  const pg = dialect === "postgresql";
  return new Kysely<any>({
    dialect: {
      createAdapter: () => (pg ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => (pg ? new PostgresIntrospector(db) : new SqliteIntrospector(db)),
      createQueryCompiler: () => (pg ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
  });
}

/**
 * Compiles and caches query shapes for one dialect.
 *
 * @example
 * ```ts
 * const compiler = new SqlCompiler("sqlite");
 * const shape = compiler.shape("get:polls_question", (db) =>
 *   ({ query: db.selectFrom("polls_question").selectAll().where("id", "=", slot(0)) }));
 * compiler.bind(shape, [7]); // [7]
 * ```
 */
export class SqlCompiler {
  readonly builder: Kysely<any>;
  readonly #cache = new Map<string, CompiledShape<any>>();

  constructor(readonly dialect: Dialect) {
    this.builder = queryBuilder(dialect);
  }

  /** The compiled shape for `key`, building it with `build` the first time. */
  shape<L = undefined>(key: string, build: (db: Kysely<any>) => { query: Compilable; layout?: L }): CompiledShape<L> {
    const cached = this.#cache.get(key);
    if (cached !== undefined) return cached;
    const shape = this.compile(build);
    if (this.#cache.size >= CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(key, shape);
    return shape;
  }

  /** Compiles a shape without caching it (for callers that keep their own). */
  compile<L = undefined>(build: (db: Kysely<any>) => { query: Compilable; layout?: L }): CompiledShape<L> {
    const built = build(this.builder);
    const compiled = built.query.compile();
    const order = compiled.parameters.map((p, i) => {
      if (!(p instanceof Slot)) throw new Error(`Internal error: parameter ${i + 1} of "${compiled.sql}" is not a slot.`);
      return p.index;
    });
    return { sql: compiled.sql, slots: order, layout: built.layout as L };
  }

  /** The parameters of `shape` for these values. */
  bind(shape: CompiledShape, values: readonly SqlValue[]): SqlValue[] {
    const order = shape.slots;
    const params = new Array<SqlValue>(order.length);
    for (let i = 0; i < order.length; i++) params[i] = values[order[i]!]!;
    return params;
  }

  /** How many shapes are cached (for tests and the bench). */
  get size(): number {
    return this.#cache.size;
  }
}
