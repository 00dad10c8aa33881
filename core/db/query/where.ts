/**
 * Turns `filter()`/`exclude()` arguments (lookup objects and Q trees) into a condition tree whose
 * values are kept apart, in the query's value list, and a key describing the tree's shape for
 * the compiled-SQL cache. Keys and lookups are resolved (and checked) here, when `filter()` is
 * called, so a typo fails at the line that made it.
 *
 * @module
 */
import type { SqlValue } from "../driver.ts";
import type { ModelOptions } from "../options.ts";
import { isExpression, type Expression, FExpression, CombinedExpression } from "./expressions.ts";
import { FieldError } from "../errors.ts";
import { FloatFieldImpl } from "../fields/scalar.ts";
import { LOOKUP_NAMES, prepare, type LookupName } from "./lookups.ts";
import { QImpl, type Condition } from "./q.ts";
import { resolveLookup, resolvePath, type ResolvedLookup, type ResolvedPath } from "./resolve.ts";

/** An expression on the right of a lookup or in `update()`: columns, numbers (as value slots) and operators. */
export type ExpressionNode =
  | { kind: "column"; path: ResolvedPath }
  | { kind: "value"; slot: number }
  | { kind: "op"; operator: string; left: ExpressionNode; right: ExpressionNode };

/** A condition tree. */
export type WhereNode =
  | { kind: "leaf"; lookup: ResolvedLookup; tag: string; slots: number[]; rhs: ExpressionNode | null; annotation?: string }
  | { kind: "never" }
  | { kind: "group"; connector: "AND" | "OR"; negated: boolean; children: WhereNode[]; separate?: boolean };

/** A condition tree with its shape key. */
export interface Where {
  node: WhereNode;
  key: string;
}

/**
 * Builds the condition for `filter(...args)` (or `exclude`, when `negated`), appending values to
 * `values`.
 *
 * @example
 * ```ts
 * const values: SqlValue[] = [];
 * buildWhere(Question._meta, [{ pk: 1 }], false, values); // key "(AND polls_question.id::exact=)", values [1]
 * ```
 */
export function buildWhere(meta: ModelOptions, args: readonly unknown[], negated: boolean, values: SqlValue[], annotations: readonly string[] = []): Where {
  const children: Where[] = [];
  for (const arg of args) {
    if (arg instanceof QImpl) children.push(fromQ(meta, arg, values, annotations));
    else if (typeof arg === "object" && arg !== null && !Array.isArray(arg)) {
      for (const key in arg) {
        const value = (arg as Record<string, unknown>)[key];
        if (value === undefined) {
          throw new TypeError(`The lookup '${key}' was given undefined; pass null to look for NULL, or leave the key out.`);
        }
        children.push(leaf(meta, key, value, values, annotations));
      }
    } else throw new TypeError("filter() and exclude() take objects of lookups or Q objects, e.g. filter({ pk: 1 }).");
  }
  return group("AND", negated, children);
}

function leaf(meta: ModelOptions, key: string, value: unknown, values: SqlValue[], annotations: readonly string[]): Where {
  if (annotations.length && annotations.includes(key.split("__", 1)[0]!)) return annotationLeaf(key, value, values);
  return fieldLeaf(meta, key, value, values);
}

function fromQ(meta: ModelOptions, q: QImpl, values: SqlValue[], annotations: readonly string[]): Where {
  const children = q.children.map((child) =>
    child instanceof QImpl ? fromQ(meta, child, values, annotations) : leaf(meta, (child as Condition)[0], (child as Condition)[1], values, annotations),
  );
  return group(q.connector, q.negated, children);
}

function group(connector: "AND" | "OR", negated: boolean, children: Where[]): Where {
  if (children.length === 1 && !negated) return children[0]!;
  return {
    node: { kind: "group", connector, negated, children: children.map((c) => c.node) },
    key: `(${connector}${negated ? "!" : ""} ${children.map((c) => c.key).join(",")})`,
  };
}

/** A condition on an annotation: `annotate({ n: Count("choices") }).filter({ n__gt: 0 })`. */
function annotationLeaf(key: string, value: unknown, values: SqlValue[]): Where {
  const [name, lookupName = "exact", ...rest] = key.split("__");
  if (rest.length || !(LOOKUP_NAMES as readonly string[]).includes(lookupName)) throw new FieldError(`Unsupported lookup in '${key}': annotations take ${LOOKUP_NAMES.join(", ")}.`);
  const field = annotationField(name!);
  const lookup: ResolvedLookup = { steps: [], field, transform: null, lookup: lookupName as LookupName, key: `@${name}::${lookupName}` };
  const prepared = prepare(field, null, lookup.lookup, value);
  if (prepared === "never") return { node: { kind: "never" }, key: "never" };
  const slots = prepared.values.map((v) => values.push(v) - 1);
  return { node: { kind: "leaf", lookup, tag: prepared.tag, slots, rhs: null, annotation: name! }, key: `${lookup.key}=${prepared.tag}` };
}

/** Annotations compare as numbers. */
function annotationField(name: string): FloatFieldImpl {
  const field = new FloatFieldImpl({ null: true });
  field.name = name;
  return field;
}

function fieldLeaf(meta: ModelOptions, key: string, value: unknown, values: SqlValue[]): Where {
  const lookup = resolveLookup(meta, key);
  if (isExpression(value)) {
    const rhs = expression(meta, value, values);
    return { node: { kind: "leaf", lookup, tag: "", slots: [], rhs: rhs.node }, key: `${lookup.key}=${rhs.key}` };
  }
  const prepared = prepare(lookup.field, lookup.transform, lookup.lookup, value);
  if (prepared === "never") return { node: { kind: "never" }, key: "never" };
  const slots = prepared.values.map((v) => values.push(v) - 1);
  return { node: { kind: "leaf", lookup, tag: prepared.tag, slots, rhs: null }, key: `${lookup.key}=${prepared.tag}` };
}

/**
 * Builds an expression node for `F(...)` arithmetic, appending its numbers to `values`.
 *
 * @example
 * ```ts
 * expression(Choice._meta, F("votes").add(1), values); // key "(+ polls_choice.votes #)"
 * ```
 */
export function expression(meta: ModelOptions, value: Expression | number, values: SqlValue[]): { node: ExpressionNode; key: string } {
  if (value instanceof FExpression) {
    const path = resolvePath(meta, value.name);
    return { node: { kind: "column", path }, key: `F(${path.key})` };
  }
  if (value instanceof CombinedExpression) {
    const left = expression(meta, value.left, values);
    const right = expression(meta, value.right, values);
    return { node: { kind: "op", operator: value.operator, left: left.node, right: right.node }, key: `(${value.operator} ${left.key} ${right.key})` };
  }
  return { node: { kind: "value", slot: values.push(value) - 1 }, key: "#" };
}
