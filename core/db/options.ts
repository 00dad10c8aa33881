/**
 * `Model._meta`: everything known about a model, as Django's `Options`. The admin, ModelForm
 * and the schema code read models only through this, so it is public and documented.
 *
 * @module
 */
import { FieldError } from "./errors.ts";
import type { Field } from "./fields/field.ts";
import { ForeignKeyImpl, ManyToManyFieldImpl, OneToOneFieldImpl } from "./fields/related.ts";
import { closest } from "../util/closest.ts";
import type { Connection } from "./driver.ts";

/**
 * A model instance, as the ORM's lower layers see it (`Model` in model.ts is the real thing).
 * Declared here, at the bottom, so that the query code needs nothing from the layers above it.
 */
export interface Instance {
  pk: unknown;
  _state: { adding: boolean; readonly cache: Map<string, unknown> };
  save(options?: object): Promise<void>;
  clean(): void;
}

/** A model class, as the ORM's lower layers see it. */
export interface ModelConstructor {
  new (values?: any): Instance;
  readonly _meta: ModelOptions;
  readonly name: string;
  readonly prototype: Instance;
}

/** The database, as the ORM's lower layers reach it (`Database` in database.ts implements it). */
export interface DatabaseHandle {
  connection(): Connection;
  /** The dialect's SQL compilers, or null while the SQL layer loads (typed where they are used: query/run.ts). */
  compilersNow(): unknown;
  /** The dialect's SQL compilers once the SQL layer is loaded. */
  compilersReady(): Promise<unknown>;
  atomic<T>(fn: () => Promise<T>): Promise<T>;
  readonly inAtomicBlock: boolean;
}

/** The app's models, as models reach them (`ModelRegistry` in registry.ts implements it). */
export interface RegistryHandle {
  readonly db: DatabaseHandle;
  readonly appLabel: () => string;
  register(model: ModelConstructor): void;
  ready(): void;
}

/** The third argument of `app.Model(name, fields, meta)`: Django's `class Meta`. */
export interface ModelMeta {
  /** Default ordering, e.g. `["-pubDate"]`. */
  ordering?: readonly string[];
  /** The table name; default `<app label>_<model name in lower case>`. */
  dbTable?: string;
  /** Human name, default the class name in words ("blog post"). */
  verboseName?: string;
  /** Plural human name, default `verboseName + "s"`. */
  verboseNamePlural?: string;
  /** Sets of fields unique together, e.g. `[["question", "choiceText"]]`. */
  uniqueTogether?: readonly (readonly string[])[];
  /** Constraints: `{ fields: [...], name }` unique constraints. */
  constraints?: readonly { fields: readonly string[]; name: string }[];
  /** Extra indexes: `{ fields: [...], name? }`. */
  indexes?: readonly { fields: readonly string[]; name?: string }[];
  /** The field used by `latest()`/`earliest()`. */
  getLatestBy?: string;
  /**
   * The model's own app label instead of the app's. onefile's built-in models use it (`auth`
   * for User, `sessions` for Session) so their tables and permissions read as Django's
   * (`auth_user`, "auth.change_user"), and so the app may still have a model of the same name.
   */
  appLabel?: string;
}

/** A relation that points at this model from another one (a reverse foreign key or many-to-many). */
export interface ReverseRelation {
  /** The accessor on this model's instances, e.g. "choices". */
  name: string;
  /** The field on the other model that points here. */
  field: ForeignKeyImpl<any> | ManyToManyFieldImpl<any>;
  /** The model that has that field. */
  model: ModelConstructor;
  /** True for many-to-one and many-to-many (a manager); false for one-to-one (a single object). */
  multiple: boolean;
}

/**
 * A model's metadata.
 *
 * @example
 * ```ts
 * Question._meta.dbTable;                      // "polls_question"
 * Question._meta.fields.map((f) => f.name);    // ["id", "questionText", "pubDate"]
 * Question._meta.getField("pubDate").verboseName; // "pub date"
 * ```
 */
export class ModelOptions {
  /** The name given to `app.Model`, e.g. "Question". */
  readonly objectName: string;
  /** The name in lower case, as Django's `model_name`: "question". */
  readonly modelName: string;
  /** Concrete fields (those with a column), primary key first. */
  readonly fields: Field[];
  /** Many-to-many fields. */
  readonly manyToMany: ManyToManyFieldImpl<any>[];
  /** The primary key field. */
  readonly pk: Field;
  readonly ordering: readonly string[];
  readonly uniqueTogether: readonly (readonly string[])[];
  readonly indexes: readonly { fields: readonly string[]; name?: string }[];
  readonly getLatestBy: string | undefined;
  /** The property of each concrete field on instances (`questionId` for the foreign key `question`). */
  readonly attnames: string[];
  /**
   * The class instances are made from: the class `app.Model()` returned, or the user's subclass
   * of it once seen (through `Question.objects`, `new Question()` or a relation's `() => Question`).
   */
  concrete!: ModelConstructor;
  /** The app's model registry. */
  registry!: RegistryHandle;
  /** Relations from other models to this one, filled in when the app's models are ready. */
  readonly relatedObjects: ReverseRelation[] = [];
  readonly #meta: ModelMeta;
  readonly #appLabel: () => string;
  readonly #byName = new Map<string, Field>();
  #table: string | undefined;
  /** The label given in `ModelMeta.appLabel`, if any (the model is not the app's own). */
  readonly ownAppLabel: string | undefined;

