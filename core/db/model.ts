/**
 * `Model`, the base of every model class, and `defineModel`, which `app.Model(name, fields,
 * meta)` calls: it builds the class that the user's class extends.
 *
 * An instance keeps each field's value in a plain property (`question.questionText`), a foreign
 * key's value in `<name>Id` and the related object, once loaded, behind `<name>`.
 *
 * @module
 */
import type { SqlValue } from "./driver.ts";
import { FieldError, MultipleObjectsReturned, ObjectDoesNotExist } from "./errors.ts";
import type { Field } from "./fields/field.ts";
import { BigAutoField } from "./fields/scalar.ts";
import { ForeignKeyImpl } from "./fields/related.ts";
import { ModelOptions, type ModelConstructor, type ModelMeta, type RegistryHandle } from "./options.ts";
import { snakeCase } from "./names.ts";
import { FROM_DB, ModelState } from "./instance-state.ts";
import { defineForwardAccessors } from "./related-descriptors.ts";
import type { CreateInput, FieldsDef, FieldValues, ImplicitId, ManyToManyKeys, RelatedOf } from "./types.ts";
import type { Manager, ManyRelatedManager } from "./manager.ts";
import { managerFor } from "./manager.ts";
import { cleanInstance, validateUnique, type FullCleanOptions } from "./validation.ts";
import { deleteObjects } from "./deletion.ts";
import { saveInstance, type SaveOptions } from "./persistence.ts";

/** What every model class has (the static side). */
export type ModelClassBase = ModelConstructor;

/**
 * The base of every model. You do not extend it directly: `app.Model(name, fields, meta)`
 * returns a subclass declared with those fields, which you extend with your methods.
 */
export class Model {
  /** The model's metadata: fields, table, ordering, relations. */
  static _meta: ModelOptions;
  /** Thrown by `get()` when nothing matches; each model has its own subclass. */
  static DoesNotExist: typeof ObjectDoesNotExist = ObjectDoesNotExist;
  /** Thrown by `get()` when several rows match; each model has its own subclass. */
  static MultipleObjectsReturned: typeof MultipleObjectsReturned = MultipleObjectsReturned;

  /** The default manager: `Question.objects.filter(...)`. */
  static get objects(): Manager<any> {
    return managerFor(this as unknown as ModelClassBase);
  }

  /** Phantom member carrying the field declarations' types; never set. */
  declare readonly __fields?: FieldsDef;
  /** Whether the instance is saved, and its loaded relations. */
  declare _state: ModelState;

  constructor(values?: Record<string, unknown> | typeof FROM_DB) {
    if (values === FROM_DB) {
      this._state = new ModelState(false);
      return;
    }
    const meta = (this.constructor as typeof Model)._meta;
    // The most derived class seen is the one rows are loaded as (see ModelOptions.concrete).
    if (this.constructor !== meta.concrete && this instanceof meta.concrete) meta.concrete = this.constructor as ModelClassBase;
    this._state = new ModelState(true);
    const given = values ?? {};
    if (typeof given !== "object" || given === null) throw new TypeError(`new ${meta.objectName}() takes an object of field values.`);
    for (const key of Object.keys(given)) {
      if (key !== "pk" && !meta.findField(key) && !meta.foreignKeys.some((f) => f.attname === key)) throw meta.unknownName(key, "keyword");
    }
    const self = this as unknown as Record<string, unknown>;
    for (const field of meta.fields) {
      if (field instanceof ForeignKeyImpl) {
        const related = given[field.name];
        if (related !== undefined && related !== null && typeof related === "object") self[field.name] = related;
        else self[field.attname] = field.toValue(related ?? given[field.attname] ?? field.getDefault());
      } else if (field.name in given) self[field.name] = given[field.name];
      else if (field.primaryKey && "pk" in given) self[field.name] = given.pk;
      else self[field.name] = field.getDefault();
    }
    for (const field of meta.manyToMany) {
      if (field.name in given) throw new TypeError(`Cannot set ${field.name} in new ${meta.objectName}(): save it, then use ${field.name}.set([...]).`);
    }
  }

  /** The primary key's value (an alias of `id` unless the model declares its own primary key). */
  get pk(): unknown {
    return (this as unknown as Record<string, unknown>)[(this.constructor as typeof Model)._meta.pk.name];
  }
  set pk(value: unknown) {
    (this as unknown as Record<string, unknown>)[(this.constructor as typeof Model)._meta.pk.name] = value;
  }

