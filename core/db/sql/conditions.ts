/**
 * Condition trees (where.ts) as SQL. A lookup through a foreign key joins the referred table; a
 * lookup through a many-valued relation (a reverse foreign key or a many-to-many field) becomes
 * `EXISTS (subquery)`, so a question with three matching choices is returned once, not three
 * times, and `exclude()` means "has none". Conditions on the same many-valued relation in one
 * `filter()` call share one subquery: they must hold for the same related row, as in Django.
 *
 * @module
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from "kysely";
import { applyTransform, lookupSql } from "./lookup-sql.ts";
import { isMultiValued, stepsKey, type Step } from "../query/resolve.ts";
import type { ExpressionNode, WhereNode } from "../query/where.ts";
import { slot } from "./compiler.ts";
import { Scope } from "./scope.ts";

type Leaf = Extract<WhereNode, { kind: "leaf" }>;

/** Compiles conditions against `scope`'s base table. */
export class ConditionCompiler {
  constructor(readonly db: Kysely<any>) {}

  /** The SQL of `node` in `scope`. */
  condition(scope: Scope, node: WhereNode): RawBuilder<SqlBool> {
    switch (node.kind) {
      case "never":
        return sql<SqlBool>`1 = 0`;
      case "leaf":
        return this.chain(scope, scope.alias, [node], 0, "");
      case "group": {
        const parts = this.groupParts(scope, node);
        let joined = parts.length === 1 ? parts[0]! : sql<SqlBool>`(${sql.join(parts, sql.raw(` ${node.connector} `))})`;
        if (node.connector === "AND" && parts.length === 0) joined = sql<SqlBool>`1 = 1`;
        return node.negated ? sql<SqlBool>`NOT (${joined})` : joined;
      }
    }
  }

  /** The parts of a group; in an AND, leaves through the same many-valued relation are compiled together. */
  private groupParts(scope: Scope, node: Extract<WhereNode, { kind: "group" }>): RawBuilder<SqlBool>[] {
    // Separate filter() calls are not merged: each many-valued condition gets its own subquery, as in Django.
    if (node.connector !== "AND" || node.separate) return node.children.map((child) => this.condition(scope, child));
    const parts: RawBuilder<SqlBool>[] = [];
    const shared = new Map<string, Leaf[]>();
    for (const child of node.children) {
      const multi = child.kind === "leaf" ? child.lookup.steps.findIndex(isMultiValued) : -1;
      if (child.kind !== "leaf" || multi === -1) {
        parts.push(this.condition(scope, child));
        continue;
      }
      const key = stepsKey(child.lookup.steps.slice(0, multi + 1));
      const list = shared.get(key);
      if (list) list.push(child);
      else {
        const group = [child];
        shared.set(key, group);
        // Placeholder, replaced once every leaf of the group is known.
        parts.push(group as unknown as RawBuilder<SqlBool>);
      }
    }
    return parts.map((part) => (Array.isArray(part) ? this.chain(scope, scope.alias, part as Leaf[], 0, "") : part));
  }

  /**
   * Follows the steps shared by `leaves` from `alias`, starting at step `index`, and returns
   * their conditions ANDed. Every leaf has the same steps up to its first many-valued one.
   */
  private chain(scope: Scope, alias: string, leaves: Leaf[], index: number, pathKey: string): RawBuilder<SqlBool> {
    const first = leaves[0]!;
    const step = first.lookup.steps[index];
    if (step === undefined || leaves.some((leaf) => leaf.lookup.steps.length <= index)) {
      const parts = leaves.map((leaf) => (leaf.lookup.steps.length <= index ? this.compare(scope, alias, leaf) : this.chain(scope, alias, [leaf], index, pathKey)));
      return parts.length === 1 ? parts[0]! : sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
    }
    const nextKey = `${pathKey}.${stepsKey([step])}`;
    if (!isMultiValued(step)) return this.chain(scope, scope.follow(alias, nextKey, step), leaves, index + 1, nextKey);
    const only = leaves.length === 1 ? leaves[0]! : null;
    if (only && only.lookup.lookup === "isnull" && only.tag === "1") {
      // Django joins, so "choices__isnull: true" also matches a question with no choices at all.
      const none = this.exists(scope, alias, step, () => sql<SqlBool>`1 = 1`);
      const nulls = this.exists(scope, alias, step, (sub, subAlias) => this.chain(sub, subAlias, [only], index + 1, ""));
      return sql<SqlBool>`(NOT ${none} OR ${nulls})`;
    }
    return this.exists(scope, alias, step, (sub, subAlias) => {
      const parts = leaves.map((leaf) => this.chain(sub, subAlias, [leaf], index + 1, ""));
      return parts.length === 1 ? parts[0]! : sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
    });
  }

