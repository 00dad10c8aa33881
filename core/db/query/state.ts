/**
 * What a QuerySet has decided, as plain data: conditions, ordering, slice, joins to load,
 * annotations and the columns wanted. QuerySet methods return new states; the SQL compilers
 * read them. Each part carries a key, so the compiled SQL can be cached by the state's shape.
 *
 * @module
 */
import type { SqlValue } from "../driver.ts";
import type { Aggregate } from "./expressions.ts";
import type { ResolvedPath } from "./resolve.ts";
import type { WhereNode } from "./where.ts";

/** One ORDER BY item. */
export type OrderItem =
  | { kind: "field"; path: ResolvedPath; desc: boolean }
  | { kind: "annotation"; name: string; desc: boolean }
  | { kind: "random" };

/** One `annotate()` entry. */
export interface Annotation {
  name: string;
  aggregate: Aggregate<unknown>;
  path: ResolvedPath;
}

/** A `values()` / `valuesList()` column: a field path or an annotation name. */
export type ValueColumn = { name: string; path: ResolvedPath | null };

/** The state of a QuerySet. */
export interface QueryState {
  /** Conditions, ANDed. */
  readonly where: readonly WhereNode[];
  readonly whereKey: string;
  /** Values of the conditions' parameters, by slot. */
  readonly values: readonly SqlValue[];
  /** Explicit ordering, or null for the model's default. */
  readonly ordering: readonly OrderItem[] | null;
  readonly orderKey: string;
  /** `reverse()` was called an odd number of times. */
  readonly reversed: boolean;
  /** Slice: rows from `low` up to (not including) `high`. */
  readonly low: number;
  readonly high: number | null;
  readonly distinct: boolean;
  /** selectRelated paths. */
  readonly related: readonly string[];
  /** prefetchRelated paths. */
  readonly prefetch: readonly string[];
  readonly annotations: readonly Annotation[];
  readonly annotationKey: string;
  /** Set by values()/valuesList(): the columns, and how rows come back. */
  readonly columns: { list: readonly ValueColumn[]; mode: "dict" | "list" | "flat"; key: string } | null;
}

/** The state of `Model.objects.all()`. */
export const EMPTY_STATE: QueryState = withChanges({} as QueryState, {
  where: [],
  whereKey: "",
  values: [],
  ordering: null,
  orderKey: "",
  reversed: false,
  low: 0,
  high: null,
  distinct: false,
  related: [],
  prefetch: [],
  annotations: [],
  annotationKey: "",
  columns: null,
});
/** An empty ordering (no ORDER BY), shared. */
export const NO_ORDERING: readonly OrderItem[] = Object.freeze([]);

/**
 * `state` with `changes`. Written out field by field, not with object spread: every state then
 * has the same shape, which keeps the query path (run on every request) fast.
 */
export function withChanges(state: QueryState, changes: Partial<QueryState>): QueryState {
  return {
    where: "where" in changes ? changes.where! : state.where,
    whereKey: "whereKey" in changes ? changes.whereKey! : state.whereKey,
    values: "values" in changes ? changes.values! : state.values,
    ordering: "ordering" in changes ? changes.ordering! : state.ordering,
    orderKey: "orderKey" in changes ? changes.orderKey! : state.orderKey,
    reversed: "reversed" in changes ? changes.reversed! : state.reversed,
    low: "low" in changes ? changes.low! : state.low,
    high: "high" in changes ? changes.high! : state.high,
    distinct: "distinct" in changes ? changes.distinct! : state.distinct,
    related: "related" in changes ? changes.related! : state.related,
    prefetch: "prefetch" in changes ? changes.prefetch! : state.prefetch,
    annotations: "annotations" in changes ? changes.annotations! : state.annotations,
    annotationKey: "annotationKey" in changes ? changes.annotationKey! : state.annotationKey,
    columns: "columns" in changes ? changes.columns! : state.columns,
  };
}

/** True when the state has a slice (LIMIT/OFFSET). */
export function isSliced(state: QueryState): boolean {
  return state.low !== 0 || state.high !== null;
}