  /**
   * Inserts the instance (when new) or updates its row. `autoNow` fields are set to now.
   *
   * @example
   * ```ts
   * const q = new Question({ questionText: "What's new?" });
   * await q.save();        // INSERT; q.id is set
   * q.questionText = "What's up?";
   * await q.save({ updateFields: ["questionText"] });
   * ```
   */
  save(options: SaveOptions = {}): Promise<void> {
    return saveInstance(this, options);
  }

  /**
   * Deletes the row, and what `onDelete` says about the rows that refer to it. Returns the
   * number of rows deleted and the count per model, as Django does.
   */
  delete(): Promise<[number, Record<string, number>]> {
    const meta = (this.constructor as typeof Model)._meta;
    if (this.pk === null || this.pk === undefined) throw new TypeError(`${meta.objectName} object can't be deleted because its ${meta.pk.name} attribute is not set.`);
    return deleteObjects(meta, [this.pk as SqlValue]);
  }

  /** Reloads the fields from the database (forgetting loaded relations). */
  async refreshFromDb(): Promise<void> {
    const cls = this.constructor as typeof Model;
    const fresh = await cls.objects.get({ pk: this.pk } as never);
    const self = this as unknown as Record<string, unknown>;
    for (const field of cls._meta.fields) {
      const name = field instanceof ForeignKeyImpl ? field.attname : field.name;
      self[name] = (fresh as unknown as Record<string, unknown>)[name];
    }
    this._state.cache.clear();
  }

  /**
   * Checks every field (null, blank, choices, maxLength, validators), then `clean()`, then the
   * unique constraints (which needs the database, hence async). Throws a ValidationError whose
   * `errorDict` maps field names to Django's messages.
   *
   * @example
   * ```ts
   * try { await question.fullClean(); } catch (e) { if (e instanceof ValidationError) e.errorDict; }
   * ```
   */
  fullClean(options: FullCleanOptions = {}): Promise<void> {
    return cleanInstance(this, options);
  }

  /** Hook for checks across fields; throw a ValidationError. Called by `fullClean()`. */
  clean(): void {}

  /** Checks unique fields and `uniqueTogether` against the database; throws ValidationError. */
  validateUnique(exclude: readonly string[] = []): Promise<void> {
    return validateUnique(this, exclude);
  }

  /**
   * Loads a foreign key's object (once; later calls and `instance.<name>` return it).
   *
   * @example
   * ```ts
   * const question = await choice.related("question");
   * ```
   */
  async related<K extends string>(name: K): Promise<K extends keyof this ? this[K] : unknown> {
    const meta = (this.constructor as typeof Model)._meta;
    const field = meta.findField(name);
    if (!(field instanceof ForeignKeyImpl)) throw new FieldError(`${meta.objectName}.${name} is not a foreign key; related() loads foreign keys and one-to-one fields.`);
    if (!this._state.cache.has(name)) {
      const id = (this as unknown as Record<string, unknown>)[field.attname];
      const target = field.relatedModel as unknown as typeof Model;
      this._state.cache.set(name, id === null || id === undefined ? null : await target.objects.get({ pk: id } as never));
    }
    return this._state.cache.get(name) as never;
  }

  /** The field values by name (foreign keys as `<name>Id`), for JSON responses. */
  toJSON(): Record<string, unknown> {
    const meta = (this.constructor as typeof Model)._meta;
    const self = this as unknown as Record<string, unknown>;
    return Object.fromEntries(meta.fields.map((f) => {
      const name = f instanceof ForeignKeyImpl ? f.attname : f.name;
      return [name, self[name]];
    }));
  }

  /** "Question object (1)", as Django's default; override it to name your objects. */
  toString(): string {
    return `${(this.constructor as typeof Model)._meta.objectName} object (${this.pk ?? "None"})`;
  }
}

/** Names a field cannot have: the instance's own members. */
const RESERVED = new Set(["pk", "save", "delete", "clean", "fullClean", "validateUnique", "refreshFromDb", "related", "toJSON", "toString", "objects", "constructor", "_state", "_meta", "then"]);