  /** `EXISTS (SELECT 1 FROM related WHERE related.fk = alias.pk AND inner)`. */
  exists(scope: Scope, alias: string, step: Step, inner: (sub: Scope, subAlias: string) => RawBuilder<SqlBool>): RawBuilder<SqlBool> {
    const sub = new Scope(scope.dialect, step.to, scope.aliases.next(), scope.aliases);
    let correlation: RawBuilder<SqlBool>;
    let query;
    if (step.kind === "reverse") {
      correlation = sql<SqlBool>`${sub.column(sub.alias, step.field.column)} = ${scope.column(alias, step.field.targetField.column)}`;
      const condition = inner(sub, sub.alias);
      query = sub.applyJoins(this.db.selectFrom(sub.from).select(sql.lit(1).as("one"))).where(sql<SqlBool>`${correlation} AND ${condition}`);
    } else if (step.kind === "m2m") {
      const through = scope.aliases.next();
      const owner = scope.metaOf(alias).pk.column;
      correlation = sql<SqlBool>`${sql.ref(`${through}.${step.fromColumn}`)} = ${scope.column(alias, owner)}`;
      const condition = inner(sub, sub.alias);
      query = sub
        .applyJoins(
          this.db
            .selectFrom(`${step.through.table} as ${through}`)
            .innerJoin(sub.from, `${sub.alias}.${step.to.pk.column}`, `${through}.${step.toColumn}`)
            .select(sql.lit(1).as("one")),
        )
        .where(sql<SqlBool>`${correlation} AND ${condition}`);
    } else {
      throw new Error("Internal error: exists() on a single-valued step.");
    }
    // Kysely puts a subquery in parentheses itself.
    return sql<SqlBool>`EXISTS ${query}`;
  }

  /** The comparison at the end of a leaf's steps. */
  private compare(scope: Scope, alias: string, leaf: Leaf): RawBuilder<SqlBool> {
    const { field, transform, lookup } = leaf.lookup;
    const base = leaf.annotation !== undefined ? scope.annotationSql!(leaf.annotation) : scope.column(alias, field.column);
    const column = applyTransform(scope.dialect, base, transform);
    const params = leaf.rhs ? [this.expression(scope, leaf.rhs)] : leaf.slots.map(slot);
    return lookupSql(scope.dialect, lookup, leaf.tag, column, params);
  }

  /** An F() expression as SQL; columns reached through foreign keys are joined. */
  expression(scope: Scope, node: ExpressionNode): RawBuilder<unknown> {
    switch (node.kind) {
      case "value":
        return sql`${slot(node.slot)}`;
      case "op":
        return sql`(${this.expression(scope, node.left)} ${sql.raw(node.operator)} ${this.expression(scope, node.right)})`;
      case "column": {
        let alias = scope.alias;
        let key = "";
        for (const step of node.path.steps) {
          if (isMultiValued(step)) throw new Error(`F() cannot refer across a many-valued relation ('${node.path.key}').`);
          key = `${key}.${stepsKey([step])}`;
          alias = scope.follow(alias, key, step);
        }
        return scope.column(alias, node.path.field.column);
      }
    }
  }
}
