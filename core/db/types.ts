/**
 * The types a model's fields give it: its instances' properties, what `create()` takes, and the
 * lookup keys `filter()` accepts (`questionText__startswith`, `pubDate__year__gte`,
 * `question__questionText` one relation deep). Types only; nothing here runs.
 *
 * @module
 */
import type { Field } from "./fields/field.ts";
import type { ForeignKeyImpl, ManyToManyFieldImpl } from "./fields/related.ts";
import type { Expression } from "./query/expressions.ts";

/** A model's field declarations. */
export type FieldsDef = Record<string, Field<any, any, any>>;

/** The value type of field `F` (with null when the field is nullable). */
export type ValueOf<F> = F extends { readonly __type?: { value: infer T; null: infer N } } ? (N extends true ? T | null : T) : never;

type IsOptional<F> = F extends { readonly __type?: { optional: infer D } } ? D : false;

/** Names of the fields with a column (not many-to-many). */
export type ConcreteKeys<F> = { [K in keyof F]: F[K] extends ManyToManyFieldImpl<any> ? never : K }[keyof F] & string;
/** Names of the foreign keys (and one-to-one fields). */
export type ForeignKeyKeys<F> = { [K in keyof F]: F[K] extends ForeignKeyImpl<any, any, any> ? K : never }[keyof F] & string;
/** Names of the many-to-many fields. */
export type ManyToManyKeys<F> = { [K in keyof F]: F[K] extends ManyToManyFieldImpl<any> ? K : never }[keyof F] & string;

/** The model instance a relation field points at. */
export type RelatedOf<F> = F extends ForeignKeyImpl<infer M, any, any> ? M : F extends ManyToManyFieldImpl<infer M> ? M : never;

/** The primary key type of an instance. */
export type PkOf<M> = M extends { readonly pk: infer P } ? (unknown extends P ? number : P) : number;

/** Whether the fields declare their own primary key (else the model gets `id`). */
type HasOwnPk<F> = { [K in keyof F]: F[K] extends { primaryKey: true } ? K : never }[keyof F] extends never ? false : true;

/** The properties the fields give an instance (the many-to-many managers are added by the model). */
export type FieldValues<F> = { -readonly [K in ConcreteKeys<F>]: ValueOf<F[K]> } & {
  -readonly [K in ForeignKeyKeys<F> as `${K}Id`]: null extends ValueOf<F[K]> ? PkOf<RelatedOf<F[K]>> | null : PkOf<RelatedOf<F[K]>>;
};

/** The implicit `id` unless a field is the primary key. */
export type ImplicitId<F> = HasOwnPk<F> extends true ? {} : { id: number };

/** What `create()` and `new Model()` take: required fields, optional ones, foreign keys by object or id. */
export type CreateInput<F> = {
  [K in ConcreteKeys<F> as IsOptional<F[K]> extends true ? never : K extends ForeignKeyKeys<F> ? never : K]: ValueOf<F[K]>;
} & {
  [K in ConcreteKeys<F> as IsOptional<F[K]> extends true ? (K extends ForeignKeyKeys<F> ? never : K) : never]?: ValueOf<F[K]>;
} & {
  [K in ForeignKeyKeys<F>]?: RelatedOf<F[K]> | PkOf<RelatedOf<F[K]>> | (null extends ValueOf<F[K]> ? null : never);
} & {
  [K in ForeignKeyKeys<F> as `${K}Id`]?: PkOf<RelatedOf<F[K]>> | (null extends ValueOf<F[K]> ? null : never);
} & { id?: number; pk?: unknown };

/** What `update()` takes: values or F() expressions for any concrete field. */
export type UpdateInput<F> = {
  [K in ConcreteKeys<F>]?: ValueOf<F[K]> | Expression | (K extends ForeignKeyKeys<F> ? PkOf<RelatedOf<F[K]>> : never);
} & { [K in ForeignKeyKeys<F> as `${K}Id`]?: PkOf<RelatedOf<F[K]>> | null };

/** A value a lookup accepts for a field of type T: numbers and dates may come as text (from a URL or form). */
type Loose<T> = T extends number ? number | string : T extends Date ? Date | string : T extends boolean ? boolean : T;
type Compare = "gt" | "gte" | "lt" | "lte";
type TextLookup = "iexact" | "contains" | "icontains" | "startswith" | "istartswith" | "endswith" | "iendswith";
type DatePart = "year" | "month" | "day";

/** The lookups of one field `K` holding values of type `T`. */
type LookupsOf<K extends string, T> = { [P in K | `${K}__exact`]?: Loose<T> | null | Expression } & { [P in `${K}__in`]?: Iterable<Loose<T>> } & {
  [P in `${K}__isnull`]?: boolean;
} & { [P in `${K}__${Compare}`]?: Loose<T> | Expression } & { [P in `${K}__range`]?: readonly [Loose<T>, Loose<T>] } & ([T] extends [string]
    ? { [P in `${K}__${TextLookup}`]?: string }
    : {}) &
  ([T] extends [Date] ? { [P in `${K}__${DatePart}` | `${K}__${DatePart}__${Compare | "exact"}`]?: number | string } & { [P in `${K}__date`]?: Date | string } : {});

/** The fields of an instance type (carried by a phantom member of Model). */
export type FieldsOf<M> = M extends { readonly __fields?: infer F } ? F : never;

type Depth = [] | [unknown];

/** Lookups on the fields of a related model, prefixed with the relation's name. */
type RelatedLookups<K extends string, M, D extends Depth> = D extends [unknown]
  ? {}
  : { [P in keyof Lookups<FieldsOf<M>, [unknown]> & string as `${K}__${P}`]?: Lookups<FieldsOf<M>, [unknown]>[P] };

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * The keys `filter()` and `exclude()` accept for a model with fields `F`: every field with each
 * lookup, `pk`, `<fk>Id`, and the fields of related models one foreign key away. Deeper paths,
 * reverse relations and many-to-many fields go through `Q({...})`, checked when the query runs.
 */
export type Lookups<F, D extends Depth = []> = UnionToIntersection<
  | { [K in ConcreteKeys<F>]: K extends ForeignKeyKeys<F> ? LookupsOf<K, RelatedOf<F[K]> | PkOf<RelatedOf<F[K]>>> & LookupsOf<`${K}Id`, PkOf<RelatedOf<F[K]>>> & RelatedLookups<K, RelatedOf<F[K]>, D> : LookupsOf<K, NonNullable<ValueOf<F[K]>>> }[ConcreteKeys<F>]
  | LookupsOf<"pk", number | string>
  | (HasOwnPk<F> extends true ? {} : LookupsOf<"id", number>)
>;

/** Field names for `orderBy()`: fields, `-field`, `?`, and paths through foreign keys. */
export type OrderKey<F, A = {}> =
  | "?"
  | `${"" | "-"}${ConcreteKeys<F> | "pk" | (HasOwnPk<F> extends true ? never : "id") | (keyof A & string) | `${ForeignKeyKeys<F>}__${string}`}`;

/** Field names for `values()`: fields, `<fk>Id`, paths through relations, annotations. */
export type ValueKey<F, A = {}> = ConcreteKeys<F> | `${ForeignKeyKeys<F>}Id` | "pk" | (HasOwnPk<F> extends true ? never : "id") | (keyof A & string) | `${string}__${string}`;

/** The type of one `values()` column. */
export type ValueType<M, K> = K extends keyof M ? M[K] : K extends "pk" ? PkOf<M> : unknown;
