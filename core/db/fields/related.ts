/**
 * Relation fields: `ForeignKey`, `OneToOneField` and `ManyToManyField`.
 *
 * The related model is given as a function (`() => Question`) so a model can refer to one
 * declared further down the file; it is resolved when the app's models are first used. A
 * foreign key `question` gives instances two properties: `questionId` (the column's value)
 * and `question` (the related object, once loaded).
 *
 * @module
 */
import * as forms from "../../forms/index.ts";
import type { SqlValue } from "../driver.ts";
import { FieldError } from "../errors.ts";
import type { ColumnType, ReferenceState } from "../schema/state.ts";
import { Field, type FieldOptions } from "./field.ts";
import type { IsNull } from "./scalar.ts";

/** What happens to referring rows when the referred row is deleted (Django's `on_delete`). */
export type OnDelete = ReferenceState["onDelete"];
/** Delete the referring objects too. */
export const CASCADE = "CASCADE" as const;
/** Refuse the delete with a ProtectedError. */
export const PROTECT = "PROTECT" as const;
/** Set the foreign key to null (the field needs `null: true`). */
export const SET_NULL = "SET_NULL" as const;
/** Set the foreign key to its default. */
export const SET_DEFAULT = "SET_DEFAULT" as const;
/** Refuse the delete, unless the referring objects are being deleted by a cascade anyway. */
export const RESTRICT = "RESTRICT" as const;
/** Do nothing (the database's own constraint decides). */
export const DO_NOTHING = "DO_NOTHING" as const;

/**
 * What a relation field points at: a model class (usually as `() => Model`, so it may be declared
 * later), "self", or a model's name in the same app.
 */
export type RelationTarget<M> = (() => abstract new (...args: any[]) => M) | "self" | string;

/** The model class type, as much of it as relation fields need (the full type is in model.ts). */
export interface RelatedModelClass {
  readonly _meta: {
    readonly objectName: string;
    readonly pk: Field;
    readonly dbTable: string;
    readonly modelName: string;
  };
  readonly name: string;
}

/** Options of `ForeignKey` and `OneToOneField`. */
export interface ForeignKeyOptions<M> extends FieldOptions<M> {
  /** What happens when the referred object is deleted: CASCADE, PROTECT, SET_NULL, SET_DEFAULT, RESTRICT. */
  onDelete: OnDelete;
  /** The name of the reverse relation on the referred model; default `<model>Set` (one-to-one: `<model>`). */
  relatedName?: string;
  /** Narrows the objects a form offers, as Django's `limit_choices_to`. */
  limitChoicesTo?: Record<string, unknown>;
}

/** Base of relation fields: the target, resolved once the models are ready. */
export abstract class RelatedField<M, N extends boolean, D extends boolean> extends Field<M, N, D> {
  readonly target: RelationTarget<M>;
  readonly relatedName: string | undefined;
  #related: RelatedModelClass | undefined;

  constructor(target: RelationTarget<M>, options: FieldOptions<M> & { relatedName?: string }) {
    super(options);
    if (typeof target !== "function" && typeof target !== "string") {
      throw new TypeError('A relation field needs its model: models.ForeignKey(() => Question, { onDelete: models.CASCADE }).');
    }
    this.target = target;
    this.relatedName = options.relatedName;
  }

  /** The model this field points at (after the app's models are ready). */
  get relatedModel(): RelatedModelClass {
    if (!this.#related) throw new FieldError(`${this.model.objectName}.${this.name} is not resolved yet: its model is not declared.`);
    return this.#related;
  }

  /** Called by the registry when every model is declared. */
  resolve(related: RelatedModelClass): void {
    this.#related = related;
  }

  get isResolved(): boolean {
    return this.#related !== undefined;
  }
}

/** A many-to-one relation: a column holding the primary key of another model's row. */
export class ForeignKeyImpl<M, N extends boolean = boolean, D extends boolean = boolean> extends RelatedField<M, N, D> {
  readonly internalType: string = "ForeignKey";
  readonly onDelete: OnDelete;
  readonly limitChoicesTo: Record<string, unknown> | undefined;
  /** The property holding the column value: `questionId` for `question`. */
  attname = "";

  constructor(target: RelationTarget<M>, options: ForeignKeyOptions<M>) {
    super(target, options);
    const onDelete = options?.onDelete;
    if (![CASCADE, PROTECT, SET_NULL, SET_DEFAULT, RESTRICT, DO_NOTHING].includes(onDelete as OnDelete)) {
      throw new TypeError("ForeignKey needs onDelete: models.CASCADE, PROTECT, SET_NULL, SET_DEFAULT or RESTRICT.");
    }
    if (onDelete === SET_NULL && !options.null) throw new TypeError("onDelete: SET_NULL needs null: true on the field.");
    this.onDelete = onDelete;
    this.limitChoicesTo = options.limitChoicesTo;
    this.fromDb = (value) => value as unknown as M;
  }

