/**
 * Resolves lookup keys such as `question__pubDate__year__gte` into the relations to follow, the
 * field at the end, an optional transform (`year`) and the lookup (`gte`). Every name is checked
 * against the models here, so nothing that reaches SQL comes from the key's text unchecked.
 * Results are cached per model and key: a view that runs the same filter again pays a map lookup.
 *
 * @module
 */
import { FieldError } from "../errors.ts";
import type { Field } from "../fields/field.ts";
import { ForeignKeyImpl, ManyToManyFieldImpl, OneToOneFieldImpl } from "../fields/related.ts";
import type { ModelOptions, ReverseRelation } from "../options.ts";
import { closest } from "../../util/closest.ts";
import { LOOKUP_NAMES, TRANSFORM_NAMES, type LookupName, type TransformName } from "./lookups.ts";

/** The join table of a many-to-many field. */
export interface Through {
  table: string;
  /** Column pointing at the model that declares the field. */
  sourceColumn: string;
  /** Column pointing at the other model. */
  targetColumn: string;
}

/** One relation followed by a lookup. */
export type Step =
  /** A foreign key, followed forward: at most one row (a join). */
  | { kind: "forward"; field: ForeignKeyImpl<any>; to: ModelOptions }
  /** A foreign key followed backward: many rows (one for one-to-one). */
  | { kind: "reverse"; field: ForeignKeyImpl<any>; to: ModelOptions; multiple: boolean }
  /** A many-to-many field, from either side, through its join table. */
  | { kind: "m2m"; through: Through; fromColumn: string; toColumn: string; to: ModelOptions };

/** A resolved lookup key. */
export interface ResolvedLookup {
  steps: Step[];
  /** The field compared, on the last model of `steps` (a foreign key compares its id column). */
  field: Field;
  transform: TransformName | null;
  lookup: LookupName;
  /** A canonical form of the key, for the compiled-SQL cache. */
  key: string;
}

/** A resolved field path (no lookup), for orderBy, values, F() and aggregates. */
export interface ResolvedPath {
  steps: Step[];
  field: Field;
  key: string;
}

const lookupCache = new WeakMap<ModelOptions, Map<string, ResolvedLookup>>();
const pathCache = new WeakMap<ModelOptions, Map<string, ResolvedPath>>();

/** The many-to-many join table of `field`; set up by the registry when models are ready. */
export const throughOf = new WeakMap<ManyToManyFieldImpl<any>, Through>();

/**
 * Resolves a lookup key on `meta`.
 *
 * @example
 * ```ts
 * resolveLookup(Choice._meta, "question__pubDate__year"); // steps: [forward question], field pubDate, transform year, lookup exact
 * ```
 * @throws FieldError naming the bad part and the choices.
 */
export function resolveLookup(meta: ModelOptions, key: string): ResolvedLookup {
  let cache = lookupCache.get(meta);
  if (!cache) lookupCache.set(meta, (cache = new Map()));
  let resolved = cache.get(key);
  if (resolved === undefined) {
    resolved = resolve(meta, key, true) as ResolvedLookup;
    cache.set(key, resolved);
  }
  return resolved;
}

/**
 * Resolves a field path (no lookup at the end) on `meta`: `"question__pubDate"`.
 *
 * @throws FieldError naming the bad part and the choices.
 */
export function resolvePath(meta: ModelOptions, key: string): ResolvedPath {
  let cache = pathCache.get(meta);
  if (!cache) pathCache.set(meta, (cache = new Map()));
  let resolved = cache.get(key);
  if (resolved === undefined) {
    resolved = resolve(meta, key, false);
    cache.set(key, resolved);
  }
  return resolved;
}

