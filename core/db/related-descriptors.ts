/**
 * The properties relations add to instances: `choice.question` (the loaded object; an error that
 * names selectRelated when it was not loaded), `question.choices` (a manager of the choices) and
 * `post.tags` (a manager of a many-to-many relation).
 *
 * @module
 */
import { RelationNotLoaded } from "./errors.ts";
import { ForeignKeyImpl, ManyToManyFieldImpl } from "./fields/related.ts";
import type { Instance as Model, ModelConstructor as ModelClassBase } from "./options.ts";
import type { ReverseRelation } from "./options.ts";
import { ManyRelatedManager, RelatedManager } from "./manager.ts";

/** The class that holds a model's accessors: the one `app.Model()` built (user subclasses inherit them). */
function declaredClass(model: ModelClassBase): ModelClassBase {
  let cls = model;
  while (!Object.prototype.hasOwnProperty.call(cls, "_meta")) cls = Object.getPrototypeOf(cls) as ModelClassBase;
  return cls;
}

/** An instance's name in messages: "choice" for a Choice. */
function variable(model: ModelClassBase): string {
  return model._meta.modelName;
}

/** Defines `<fk>` on instances of `model` (for each foreign key) and `<m2m>` (for each many-to-many field). */
export function defineForwardAccessors(model: ModelClassBase): void {
  const meta = model._meta;
  for (const field of meta.foreignKeys) {
    const { name, attname } = field;
    Object.defineProperty(model.prototype, name, {
      configurable: true,
      get(this: Model) {
        const cache = this._state.cache;
        if (cache.has(name)) return cache.get(name);
        const id = (this as unknown as Record<string, unknown>)[attname];
        if (id === null || id === undefined) return null;
        throw new RelationNotLoaded(
          `${meta.objectName}.${name} was not loaded. Templates cannot wait for the database, so load it in the view: ` +
            `${meta.objectName}.objects.selectRelated("${name}") when querying, or \`await ${variable(model)}.related("${name}")\`.`,
        );
      },
      set(this: Model, value: unknown) {
        const self = this as unknown as Record<string, unknown>;
        if (value === null || value === undefined) {
          self[attname] = null;
          this._state.cache.set(name, null);
        } else if (typeof value === "object") {
          const target = field.relatedModel as unknown as ModelClassBase;
          if (!(value instanceof target)) {
            throw new TypeError(`${meta.objectName}.${name} must be a ${target._meta.objectName} instance, not ${(value as object).constructor?.name ?? "an object"}.`);
          }
          const pk = (value as Model).pk;
          if (pk === null || pk === undefined) throw new TypeError(`Save the ${target._meta.objectName} before assigning it to ${meta.objectName}.${name}.`);
          self[attname] = pk;
          this._state.cache.set(name, value);
        } else {
          self[attname] = field.toValue(value);
          this._state.cache.delete(name);
        }
      },
    });
  }
  for (const field of meta.manyToMany) {
    Object.defineProperty(model.prototype, field.name, {
      configurable: true,
      get(this: Model) {
        return new ManyRelatedManager(this, field, true);
      },
    });
  }
}

/** Defines the reverse accessor of `relation` on `target`'s instances (`question.choices`). */
export function defineReverseAccessor(target: ModelClassBase, relation: ReverseRelation): void {
  const owner = declaredClass(target);
  const { name, field } = relation;
  if (field instanceof ManyToManyFieldImpl) {
    Object.defineProperty(owner.prototype, name, {
      configurable: true,
      get(this: Model) {
        return new ManyRelatedManager(this, field, false);
      },
    });
    return;
  }
  if (relation.multiple) {
    Object.defineProperty(owner.prototype, name, {
      configurable: true,
      get(this: Model) {
        return new RelatedManager(this, relation);
      },
    });
    return;
  }
  // One-to-one, reverse side: a single object (or null), loaded by selectRelated/prefetchRelated or related().
  Object.defineProperty(owner.prototype, name, {
    configurable: true,
    get(this: Model) {
      const cache = this._state.cache;
      if (cache.has(name)) return cache.get(name);
      throw new RelationNotLoaded(
        `${owner._meta.objectName}.${name} was not loaded. Templates cannot wait for the database: load it in the view with ` +
          `${owner._meta.objectName}.objects.prefetchRelated("${name}").`,
      );
    },
  });
  void (field as ForeignKeyImpl<unknown>);
}
