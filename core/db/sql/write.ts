/**
 * INSERT, UPDATE and DELETE statements, compiled once per shape like the SELECTs.
 *
 * @module
 */
import { sql, type Kysely, type SqlBool } from "kysely";
import type { SqlValue } from "../driver.ts";
import type { ModelOptions } from "../options.ts";
import { isSliced, NO_ORDERING, withChanges, type QueryState } from "../query/state.ts";
import type { ExpressionNode } from "../query/where.ts";
import { slot, type CompiledShape, type SqlCompiler } from "./compiler.ts";
import type { Prepared, SelectCompiler } from "./select.ts";
import { stateKey } from "./select.ts";
import { AliasCounter, Scope } from "./scope.ts";

/** One `SET column = …` of an UPDATE: a value slot or an F() expression. */
export interface Assignment {
  column: string;
  value: ExpressionNode;
}

/** Builds the write statements of one dialect. */
export class WriteCompiler {
  /** The one-row INSERTs of each model, [without, with] the primary key: no cache key to build on every create(). */
  readonly #singleInserts = new WeakMap<ModelOptions, { table: string; shapes: [CompiledShape | null, CompiledShape | null] }>();

  constructor(
    readonly compiler: SqlCompiler,
    readonly select: SelectCompiler,
  ) {}

  /**
   * `INSERT INTO table (columns) VALUES (…), (…) RETURNING pk` for `rows` rows, with every
   * column but an automatic primary key (or with it, when `withPk`); the values are given row
   * after row. The one-row statements, made on every `create()`, are kept per model.
   */
  insert(meta: ModelOptions, withPk: boolean, rows: number, values: SqlValue[]): Prepared {
    let shape: CompiledShape;
    if (rows === 1) {
      let entry = this.#singleInserts.get(meta);
      if (entry === undefined || entry.table !== meta.dbTable) this.#singleInserts.set(meta, (entry = { table: meta.dbTable, shapes: [null, null] }));
      shape = entry.shapes[withPk ? 1 : 0] ??= this.#insertShape(meta, withPk, 1, "");
    } else {
      shape = this.#insertShape(meta, withPk, rows, `insert|${meta.dbTable}|${withPk ? "pk" : ""}|${rows}`);
    }
    return { shape, params: this.compiler.bind(shape, values) };
  }

  #insertShape(meta: ModelOptions, withPk: boolean, rows: number, key: string): CompiledShape {
    const columns = meta.fields.filter((f) => withPk || !f.primaryKey).map((f) => f.column);
    const build = (db: Kysely<any>) => {
      const records = Array.from({ length: rows }, (_, r) => Object.fromEntries(columns.map((c, i) => [c, slot(r * columns.length + i)])));
      const query = columns.length ? db.insertInto(meta.dbTable).values(records) : db.insertInto(meta.dbTable).defaultValues();
      return { query: query.returning(sql.ref(meta.pk.column).as("pk")) };
    };
    return key ? this.compiler.shape(key, build) : this.compiler.compile(build);
  }

  /** `UPDATE table SET … WHERE …` for the rows `state` matches. */
  update(meta: ModelOptions, state: QueryState, assignments: readonly Assignment[], assignmentKey: string, values: SqlValue[]): Prepared {
    if (isSliced(state)) throw new TypeError("Cannot update a query once a slice has been taken.");
    // The ordering plays no part in an UPDATE: the key of the state without it.
    const key = `update|${meta.dbTable}|${stateKey(state.ordering === NO_ORDERING ? state : withChanges(state, { ordering: NO_ORDERING }))}|${assignmentKey}`;
    const shape = this.compiler.shape(key, (db) => {
      const scope = new Scope(this.compiler.dialect, meta, meta.dbTable, new AliasCounter());
      const sets = Object.fromEntries(assignments.map((a) => [a.column, this.select.conditions.expression(scope, a.value)]));
      if (scope.joins.length) throw new TypeError("Joined field references are not permitted in update(): F() may name only the model's own fields.");
      let query = db.updateTable(meta.dbTable).set(sets);
      if (state.where.length) {
        const where = this.select.conditions.condition(scope, { kind: "group", connector: "AND", negated: false, children: [...state.where], separate: true });
        // Conditions through foreign keys need joins, which UPDATE cannot have: match by primary key.
        query = scope.joins.length === 0
          ? query.where(where)
          : query.where(sql<SqlBool>`${sql.ref(meta.pk.column)} IN ${this.select.pkQuery(db, meta, { ...state, ordering: [] }, new AliasCounter())}`);
      }
      return { query };
    });
    return { shape, params: this.compiler.bind(shape, values) };
  }

  /** `DELETE FROM table WHERE column IN (…)` for `count` values. */
  deleteWhereIn(table: string, column: string, values: SqlValue[]): Prepared {
    const key = `deletein|${table}|${column}|${values.length}`;
    const shape = this.compiler.shape(key, (db) => ({
      query: db.deleteFrom(table).where(sql<SqlBool>`${sql.ref(column)} IN (${sql.join(values.map((_, i) => slot(i)))})`),
    }));
    return { shape, params: this.compiler.bind(shape, values) };
  }

  /** `UPDATE table SET column = ? WHERE column IN (…)`: onDelete SET_NULL and SET_DEFAULT. */
  setWhereIn(table: string, column: string, value: SqlValue, values: SqlValue[]): Prepared {
    const key = `setin|${table}|${column}|${values.length}`;
    const shape = this.compiler.shape(key, (db) => ({
      query: db
        .updateTable(table)
        .set({ [column]: slot(values.length) })
        .where(sql<SqlBool>`${sql.ref(column)} IN (${sql.join(values.map((_, i) => slot(i)))})`),
    }));
    return { shape, params: this.compiler.bind(shape, [...values, value]) };
  }
}

