/**
 * Managers: `Question.objects` (every QuerySet method starts here), `question.choices` (the
 * choices of one question, with `create`, `add`, `remove`, `set`, `clear`) and `post.tags`
 * (a many-to-many relation).
 *
 * @module
 */
import type { SqlValue } from "./driver.ts";
import { IntegrityError, ObjectDoesNotExist, RelationNotLoaded } from "./errors.ts";
import type { ForeignKeyImpl, ManyToManyFieldImpl } from "./fields/related.ts";
import type { Instance as Model, ModelConstructor as ModelClassBase } from "./options.ts";
import type { ReverseRelation } from "./options.ts";
import { insertRows } from "./persistence.ts";
import type { Aggregate } from "./query/expressions.ts";
import { compilersFor, runPrepared } from "./query/run.ts";
import { QuerySet, type AggregateResult, type FilterArg } from "./query/queryset.ts";
import { throughOf } from "./query/resolve.ts";
import type { CreateInput, FieldsOf, OrderKey, ValueKey, ValueType } from "./types.ts";

type Input<M> = CreateInput<FieldsOf<M>>;

/**
 * A model's manager: the QuerySet methods, starting from all rows, plus `create` and friends.
 *
 * @example
 * ```ts
 * await Question.objects.create({ questionText: "What's new?" });
 * const q = await Question.objects.get({ pk: 1 });
 * ```
 */
export class Manager<M> {
  constructor(readonly model: ModelClassBase) {}

  /** The QuerySet every method starts from (override in a subclass to narrow it). */
  getQuerySet(): QuerySet<M> {
    return new QuerySet<M>(this.model);
  }

  all(): QuerySet<M> {
    return this.getQuerySet();
  }
  filter(...args: FilterArg<M>[]): QuerySet<M> {
    return this.getQuerySet().filter(...args);
  }
  exclude(...args: FilterArg<M>[]): QuerySet<M> {
    return this.getQuerySet().exclude(...args);
  }
  get(...args: FilterArg<M>[]): Promise<M> {
    return this.getQuerySet().get(...args);
  }
  orderBy(...names: OrderKey<FieldsOf<M>, M>[]): QuerySet<M> {
    return this.getQuerySet().orderBy(...names);
  }
  slice(start: number, end?: number): QuerySet<M> {
    return this.getQuerySet().slice(start, end);
  }
  distinct(): QuerySet<M> {
    return this.getQuerySet().distinct();
  }
  none(): QuerySet<M> {
    return this.getQuerySet().none();
  }
  selectRelated(...paths: string[]): QuerySet<M> {
    return this.getQuerySet().selectRelated(...paths);
  }
  prefetchRelated(...paths: string[]): QuerySet<M> {
    return this.getQuerySet().prefetchRelated(...paths);
  }
  annotate<A extends Record<string, Aggregate<unknown>>>(annotations: A): QuerySet<M & AggregateResult<A>> {
    return this.getQuerySet().annotate(annotations) as never;
  }
  aggregate<A extends Record<string, Aggregate<unknown>>>(aggregates: A): Promise<AggregateResult<A>> {
    return this.getQuerySet().aggregate(aggregates);
  }
  values<K extends ValueKey<FieldsOf<M>, M>>(...names: K[]): QuerySet<M, { [P in K]: ValueType<M, P> }> {
    return this.getQuerySet().values(...names);
  }
  valuesList<K extends ValueKey<FieldsOf<M>, M>>(name: K, options: { flat: true }): QuerySet<M, ValueType<M, K>>;
  valuesList<K extends ValueKey<FieldsOf<M>, M>[]>(...names: K): QuerySet<M, { [I in keyof K]: ValueType<M, K[I]> }>;
  valuesList(...args: unknown[]): QuerySet<M, unknown> {
    return (this.getQuerySet().valuesList as (...a: unknown[]) => QuerySet<M, unknown>)(...args);
  }
  count(): Promise<number> {
    return this.getQuerySet().count();
  }
  exists(): Promise<boolean> {
    return this.getQuerySet().exists();
  }
  first(): Promise<M | null> {
    return this.getQuerySet().first();
  }
  last(): Promise<M | null> {
    return this.getQuerySet().last();
  }
  latest(field?: string): Promise<M> {
    return this.getQuerySet().latest(field);
  }
  earliest(field?: string): Promise<M> {
    return this.getQuerySet().earliest(field);
  }
  inBulk(ids?: readonly unknown[]): Promise<Map<unknown, M>> {
    return this.getQuerySet().inBulk(ids);
  }
  update(values: Record<string, unknown>): Promise<number> {
    return this.getQuerySet().update(values);
  }

