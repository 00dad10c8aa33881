/**
 * `Q`: conditions combined with and, or and not, as Django's `Q` objects.
 *
 * @module
 */

/** One condition: a lookup key (`"questionText__startswith"`) and its value. */
export type Condition = readonly [key: string, value: unknown];

/**
 * A tree of lookups. JavaScript has no `|`, `&` or `~` for objects, so Django's operators are
 * methods: `a.or(b)`, `a.and(b)`, `a.not()`.
 *
 * Keys are checked against the model when the Q is used in `filter()` or `exclude()`, so a Q may
 * name relations in either direction (`Q({ choices__votes__gt: 0 })`).
 *
 * @example
 * ```ts
 * Question.objects.filter(Q({ questionText__startswith: "Who" }).or({ questionText__startswith: "What" }));
 * Question.objects.filter(Q({ pubDate__year: 2005 }).not());
 * ```
 */
export class QImpl {
  readonly connector: "AND" | "OR";
  readonly children: readonly (Q | Condition)[];
  readonly negated: boolean;

  constructor(lookups: Record<string, unknown> = {}, connector: "AND" | "OR" = "AND", children?: readonly (Q | Condition)[], negated = false) {
    if (typeof lookups !== "object" || lookups === null || Array.isArray(lookups)) {
      throw new TypeError('Q() takes an object of lookups, e.g. Q({ questionText__startswith: "What" }).');
    }
    this.connector = connector;
    this.children = children ?? Object.entries(lookups);
    this.negated = negated;
  }

  /** Both this and `other` hold (`&` in Django). */
  and(other: Q | Record<string, unknown>): Q {
    return new QImpl({}, "AND", [this, toQ(other)]);
  }

  /** This or `other` holds (`|` in Django). */
  or(other: Q | Record<string, unknown>): Q {
    return new QImpl({}, "OR", [this, toQ(other)]);
  }

  /** This does not hold (`~` in Django). */
  not(): Q {
    return new QImpl({}, this.connector, this.children, !this.negated);
  }
}

/** A Q from a Q or a lookups object. */
export function toQ(value: Q | Record<string, unknown>): Q {
  return value instanceof QImpl ? value : new QImpl(value);
}

/** A Q object (the type of what `Q(...)` returns). */
export type Q = QImpl;

/** Builds a Q; callable with or without `new`, like Django's `Q(...)`. */
export const Q = function Q(lookups: Record<string, unknown> = {}): QImpl {
  return new QImpl(lookups);
} as unknown as { (lookups?: Record<string, unknown>): QImpl; new (lookups?: Record<string, unknown>): QImpl; prototype: QImpl };
Q.prototype = QImpl.prototype;