/** Statements on a many-to-many join table. */
export class LinkCompiler {
  constructor(readonly compiler: SqlCompiler) {}

  /** `SELECT target FROM table WHERE source = ? [AND target IN (…)]`: the linked ids. */
  linked(table: string, source: string, target: string, values: SqlValue[]): Prepared {
    const n = values.length - 1;
    const shape = this.compiler.shape(`linked|${table}|${source}|${target}|${n}`, (db) => {
      let query = db.selectFrom(table).select(sql.ref(target).as("t")).where(sql<SqlBool>`${sql.ref(source)} = ${slot(0)}`);
      if (n > 0) query = query.where(sql<SqlBool>`${sql.ref(target)} IN (${sql.join(values.slice(1).map((_, i) => slot(i + 1)))})`);
      return { query };
    });
    return { shape, params: this.compiler.bind(shape, values) };
  }

  /** `SELECT source, target FROM table WHERE source IN (…)`: the links of several objects (prefetch). */
  pairs(table: string, source: string, target: string, values: SqlValue[]): Prepared {
    const shape = this.compiler.shape(`pairs|${table}|${source}|${target}|${values.length}`, (db) => ({
      query: db
        .selectFrom(table)
        .select([sql.ref(source).as("s"), sql.ref(target).as("t")])
        .where(sql<SqlBool>`${sql.ref(source)} IN (${sql.join(values.map((_, i) => slot(i)))})`),
    }));
    return { shape, params: this.compiler.bind(shape, values) };
  }

  /** `INSERT INTO table (source, target) VALUES (?, ?)`. */
  link(table: string, source: string, target: string, values: SqlValue[]): Prepared {
    const shape = this.compiler.shape(`link|${table}|${source}|${target}`, (db) => ({
      query: db.insertInto(table).values({ [source]: slot(0), [target]: slot(1) }),
    }));
    return { shape, params: this.compiler.bind(shape, values) };
  }

  /** `DELETE FROM table WHERE source = ? [AND target IN (…)]`. */
  unlink(table: string, source: string, target: string, values: SqlValue[]): Prepared {
    const n = values.length - 1;
    const shape = this.compiler.shape(`unlink|${table}|${source}|${target}|${n}`, (db) => {
      let query = db.deleteFrom(table).where(sql<SqlBool>`${sql.ref(source)} = ${slot(0)}`);
      if (n > 0) query = query.where(sql<SqlBool>`${sql.ref(target)} IN (${sql.join(values.slice(1).map((_, i) => slot(i + 1)))})`);
      return { query };
    });
    return { shape, params: this.compiler.bind(shape, values) };
  }
}
