/**
 * Orderings: `"-pubDate"`, `"question__pubDate"`, `"?"` as resolved order items, and a model's
 * default `ordering`. Resolved (and checked) when `orderBy()` is called, before any SQL.
 *
 * @module
 */
import { FieldError } from "../errors.ts";
import type { ModelOptions } from "../options.ts";
import { isMultiValued, resolvePath } from "./resolve.ts";
import type { OrderItem } from "./state.ts";

const defaults = new WeakMap<ModelOptions, OrderItem[]>();
/** The model's `ordering`, resolved once. */
export function defaultOrdering(meta: ModelOptions): OrderItem[] {
  let items = defaults.get(meta);
  if (!items) {
    items = meta.ordering.map((name) => parseOrder(meta, name));
    defaults.set(meta, items);
  }
  return items;
}

/** "-pubDate" → a descending order on pubDate; "?" → random. */
export function parseOrder(meta: ModelOptions, name: string, annotations: readonly string[] = []): OrderItem {
  if (typeof name !== "string" || name === "") throw new FieldError("orderBy() takes field names such as 'pubDate' or '-pubDate'.");
  if (name === "?") return { kind: "random" };
  const desc = name.startsWith("-");
  const bare = desc || name.startsWith("+") ? name.slice(1) : name;
  if (annotations.includes(bare)) return { kind: "annotation", name: bare, desc };
  const path = resolvePath(meta, bare);
  if (path.steps.some(isMultiValued)) throw new FieldError(`Cannot order ${meta.objectName} by '${bare}': it crosses a many-valued relation.`);
  return { kind: "field", path, desc };
}
