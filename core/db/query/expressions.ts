/**
 * Expressions a query can compute: `F("votes")` refers to a column, `F("votes").add(1)` does
 * arithmetic in the database (so concurrent updates lose nothing), and the aggregates
 * `Count`, `Sum`, `Avg`, `Min`, `Max` summarise rows for `aggregate()` and `annotate()`.
 *
 * @module
 */

/** An arithmetic operator between two expressions. */
export type ArithmeticOperator = "+" | "-" | "*" | "/";

/** A value or expression an F expression can be combined with. */
export type Operand = FExpression | CombinedExpression | number;

/** Base of `F` and its arithmetic: methods that build bigger expressions. */
abstract class Arithmetic {
  /** `F("votes").add(1)`: votes + 1. */
  add(other: Operand): CombinedExpression {
    return new CombinedExpression(this as unknown as Expression, "+", other);
  }
  /** `F("stock").sub(1)`: stock - 1. */
  sub(other: Operand): CombinedExpression {
    return new CombinedExpression(this as unknown as Expression, "-", other);
  }
  /** `F("price").mul(2)`. */
  mul(other: Operand): CombinedExpression {
    return new CombinedExpression(this as unknown as Expression, "*", other);
  }
  /** `F("total").div(F("count"))`. */
  div(other: Operand): CombinedExpression {
    return new CombinedExpression(this as unknown as Expression, "/", other);
  }
}

/**
 * A reference to a field of the row being queried or updated, as Django's `F()`.
 *
 * @example
 * ```ts
 * await Choice.objects.filter({ pk: 3 }).update({ votes: F("votes").add(1) });
 * await Post.objects.filter({ updated__gt: F("created") });
 * ```
 */
export class FExpression extends Arithmetic {
  constructor(readonly name: string) {
    super();
    if (typeof name !== "string" || name === "") throw new TypeError('F() needs a field name, e.g. F("votes").');
  }
}

/** A reference to a field: `F("votes")` (callable with or without `new`, like Django's `F()`). */
export type F = FExpression;
export const F = function F(name: string): FExpression {
  return new FExpression(name);
} as unknown as { (name: string): FExpression; new (name: string): FExpression; prototype: FExpression };
F.prototype = FExpression.prototype;

/** Two expressions joined by an operator: what `F("votes").add(1)` returns. */
export class CombinedExpression extends Arithmetic {
  constructor(
    readonly left: Operand,
    readonly operator: ArithmeticOperator,
    readonly right: Operand,
  ) {
    super();
    for (const side of [left, right]) {
      if (!(side instanceof FExpression || side instanceof CombinedExpression || (typeof side === "number" && Number.isFinite(side)))) {
        throw new TypeError(`F() arithmetic takes F() expressions and finite numbers, not ${typeof side === "string" ? `'${side}'` : String(side)}.`);
      }
    }
  }
}

/** An F expression or arithmetic on F expressions. */
export type Expression = FExpression | CombinedExpression;

/** True for `F(...)` and arithmetic on it. */
export function isExpression(value: unknown): value is Expression {
  return value instanceof FExpression || value instanceof CombinedExpression;
}

/** The aggregate functions. */
export type AggregateFunction = "COUNT" | "SUM" | "AVG" | "MIN" | "MAX";

/** An aggregate over a field (or a relation, for `Count`), as Django's `Count("choices")`. */
export class Aggregate<T = number | null> {
  declare readonly __result?: T;
  constructor(
    readonly fn: AggregateFunction,
    /** The field path, e.g. "votes" or "choices__votes"; "*" for `Count("*")`. */
    readonly path: string,
    /** Count distinct values only. */
    readonly distinct = false,
  ) {
    if (typeof path !== "string" || path === "") throw new TypeError(`${fn.charAt(0)}${fn.slice(1).toLowerCase()}() needs a field name.`);
  }
}

/**
 * Counts rows, or related objects: `Count("choices")`.
 *
 * @example
 * ```ts
 * const questions = await Question.objects.annotate({ numChoices: Count("choices") });
 * questions[0].numChoices; // 3
 * ```
 */
export function Count(path: string, options: { distinct?: boolean } = {}): Aggregate<number> {
  return new Aggregate<number>("COUNT", path, options.distinct ?? false);
}
/** Sums a field; null over no rows. @example `await Choice.objects.aggregate({ total: Sum("votes") })` */
export function Sum(path: string): Aggregate<number | null> {
  return new Aggregate("SUM", path);
}
/** Averages a field; null over no rows. */
export function Avg(path: string): Aggregate<number | null> {
  return new Aggregate("AVG", path);
}
/** The smallest value of a field; null over no rows. */
export function Min<T = number>(path: string): Aggregate<T | null> {
  return new Aggregate<T | null>("MIN", path);
}
/** The largest value of a field; null over no rows. */
export function Max<T = number>(path: string): Aggregate<T | null> {
  return new Aggregate<T | null>("MAX", path);
}