  /**
   * Creates and saves an object.
   *
   * @example
   * ```ts
   * const q = await Question.objects.create({ questionText: "What's up?" });
   * ```
   */
  create(values: Input<M>): Promise<M> {
    // Not async (one promise hop less on a frequent write); a bad value still rejects.
    let instance: Model;
    try {
      instance = new this.model(values) as Model;
    } catch (error) {
      return Promise.reject(error);
    }
    return instance.save({ forceInsert: true }).then(() => instance as M);
  }

  /**
   * The object matching `lookups`, or a new one made from `lookups` and `defaults`.
   * Returns `[object, created]`.
   *
   * @example
   * ```ts
   * const [tag, created] = await Tag.objects.getOrCreate({ name: "django" });
   * ```
   */
  async getOrCreate(lookups: FilterArg<M> & Record<string, unknown>, defaults: Partial<Input<M>> = {}): Promise<[M, boolean]> {
    try {
      return [await this.get(lookups), false];
    } catch (error) {
      if (!(error instanceof ObjectDoesNotExist)) throw error;
    }
    const values = { ...plainValues(lookups), ...defaults } as Input<M>;
    try {
      return [await this.model._meta.registry.db.atomic(() => this.create(values)), true];
    } catch (error) {
      // Another request created it between our get() and create(): return theirs.
      if (error instanceof IntegrityError) return [await this.get(lookups), false];
      throw error;
    }
  }

  /** Updates the object matching `lookups` with `defaults`, or creates it. Returns `[object, created]`. */
  async updateOrCreate(lookups: FilterArg<M> & Record<string, unknown>, defaults: Partial<Input<M>> = {}): Promise<[M, boolean]> {
    return this.model._meta.registry.db.atomic(async () => {
      const existing = await this.filter(lookups).first();
      if (existing === null) return [await this.create({ ...plainValues(lookups), ...defaults } as Input<M>), true];
      Object.assign(existing as object, defaults);
      await (existing as Model).save();
      return [existing, false];
    });
  }

  /**
   * Saves many new objects (instances or field values) with multi-row INSERTs in one
   * transaction, without calling their `save()` (as Django's bulk_create); returns the
   * instances with their primary keys.
   *
   * @example
   * ```ts
   * const tags = await Tag.objects.bulkCreate([{ name: "django" }, { name: "orm" }]);
   * tags[1].id; // set
   * ```
   */
  async bulkCreate(objects: readonly (M | Input<M>)[]): Promise<M[]> {
    const instances = objects.map((o) => (o instanceof this.model ? (o as Model) : (new this.model(o) as Model)));
    await insertRows(this.model._meta, instances);
    return instances as M[];
  }
}

/** Lookups without `__` are also field values for a new object (as Django's get_or_create). */
function plainValues(lookups: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(lookups).filter(([key]) => !key.includes("__")));
}

const managers = new WeakMap<ModelClassBase, Manager<unknown>>();

/** The default manager of a model class (one per class). Also notes a user subclass as the model's class. */
export function managerFor(model: ModelClassBase): Manager<any> {
  let manager = managers.get(model);
  if (manager === undefined) {
    const meta = model._meta;
    if (model !== meta.concrete && model.prototype instanceof meta.concrete) meta.concrete = model;
    manager = new Manager(model);
    managers.set(model, manager);
  }
  return manager;
}

/**
 * The other side of a foreign key: `question.choices` holds the choices of one question.
 *
 * @example
 * ```ts
 * await question.choices.create({ choiceText: "Not much" });
 * const choices = await question.choices.all();
 * ```
 */
export class RelatedManager<M> extends Manager<M> {
  readonly #instance: Model;
  readonly #relation: ReverseRelation;

