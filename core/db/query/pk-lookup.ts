/**
 * The primary-key lookup, `get({ pk })`: the most common query of a site (`getObjectOr404`, a
 * foreign key's `related()`, `refreshFromDb`). It skips building a condition tree and a cache
 * key: the statement is compiled once per model and only its value changes. The SQL is the one
 * the general path writes for the same lookup, so both share one compiled statement.
 *
 * @module
 */
import type { SqlValue } from "../driver.ts";
import type { ModelOptions } from "../options.ts";
import { isExpression } from "./expressions.ts";
import { prepare } from "./lookups.ts";
import { QImpl } from "./q.ts";
import type { QueryState } from "./state.ts";

/** `get()` reads at most this many rows, to report "more than 20" as Django does. */
export const MAX_GET_RESULTS = 21;

/** What a `{ pk: value }` argument compares with: a value, or NO_MATCH when none can be equal. */
export const NO_MATCH: unique symbol = Symbol("onefile.noMatch");

/**
 * The primary-key value of `get()`'s arguments when they are exactly one lookup object with one
 * key, `pk` or the primary key's name (with or without `__exact`), on a state with nothing else
 * (no conditions, slice, joins, prefetches, annotations or `values()`). Undefined otherwise: the
 * general path runs.
 *
 * @example
 * ```ts
 * pkLookupValue(Question._meta, EMPTY_STATE, [{ pk: "7" }]); // 7
 * pkLookupValue(Question._meta, EMPTY_STATE, [{ pk: "x" }]); // NO_MATCH
 * ```
 */
export function pkLookupValue(meta: ModelOptions, state: QueryState, args: readonly unknown[]): SqlValue | typeof NO_MATCH | undefined {
  if (args.length !== 1 || !isPlain(state)) return undefined;
  const arg = args[0];
  if (typeof arg !== "object" || arg === null || Array.isArray(arg) || arg instanceof QImpl) return undefined;
  let key: string | undefined;
  for (const name in arg) {
    if (key !== undefined) return undefined;
    key = name;
  }
  if (key === undefined || !isPkKey(meta, key)) return undefined;
  const value = (arg as Record<string, unknown>)[key];
  if (value === null || value === undefined || isExpression(value)) return undefined;
  const prepared = prepare(meta.pk, null, "exact", value);
  if (prepared === "never") return NO_MATCH;
  return prepared.values.length === 1 ? prepared.values[0]! : undefined;
}

function isPkKey(meta: ModelOptions, key: string): boolean {
  const name = meta.pk.name;
  return key === "pk" || key === name || key === "pk__exact" || (key.length === name.length + 7 && key === `${name}__exact`);
}

/** True when the state only says "all rows" (ordering aside, which `get()` drops). */
function isPlain(state: QueryState): boolean {
  return (
    state.where.length === 0 &&
    state.low === 0 &&
    state.high === null &&
    !state.distinct &&
    state.related.length === 0 &&
    state.prefetch.length === 0 &&
    state.annotations.length === 0 &&
    state.columns === null
  );
}