  constructor(objectName: string, fields: Field[], meta: ModelMeta, appLabel: () => string) {
    this.objectName = objectName;
    this.modelName = objectName.toLowerCase();
    this.#meta = meta;
    this.ownAppLabel = meta.appLabel;
    this.#appLabel = meta.appLabel ? () => meta.appLabel! : appLabel;
    this.fields = fields.filter((f) => f.concrete);
    this.manyToMany = fields.filter((f): f is ManyToManyFieldImpl<any> => f instanceof ManyToManyFieldImpl);
    this.pk = this.fields.find((f) => f.primaryKey)!;
    this.attnames = this.fields.map((f) => (f instanceof ForeignKeyImpl ? f.attname : f.name));
    for (const field of fields) this.#byName.set(field.name, field);
    this.ordering = meta.ordering ?? [];
    this.uniqueTogether = [...(meta.uniqueTogether ?? []), ...(meta.constraints ?? []).map((c) => c.fields)];
    this.indexes = meta.indexes ?? [];
    this.getLatestBy = meta.getLatestBy;
  }

  /** The app label: the `APP_LABEL` setting, or what the host derived from the file name. */
  get appLabel(): string {
    return this.#appLabel();
  }

  /** "polls.Question". */
  get label(): string {
    return `${this.appLabel}.${this.objectName}`;
  }

  /** The table, `<app label>_<model name>` unless `dbTable` is set. */
  get dbTable(): string {
    // Kept once known: every query's cache key uses it. (forgetTable() drops it if the label changes.)
    return (this.#table ??= this.#meta.dbTable ?? `${this.appLabel}_${this.modelName}`);
  }

  /** Forgets the cached table name (the host changed the app label before first use). */
  forgetTable(): void {
    this.#table = undefined;
  }

  get verboseName(): string {
    return this.#meta.verboseName ?? this.objectName.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  }

  get verboseNamePlural(): string {
    return this.#meta.verboseNamePlural ?? `${this.verboseName}s`;
  }

  /** Foreign keys and one-to-one fields of this model. */
  get foreignKeys(): ForeignKeyImpl<any>[] {
    return this.fields.filter((f): f is ForeignKeyImpl<any> => f instanceof ForeignKeyImpl);
  }

  /** Every field by name (concrete and many-to-many, not reverse relations). */
  get allFields(): Field[] {
    return [...this.#byName.values()];
  }

  /**
   * The field called `name` ("pk" gives the primary key).
   *
   * @throws FieldError naming the choices, as Django's "Cannot resolve keyword".
   */
  getField(name: string): Field {
    const field = name === "pk" ? this.pk : this.#byName.get(name);
    if (!field) throw new FieldError(`${this.objectName} has no field named '${name}'. Choices are: ${this.fieldChoices().join(", ")}.`);
    return field;
  }

  /** The field called `name`, or undefined. */
  findField(name: string): Field | undefined {
    return name === "pk" ? this.pk : this.#byName.get(name);
  }

  /** The reverse relation called `name`, or undefined. */
  findReverse(name: string): ReverseRelation | undefined {
    return this.relatedObjects.find((r) => r.name === name);
  }

  /** Every name a lookup may start with on this model, sorted: fields, `<fk>Id`, reverse relations. */
  fieldChoices(): string[] {
    const names = [...this.#byName.keys(), ...this.relatedObjects.map((r) => r.name)];
    return names.sort();
  }

  /** A FieldError for an unknown name in a lookup, with Django's wording and a "did you mean". */
  unknownName(name: string, what = "keyword"): FieldError {
    const choices = this.fieldChoices();
    const near = closest(name, choices);
    return new FieldError(
      `Cannot resolve ${what} '${name}' into field of ${this.objectName}.${near ? ` Did you mean '${near}'?` : ""} Choices are: ${choices.join(", ")}.`,
    );
  }

  /** True when `field` is a one-to-one field (its reverse side is a single object). */
  static isOneToOne(field: Field): boolean {
    return field instanceof OneToOneFieldImpl;
  }
}