  constructor(instance: Model, relation: ReverseRelation) {
    super(relation.model._meta.concrete);
    this.#instance = instance;
    this.#relation = relation;
  }

  get #field(): ForeignKeyImpl<unknown> {
    return this.#relation.field as ForeignKeyImpl<unknown>;
  }

  override getQuerySet(): QuerySet<M> {
    const cached = this.#instance._state.cache.get(this.#relation.name) as M[] | undefined;
    const qs = new QuerySet<M>(this.model).filter({ [this.#field.name]: this.#instance.pk } as never);
    return cached === undefined ? qs : new QuerySet<M>(this.model, qs.state, cached);
  }

  /** Creates an object pointing at this instance. */
  override create(values: Omit<Input<M>, never>): Promise<M> {
    return super.create({ ...values, [this.#field.name]: this.#instance } as Input<M>);
  }

  /** Points saved objects at this instance. */
  async add(...objects: M[]): Promise<void> {
    const pks = objects.map((o) => (o as Model).pk);
    if (pks.some((pk) => pk === null || pk === undefined)) throw new TypeError(`Save the objects before adding them to ${this.#relation.name}.`);
    await new QuerySet<M>(this.model).filter({ pk__in: pks } as never).update({ [this.#field.attname]: this.#instance.pk });
    for (const o of objects) ((o as Model)._state.cache.set(this.#field.name, this.#instance), ((o as unknown as Record<string, unknown>)[this.#field.attname] = this.#instance.pk));
    this.#instance._state.cache.delete(this.#relation.name);
  }

  /** Unlinks objects (sets their foreign key to null; the field needs `null: true`). */
  async remove(...objects: M[]): Promise<void> {
    this.#needsNull("remove");
    await this.getQuerySet().filter({ pk__in: objects.map((o) => (o as Model).pk) } as never).update({ [this.#field.attname]: null });
    this.#instance._state.cache.delete(this.#relation.name);
  }

  /** Unlinks every object (the field needs `null: true`). */
  async clear(): Promise<void> {
    this.#needsNull("clear");
    await new QuerySet<M>(this.model).filter({ [this.#field.name]: this.#instance.pk } as never).update({ [this.#field.attname]: null });
    this.#instance._state.cache.delete(this.#relation.name);
  }

  #needsNull(method: string): void {
    if (!this.#field.null) {
      throw new TypeError(`${method}() would set ${this.model._meta.objectName}.${this.#field.name} to null, which it cannot hold. Delete the objects instead.`);
    }
  }

  /** Iterates the prefetched objects (templates); throws naming prefetchRelated when not loaded. */
  *[Symbol.iterator](): Iterator<M> {
    const cached = this.#instance._state.cache.get(this.#relation.name) as M[] | undefined;
    if (cached === undefined) throw notLoaded(this.#instance, this.#relation.name);
    yield* cached;
  }
}

function notLoaded(instance: Model, name: string): RelationNotLoaded {
  const meta = (instance.constructor as unknown as ModelClassBase)._meta;
  return new RelationNotLoaded(
    `${meta.objectName}.${name} was not loaded. Templates cannot wait for the database: load it in the view with ` +
      `${meta.objectName}.objects.prefetchRelated("${name}"), or pass \`await ${meta.modelName}.${name}.all()\` to the template.`,
  );
}

/**
 * A many-to-many relation of one object: `post.tags` (or, from the other side, `tag.posts`).
 *
 * @example
 * ```ts
 * await post.tags.add(django, orm);
 * await post.tags.set([django]);
 * const tags = await post.tags.all();
 * ```
 */
export class ManyRelatedManager<M> extends Manager<M> {
  readonly #instance: Model;
  readonly #field: ManyToManyFieldImpl<unknown>;
  readonly #forward: boolean;

  constructor(instance: Model, field: ManyToManyFieldImpl<unknown>, forward: boolean) {
    const model = forward ? (field.relatedModel as unknown as ModelClassBase) : (field.model as unknown as { concrete: ModelClassBase }).concrete;
    super(model._meta.concrete);
    this.#instance = instance;
    this.#field = field;
    this.#forward = forward;
  }

  /** The name this relation has on the instance (for the prefetch cache and messages). */
  get #name(): string {
    return this.#forward ? this.#field.name : reverseName(this.#field);
  }

  override getQuerySet(): QuerySet<M> {
    const key = this.#forward ? reverseName(this.#field) : this.#field.name;
    const qs = new QuerySet<M>(this.model).filter({ [key]: this.#instance.pk } as never);
    const cached = this.#instance._state.cache.get(this.#name) as M[] | undefined;
    return cached === undefined ? qs : new QuerySet<M>(this.model, qs.state, cached);
  }

  #columns(): [table: string, source: string, target: string] {
    const through = throughOf.get(this.#field)!;
    return this.#forward ? [through.table, through.sourceColumn, through.targetColumn] : [through.table, through.targetColumn, through.sourceColumn];
  }

  #pks(objects: readonly (M | unknown)[]): SqlValue[] {
    const pkField = this.model._meta.pk;
    return objects.map((o) => {
      const pk = typeof o === "object" && o !== null ? (o as Model).pk : o;
      if (pk === null || pk === undefined) throw new TypeError(`Save the objects before adding them to ${this.#name}.`);
      return pkField.toDb(pkField.toValue(pk) as never);
    });
  }

  /** Links objects (or primary keys); links that exist already are left alone. */
  async add(...objects: (M | number | string)[]): Promise<void> {
    const db = this.model._meta.registry.db;
    const [table, source, target] = this.#columns();
    const self = this.#instance.pk as SqlValue;
    const wanted = [...new Set(this.#pks(objects))];
    if (wanted.length === 0) return;
    await db.atomic(async () => {
      const { links } = await compilersFor(this.model._meta);
      const existing = new Set((await runPrepared(this.model._meta, links.linked(table, source, target, [self, ...wanted]))).rows.map((r) => r[0]));
      for (const pk of wanted) if (!existing.has(pk)) await runPrepared(this.model._meta, links.link(table, source, target, [self, pk]));
    });
    this.#instance._state.cache.delete(this.#name);
  }

  /** Unlinks objects (or primary keys). */
  async remove(...objects: (M | number | string)[]): Promise<void> {
    const pks = this.#pks(objects);
    if (pks.length === 0) return;
    const [table, source, target] = this.#columns();
    const { links } = await compilersFor(this.model._meta);
    await runPrepared(this.model._meta, links.unlink(table, source, target, [this.#instance.pk as SqlValue, ...pks]));
    this.#instance._state.cache.delete(this.#name);
  }

  /** Unlinks everything. */
  async clear(): Promise<void> {
    const [table, source, target] = this.#columns();
    const { links } = await compilersFor(this.model._meta);
    await runPrepared(this.model._meta, links.unlink(table, source, target, [this.#instance.pk as SqlValue]));
    this.#instance._state.cache.delete(this.#name);
  }

  /** Makes the links exactly `objects`. */
  async set(objects: readonly (M | number | string)[]): Promise<void> {
    const db = this.model._meta.registry.db;
    await db.atomic(async () => {
      await this.clear();
      await this.add(...objects);
    });
  }

  /** Creates an object and links it. */
  override async create(values: Input<M>): Promise<M> {
    const db = this.model._meta.registry.db;
    return db.atomic(async () => {
      const created = await super.create(values);
      await this.add(created);
      return created;
    });
  }

  /** Iterates the prefetched objects (templates); throws naming prefetchRelated when not loaded. */
  *[Symbol.iterator](): Iterator<M> {
    const cached = this.#instance._state.cache.get(this.#name) as M[] | undefined;
    if (cached === undefined) throw notLoaded(this.#instance, this.#name);
    yield* cached;
  }
}

/** The name of a many-to-many field's reverse relation on its target model. */
export function reverseName(field: ManyToManyFieldImpl<unknown>): string {
  const target = (field.relatedModel as unknown as ModelClassBase)._meta;
  const relation = target.relatedObjects.find((r) => r.field === field);
  if (!relation) throw new TypeError(`${field.model.objectName}.${field.name} has no reverse relation (relatedName "+" is not supported on many-to-many fields).`);
  return relation.name;
}