  /** The referred model's primary key field. */
  get targetField(): Field {
    return this.relatedModel._meta.pk;
  }

  columnType(): ColumnType {
    const type = this.targetField.columnType();
    return type.kind === "auto" ? { kind: "integer" } : type.kind === "bigauto" ? { kind: "bigint" } : type;
  }

  override get verboseName(): string {
    return super.verboseName;
  }

  /** Accepts the related object or its primary key. */
  override toValue(value: unknown): M | null {
    if (value === null || value === undefined) return null;
    const pk = typeof value === "object" && value !== null && "pk" in value ? (value as { pk: unknown }).pk : value;
    return this.targetField.toValue(pk) as M;
  }

  override toDb(value: M | null): SqlValue {
    return this.targetField.toDb(this.toValue(value) as never);
  }

  formField(): forms.Field<any> | null {
    // A ModelForm replaces this placeholder with a choice of the related objects (model-form.ts).
    return forms.CharField(this.formOptions());
  }
}

/** Options of a foreign key, typed by the model it points at. */
type FkOptional<O> = O extends { default: unknown } ? true : O extends { null: true } ? true : false;

/**
 * A many-to-one relation. The column is `<name>_id`; instances get `<name>Id` and `<name>`.
 *
 * @example
 * ```ts
 * class Choice extends app.Model("Choice", {
 *   question: models.ForeignKey(() => Question, { onDelete: models.CASCADE, relatedName: "choices" }),
 * }) {}
 * ```
 */
export function ForeignKey<M, const O extends ForeignKeyOptions<M>>(target: RelationTarget<M>, options: O): ForeignKeyImpl<M, IsNull<O>, FkOptional<O>> {
  return new ForeignKeyImpl<M>(target, options) as unknown as ForeignKeyImpl<M, IsNull<O>, FkOptional<O>>;
}

/** A one-to-one relation: a unique foreign key; the reverse side is a single object. */
export class OneToOneFieldImpl<M, N extends boolean = boolean, D extends boolean = boolean> extends ForeignKeyImpl<M, N, D> {
  override readonly internalType = "OneToOneField";
  constructor(target: RelationTarget<M>, options: ForeignKeyOptions<M>) {
    super(target, { ...options, unique: true });
  }
}

/** A one-to-one relation, e.g. a profile per user. */
export function OneToOneField<M, const O extends ForeignKeyOptions<M>>(target: RelationTarget<M>, options: O): OneToOneFieldImpl<M, IsNull<O>, FkOptional<O>> {
  return new OneToOneFieldImpl<M>(target, options) as unknown as OneToOneFieldImpl<M, IsNull<O>, FkOptional<O>>;
}

/** Options of `ManyToManyField`. */
export interface ManyToManyOptions {
  /** The name of the reverse relation on the other model; default `<model>Set`. */
  relatedName?: string;
  /** The join table's name; default `<app>_<model>_<field>`. */
  dbTable?: string;
  blank?: boolean;
  verboseName?: string;
  helpText?: string;
}

/**
 * A many-to-many relation, kept in a join table (`blog_post_tags` with `post_id` and `tag_id`).
 * Instances get a manager: `await post.tags.add(tag)`, `await post.tags.all()`.
 */
export class ManyToManyFieldImpl<M> extends RelatedField<M, false, true> {
  readonly internalType = "ManyToManyField";
  readonly dbTable: string | undefined;
  constructor(target: RelationTarget<M>, options: ManyToManyOptions = {}) {
    super(target, { ...options, blank: options.blank ?? true });
    this.dbTable = options.dbTable;
  }
  override get concrete(): boolean {
    return false;
  }
  columnType(): ColumnType {
    throw new FieldError(`${this.name} is a many-to-many field: it has no column of its own.`);
  }
  formField(): forms.Field<any> | null {
    return null;
  }
}

/**
 * A many-to-many relation.
 *
 * @example
 * ```ts
 * class Post extends app.Model("Post", { tags: models.ManyToManyField(() => Tag, { relatedName: "posts" }) }) {}
 * ```
 */
export function ManyToManyField<M>(target: RelationTarget<M>, options?: ManyToManyOptions): ManyToManyFieldImpl<M> {
  return new ManyToManyFieldImpl<M>(target, options);
}
