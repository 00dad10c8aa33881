/**
 * Table aliases and joins of one SELECT being compiled: following `question__pubDate` from
 * `polls_choice` adds one join to `polls_question`, shared by every condition, column and
 * ordering that follows the same path.
 *
 * @module
 */
import { sql, type RawBuilder, type SelectQueryBuilder } from "kysely";
import type { Dialect } from "../driver.ts";
import type { ModelOptions } from "../options.ts";
import type { Step } from "../query/resolve.ts";

/** One join to add to the query. */
interface Join {
  alias: string;
  table: string;
  on: [left: string, right: string];
  inner: boolean;
}

/** Hands out unique aliases across a query and its subqueries. */
export class AliasCounter {
  n = 0;
  next(): string {
    return `T${++this.n}`;
  }
}

/**
 * The joins of one FROM clause. `alias` is the base table's name in the query (the table name
 * itself for the outermost query, as Django writes it; `T<n>` in subqueries).
 */
export class Scope {
  readonly joins: Join[] = [];
  /** The SQL of an annotation by name, for conditions on annotations (set by the SELECT compiler). */
  annotationSql: ((name: string) => RawBuilder<unknown>) | null = null;
  readonly #byPath = new Map<string, string>();

  constructor(
    readonly dialect: Dialect,
    readonly meta: ModelOptions,
    readonly alias: string,
    readonly aliases: AliasCounter,
  ) {}

  /** A quoted `alias.column` reference. */
  column(alias: string, column: string): RawBuilder<unknown> {
    return sql.ref(`${alias}.${column}`);
  }

  /**
   * The alias reached from `from` by `step` (joined once per path). Forward foreign keys and
   * one-to-one reverses are single-valued; `multi` permits many-valued steps (aggregates and
   * `values()` across them join, as Django does).
   */
  follow(from: string, pathKey: string, step: Step, inner = false): string {
    const existing = this.#byPath.get(pathKey);
    if (existing !== undefined) return existing;
    let alias: string;
    if (step.kind === "forward") {
      alias = this.aliases.next();
      this.joins.push({ alias, table: step.to.dbTable, on: [`${alias}.${step.field.targetField.column}`, `${from}.${step.field.column}`], inner });
    } else if (step.kind === "reverse") {
      alias = this.aliases.next();
      this.joins.push({ alias, table: step.to.dbTable, on: [`${alias}.${step.field.column}`, `${from}.${step.field.targetField.column}`], inner });
    } else {
      const through = this.aliases.next();
      alias = this.aliases.next();
      const fromMeta = this.metaOf(from);
      this.joins.push({ alias: through, table: step.through.table, on: [`${through}.${step.fromColumn}`, `${from}.${fromMeta.pk.column}`], inner });
      this.joins.push({ alias, table: step.to.dbTable, on: [`${alias}.${step.to.pk.column}`, `${through}.${step.toColumn}`], inner });
    }
    this.#byPath.set(pathKey, alias);
    this.#metas.set(alias, step.to);
    return alias;
  }

  readonly #metas = new Map<string, ModelOptions>();
  /** The model of the table behind `alias`. */
  metaOf(alias: string): ModelOptions {
    return alias === this.alias ? this.meta : this.#metas.get(alias)!;
  }

  /** Adds the joins to a query built from this scope's base table. */
  applyJoins<Q extends SelectQueryBuilder<any, any, any>>(query: Q): Q {
    let q = query as SelectQueryBuilder<any, any, any>;
    for (const join of this.joins) {
      const table = `${join.table} as ${join.alias}`;
      q = join.inner ? q.innerJoin(table, join.on[0], join.on[1]) : q.leftJoin(table, join.on[0], join.on[1]);
    }
    return q as Q;
  }

  /** The FROM item of this scope's base table: `polls_question` or `polls_question as T3`. */
  get from(): string {
    return this.alias === this.meta.dbTable ? this.alias : `${this.meta.dbTable} as ${this.alias}`;
  }
}