function resolve(start: ModelOptions, key: string, withLookup: boolean): ResolvedLookup | ResolvedPath {
  if (typeof key !== "string" || key === "") throw new FieldError("A lookup needs a field name.");
  const parts = key.split("__");
  const steps: Step[] = [];
  let meta = start;
  let field: Field | undefined;
  let i = 0;
  for (; i < parts.length; i++) {
    const name = parts[i]!;
    const next = parts[i + 1];
    const own = meta.findField(name) ?? idAlias(meta, name);
    if (own instanceof ManyToManyFieldImpl) {
      const through = throughOf.get(own)!;
      const to = own.relatedModel._meta as ModelOptions;
      steps.push({ kind: "m2m", through, fromColumn: through.sourceColumn, toColumn: through.targetColumn, to });
      meta = to;
      if (next === undefined || !continuesPath(meta, next)) {
        field = meta.pk;
        i++;
        break;
      }
      continue;
    }
    if (own instanceof ForeignKeyImpl) {
      const to = own.relatedModel._meta as ModelOptions;
      // `question__pk` / `question__id` compare the foreign key's own column: no join needed.
      if (next !== undefined && (next === "pk" || next === to.pk.name) && !continuesPath(to, parts[i + 2] ?? "")) {
        field = own;
        i += 2;
        break;
      }
      if (next !== undefined && continuesPath(to, next) && name !== own.attname) {
        steps.push({ kind: "forward", field: own, to });
        meta = to;
        continue;
      }
      field = own;
      i++;
      break;
    }
    if (own) {
      field = own;
      i++;
      break;
    }
    const reverse = meta.findReverse(name);
    if (reverse) {
      const step = reverseStep(reverse);
      steps.push(step);
      meta = step.to;
      if (next === undefined || !continuesPath(meta, next)) {
        field = meta.pk;
        i++;
        break;
      }
      continue;
    }
    throw meta.unknownName(name);
  }
  const rest = parts.slice(i);
  const fieldKey = steps.map(stepKey).concat(field!.column).join(".");
  if (!withLookup) {
    if (rest.length) throw new FieldError(`Cannot resolve keyword '${rest[0]}' into field: '${parts.slice(0, i).join("__")}' is not a relation.`);
    return { steps, field: field!, key: fieldKey };
  }
  let transform: TransformName | null = null;
  if (rest.length && (TRANSFORM_NAMES as readonly string[]).includes(rest[0]!)) {
    if (field!.internalType !== "DateField" && field!.internalType !== "DateTimeField") {
      throw new FieldError(`Unsupported lookup '${rest[0]}' for ${field!.internalType} '${field!.name}': ${rest[0]} works on DateField and DateTimeField.`);
    }
    transform = rest.shift() as TransformName;
  }
  const lookup = (rest.shift() ?? "exact") as LookupName;
  if (!(LOOKUP_NAMES as readonly string[]).includes(lookup) || rest.length) {
    const bad = rest.length && (LOOKUP_NAMES as readonly string[]).includes(lookup) ? rest[0]! : lookup;
    const hint = closest(bad, [...LOOKUP_NAMES, ...TRANSFORM_NAMES]);
    throw new FieldError(
      `Unsupported lookup '${bad}' for ${field!.internalType} '${field!.name}' in '${key}'.${hint ? ` Did you mean '${hint}'?` : ""} ` +
        `Lookups are: ${LOOKUP_NAMES.join(", ")}.`,
    );
  }
  return { steps, field: field!, transform, lookup, key: `${fieldKey}:${transform ?? ""}:${lookup}` };
}

/** `questionId` names the foreign key `question` by its column's property. */
function idAlias(meta: ModelOptions, name: string): Field | undefined {
  if (!name.endsWith("Id")) return undefined;
  const field = meta.findField(name.slice(0, -2));
  return field instanceof ForeignKeyImpl && field.attname === name ? field : undefined;
}

/** True when `name` continues a path into `meta` (a field or relation), rather than being a lookup. */
function continuesPath(meta: ModelOptions, name: string): boolean {
  if ((LOOKUP_NAMES as readonly string[]).includes(name) || (TRANSFORM_NAMES as readonly string[]).includes(name)) {
    return meta.findField(name) !== undefined;
  }
  return meta.findField(name) !== undefined || meta.findReverse(name) !== undefined || idAlias(meta, name) !== undefined;
}

/** The step that follows a reverse relation. */
export function reverseStep(reverse: ReverseRelation): Step {
  const to = reverse.model._meta;
  if (reverse.field instanceof ManyToManyFieldImpl) {
    const through = throughOf.get(reverse.field)!;
    return { kind: "m2m", through, fromColumn: through.targetColumn, toColumn: through.sourceColumn, to };
  }
  return { kind: "reverse", field: reverse.field, to, multiple: !(reverse.field instanceof OneToOneFieldImpl) };
}

/** True when a step can match several rows. */
export function isMultiValued(step: Step): boolean {
  return step.kind === "m2m" || (step.kind === "reverse" && step.multiple);
}

function stepKey(step: Step): string {
  switch (step.kind) {
    case "forward":
      return `>${step.field.column}`;
    case "reverse":
      return `<${step.to.dbTable}.${step.field.column}`;
    case "m2m":
      return `*${step.through.table}.${step.fromColumn}`;
  }
}

/** The key of the steps alone (for grouping conditions on the same relation). */
export function stepsKey(steps: readonly Step[]): string {
  return steps.map(stepKey).join(".");
}
