/**
 * The models of one app (no global registry: two apps in one process never share models).
 * When the models are first used, relations are resolved: each foreign key learns its model,
 * each model learns the relations that point at it (`question.choices`), and many-to-many
 * fields get their join tables.
 *
 * @module
 */
import { FieldError } from "./errors.ts";
import { ForeignKeyImpl, ManyToManyFieldImpl, OneToOneFieldImpl, RelatedField, type RelatedModelClass } from "./fields/related.ts";
import type { ModelConstructor as ModelClassBase } from "./options.ts";
import type { DatabaseHandle, ModelOptions, RegistryHandle } from "./options.ts";
import { throughOf } from "./query/resolve.ts";
import { defineReverseAccessor } from "./related-descriptors.ts";
import { schemaOf } from "./schema/from-models.ts";
import type { SchemaState } from "./schema/state.ts";

/** The models of one app, by name. */
export class ModelRegistry implements RegistryHandle {
  readonly #models = new Map<string, ModelClassBase>();
  #ready = false;

  constructor(
    readonly db: DatabaseHandle,
    readonly appLabel: () => string,
  ) {}

  /** Adds a model; its name must be new among the models of its app label. */
  register(model: ModelClassBase): void {
    const meta = model._meta;
    // Built-in models carry their own label (auth.User), so the app may have a User of its own.
    const key = `${meta.ownAppLabel ?? ""}.${meta.modelName}`;
    if (this.#models.has(key)) throw new FieldError(`The app already has a model named ${meta.objectName}${meta.ownAppLabel ? ` in ${meta.ownAppLabel}` : ""}.`);
    this.#models.set(key, model);
    this.#ready = false;
  }

  /** Every model declared so far (relations not resolved). */
  declared(): ModelClassBase[] {
    return [...this.#models.values()];
  }

  /** Every model, in declaration order. */
  all(): ModelClassBase[] {
    this.ready();
    return [...this.#models.values()];
  }

  /**
   * The model called `name` (any case), or undefined: the app's own model of that name first,
   * else a built-in one; "auth.User" names a model with its label.
   */
  get(name: string): ModelClassBase | undefined {
    const lower = name.toLowerCase();
    if (lower.includes(".")) return [...this.#models.values()].find((m) => `${m._meta.appLabel}.${m._meta.modelName}` === lower);
    return this.#models.get(`.${lower}`) ?? [...this.#models.values()].find((m) => m._meta.modelName === lower);
  }

  /** True when the app declared any model. */
  get size(): number {
    return this.#models.size;
  }

  /**
   * Resolves every relation. Called before the first query; models declared later (a model
   * added at run time) trigger it again.
   *
   * @throws FieldError for a relation to a model the app does not have.
   */
  ready(): void {
    if (this.#ready) return;
    for (const model of this.#models.values()) {
      for (const field of model._meta.allFields) {
        if (field instanceof RelatedField && !field.isResolved) field.resolve(this.#target(model, field));
      }
    }
    for (const model of this.#models.values()) (model._meta.relatedObjects as unknown[]).length = 0;
    for (const model of this.#models.values()) {
      const meta = model._meta;
      for (const field of meta.allFields) {
        if (!(field instanceof ForeignKeyImpl || field instanceof ManyToManyFieldImpl)) continue;
        const target = field.relatedModel as unknown as ModelClassBase;
        if (field instanceof ManyToManyFieldImpl && !throughOf.has(field)) {
          const self = target === model;
          throughOf.set(field, {
            table: field.dbTable ?? `${meta.dbTable}_${field.column || field.name.toLowerCase()}`,
            sourceColumn: `${self ? "from_" : ""}${meta.modelName}_id`,
            targetColumn: `${self ? "to_" : ""}${target._meta.modelName}_id`,
          });
        }
        const oneToOne = field instanceof OneToOneFieldImpl;
        const name = field.relatedName ?? (oneToOne ? meta.modelName : `${meta.modelName}Set`);
        if (name === "+" || name.endsWith("+")) continue;
        const clash = target._meta.findField(name) ?? target._meta.findReverse(name);
        if (clash) {
          throw new FieldError(
            `Reverse accessor '${target._meta.objectName}.${name}' for '${meta.objectName}.${field.name}' clashes with ${
              "column" in clash ? `field '${target._meta.objectName}.${name}'` : "another relation"
            }. Add or change relatedName on ${meta.objectName}.${field.name}.`,
          );
        }
        const relation = { name, field, model, multiple: !oneToOne };
        (target._meta.relatedObjects as (typeof relation)[]).push(relation);
        defineReverseAccessor(target, relation);
      }
    }
    this.#ready = true;
  }

  /** The schema the models need. */
  schema(): SchemaState {
    return schemaOf(this.all().map((m) => m._meta as ModelOptions));
  }

  #target(model: ModelClassBase, field: RelatedField<any, any, any>): RelatedModelClass {
    const { target } = field;
    if (target === "self") return model;
    if (typeof target === "string") {
      const found = this.get(target);
      if (!found) throw new FieldError(`${model._meta.objectName}.${field.name} points at '${target}', which is not a model of this app.`);
      return found;
    }
    let resolved: unknown;
    try {
      resolved = target();
    } catch (error) {
      if (error instanceof ReferenceError) {
        throw new FieldError(`${model._meta.objectName}.${field.name} points at a model that is not declared yet (${error.message}).`);
      }
      throw error;
    }
    const meta = (resolved as ModelClassBase | undefined)?._meta;
    if (!meta || this.get(meta.objectName) === undefined) {
      throw new FieldError(`${model._meta.objectName}.${field.name} must point at a model of the same app, e.g. () => Question.`);
    }
    return resolved as ModelClassBase;
  }
}
