/**
 * `fullClean()`: Django's model validation. Each field checks its value (null, blank, choices,
 * maxLength, validators), then the model's `clean()` hook runs, then unique constraints are
 * checked against the database. Errors come back with Django's messages, by field.
 *
 * @module
 */
import { NON_FIELD_ERRORS, ValidationError } from "../forms/errors.ts";
import { interpolate } from "../forms/errors.ts";
import { ForeignKeyImpl } from "./fields/related.ts";
import type { Instance as Model, ModelConstructor as ModelClassBase } from "./options.ts";

/** Options of `fullClean()`. */
export interface FullCleanOptions {
  /** Fields not to check (a form that does not show them). */
  exclude?: readonly string[];
  /** Check unique constraints against the database (default true). */
  validateUnique?: boolean;
}

type Errors = Record<string, ValidationError[]>;

function add(errors: Errors, key: string, error: unknown): void {
  if (!(error instanceof ValidationError)) throw error;
  if (error.errorDict) {
    for (const [field, list] of Object.entries(error.errorDict)) (errors[field] ??= []).push(...list);
  } else (errors[key] ??= []).push(...error.errorList);
}

/** Runs every check; throws one ValidationError with all the problems by field. */
export async function cleanInstance(instance: Model, options: FullCleanOptions): Promise<void> {
  const meta = (instance.constructor as unknown as ModelClassBase)._meta;
  const exclude = new Set(options.exclude ?? []);
  const errors: Errors = {};
  const self = instance as unknown as Record<string, unknown>;
  meta.fields.forEach((field, i) => {
    if (exclude.has(field.name)) return;
    const value = self[meta.attnames[i]!];
    if (field.primaryKey && (value === null || value === undefined)) return;
    if (field.blank && (value === null || value === undefined || value === "")) return;
    try {
      if (field instanceof ForeignKeyImpl) {
        if (value === null || value === undefined) {
          if (!field.null) throw new ValidationError("This field cannot be null.", { code: "null" });
        }
      } else field.clean(value as never);
    } catch (error) {
      add(errors, field.name, error);
    }
  });
  try {
    instance.clean();
  } catch (error) {
    add(errors, NON_FIELD_ERRORS, error);
  }
  if (options.validateUnique ?? true) {
    try {
      await validateUnique(instance, [...exclude, ...Object.keys(errors)]);
    } catch (error) {
      add(errors, NON_FIELD_ERRORS, error);
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** Checks `unique` fields and `uniqueTogether` sets (skipping `exclude`d fields). */
export async function validateUnique(instance: Model, exclude: readonly string[]): Promise<void> {
  const cls = instance.constructor as unknown as ModelClassBase & { objects: { filter(l: object): { exclude(l: object): { exists(): Promise<boolean> }; exists(): Promise<boolean> } } };
  const meta = cls._meta;
  const self = instance as unknown as Record<string, unknown>;
  const errors: Errors = {};
  const label = (name: string) => {
    const field = meta.getField(name);
    const text = field.verboseName;
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const checks: string[][] = [
    ...meta.fields.filter((f) => f.unique && !f.primaryKey).map((f) => [f.name]),
    ...meta.uniqueTogether.map((names) => [...names]),
  ];
  for (const names of checks) {
    if (names.some((n) => exclude.includes(n))) continue;
    const lookups: Record<string, unknown> = {};
    let skip = false;
    for (const name of names) {
      const field = meta.getField(name);
      const value = self[field instanceof ForeignKeyImpl ? field.attname : field.name];
      if (value === null || value === undefined) skip = true;
      lookups[field instanceof ForeignKeyImpl ? field.attname : name] = value;
    }
    if (skip) continue;
    let query = cls.objects.filter(lookups);
    if (!instance._state.adding && instance.pk !== null && instance.pk !== undefined) query = query.exclude({ pk: instance.pk }) as typeof query;
    if (await query.exists()) {
      const model = meta.verboseName.charAt(0).toUpperCase() + meta.verboseName.slice(1);
      if (names.length === 1) {
        const params = { model_name: model, field_label: label(names[0]!) };
        (errors[names[0]!] ??= []).push(new ValidationError(interpolate("%(model_name)s with this %(field_label)s already exists.", params), { code: "unique", params }));
      } else {
        const params = { model_name: model, field_labels: names.map(label).join(" and ") };
        (errors[NON_FIELD_ERRORS] ??= []).push(
          new ValidationError(interpolate("%(model_name)s with this %(field_labels)s already exists.", params), { code: "unique_together", params }),
        );
      }
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}