/** An instance of a model declared with fields `F`. */
export type ModelInstance<F> = Model & FieldValues<F> & ImplicitId<F> & { readonly [K in ManyToManyKeys<F>]: ManyRelatedManager<RelatedOf<F[K]>> } & { readonly __fields?: F };

/** The class `app.Model()` returns. */
export interface ModelClass<F extends FieldsDef> {
  new (values?: CreateInput<F>): ModelInstance<F>;
  readonly prototype: ModelInstance<F>;
  /** The default manager. Add `declare static objects: Manager<YourClass>` to type results with your own methods. */
  readonly objects: Manager<ModelInstance<F>>;
  readonly _meta: ModelOptions;
  readonly DoesNotExist: typeof ObjectDoesNotExist;
  readonly MultipleObjectsReturned: typeof MultipleObjectsReturned;
}

/**
 * Declares a model of `registry`'s app: checks the fields, names the columns, adds the
 * implicit `id`, and registers it.
 *
 * @throws TypeError for a name that is not a valid identifier, a field that is not a field, or a reserved field name.
 */
export function defineModel<F extends FieldsDef>(registry: RegistryHandle, name: string, fields: F, meta: ModelMeta = {}): ModelClass<F> {
  if (typeof name !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    throw new TypeError(`A model's name must be a class name such as "Question" (letters and digits, starting with a capital), not ${JSON.stringify(name)}.`);
  }
  if (typeof fields !== "object" || fields === null) throw new TypeError(`app.Model("${name}", fields) needs an object of fields.`);
  const list: Field[] = [];
  for (const [fieldName, field] of Object.entries(fields)) {
    if (!(field && typeof field === "object" && "columnType" in field)) {
      throw new TypeError(`${name}.${fieldName} is not a model field. Use one of models.CharField({ maxLength: 100 }), models.IntegerField(), …`);
    }
    if (RESERVED.has(fieldName) || fieldName.includes("__") || fieldName.endsWith("_") || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(fieldName)) {
      throw new TypeError(`${name}.${fieldName}: a field cannot be called '${fieldName}' (reserved, or not a plain identifier without "__").`);
    }
    if (field.model) throw new TypeError(`${name}.${fieldName}: this field object already belongs to ${field.model.objectName}; make a new one per model.`);
    field.name = fieldName;
    if (field instanceof ForeignKeyImpl) {
      field.attname = `${fieldName}Id`;
      field.column = field.dbColumn ?? `${snakeCase(fieldName)}_id`;
    } else field.column = field.dbColumn ?? snakeCase(fieldName);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field.column)) throw new TypeError(`${name}.${fieldName}: dbColumn must be a plain identifier.`);
    list.push(field);
  }
  if (meta.dbTable !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(meta.dbTable)) throw new TypeError(`${name}: dbTable must be a plain identifier such as "polls_question".`);
  const pks = list.filter((f) => f.primaryKey);
  if (pks.length > 1) throw new TypeError(`${name} has more than one primary key (${pks.map((f) => f.name).join(", ")}).`);
  if (pks.length === 0) {
    if (fields.id) throw new TypeError(`${name}.id: a field named 'id' must be the primary key (primaryKey: true).`);
    const id = BigAutoField({ verboseName: "ID" });
    id.name = "id";
    id.column = "id";
    list.unshift(id);
  }
  const options = new ModelOptions(name, list, meta, registry.appLabel);
  const DoesNotExist = class extends ObjectDoesNotExist {};
  Object.defineProperty(DoesNotExist, "name", { value: "DoesNotExist" });
  const Multiple = class extends MultipleObjectsReturned {};
  Object.defineProperty(Multiple, "name", { value: "MultipleObjectsReturned" });
  const Declared = class extends Model {
    static override _meta = options;
    static override DoesNotExist = DoesNotExist;
    static override MultipleObjectsReturned = Multiple;
  };
  Object.defineProperty(Declared, "name", { value: name });
  options.concrete = Declared as unknown as ModelClassBase;
  options.registry = registry;
  for (const field of list) field.model = options;
  for (const field of options.manyToMany) field.model = options;
  defineForwardAccessors(Declared as unknown as ModelClassBase);
  registry.register(Declared as unknown as ModelClassBase);
  return Declared as unknown as ModelClass<F>;
}

export { FROM_DB, ModelState };
