/**
 * `QuerySet`: a lazy, chainable description of a query, run when awaited (giving an array) or
 * iterated with `for await`. Every chaining method returns a new QuerySet; nothing touches the
 * database until the results are needed.
 *
 * @module
 */
import type { SqlValue } from "../driver.ts";
import { FieldError, RelationNotLoaded } from "../errors.ts";
import type { ModelConstructor as ModelClassBase, Instance as Model } from "../options.ts";
import type { ModelOptions } from "../options.ts";
import { parseOrder } from "./ordering.ts";
import type { FieldsOf, Lookups, OrderKey, ValueKey, ValueType } from "../types.ts";
import { Aggregate } from "./expressions.ts";
import type { Q } from "./q.ts";
import { resolvePath } from "./resolve.ts";
import { pkLookupValue } from "./pk-lookup.ts";
import { EMPTY_STATE, withChanges, type Annotation, type QueryState } from "./state.ts";
import { buildWhere } from "./where.ts";
import * as run from "./execute.ts";

/** A filter argument: an object of typed lookups, or a Q tree. */
export type FilterArg<M> = Lookups<FieldsOf<M>> | Q;

/** The result of each aggregate in `aggregate({...})`. */
export type AggregateResult<A> = { [K in keyof A]: A[K] extends Aggregate<infer T> ? T : never };

/**
 * A query on a model's table. Awaiting it runs the query and gives an array of instances (or of
 * `values()` rows); `for await (const q of qs)` works too.
 *
 * @example
 * ```ts
 * const latest = await Question.objects.filter({ pubDate__lte: new Date() }).orderBy("-pubDate").slice(0, 5);
 * for await (const choice of question.choices.all()) console.log(choice.choiceText);
 * ```
 */
export class QuerySet<M, R = M> implements PromiseLike<R[]> {
  /** Results, once fetched (or handed in by prefetchRelated). */
  #result: R[] | null;

  constructor(
    readonly model: ModelClassBase,
    readonly state: QueryState = EMPTY_STATE,
    result: R[] | null = null,
  ) {
    this.#result = result;
  }

  /** The model's metadata. */
  get meta(): ModelOptions {
    return this.model._meta;
  }

  protected chain<R2 = R>(changes: Partial<QueryState>): QuerySet<M, R2> {
    return new QuerySet<M, R2>(this.model, withChanges(this.state, changes));
  }

  /** A copy of this QuerySet (results are fetched again). */
  all(): QuerySet<M, R> {
    return this.chain({});
  }

  /**
   * Rows matching all the lookups. Keys are checked when called: an unknown field is a FieldError
   * that lists the fields there are.
   *
   * @example
   * ```ts
   * Question.objects.filter({ questionText__startswith: "What", pubDate__year: 2024 });
   * Question.objects.filter(Q({ pk: 1 }).or({ pk: 2 }));
   * ```
   */
  filter(...args: FilterArg<M>[]): QuerySet<M, R> {
    return this.#where(args, false);
  }

  /** Rows not matching the lookups (Django's `exclude`). */
  exclude(...args: FilterArg<M>[]): QuerySet<M, R> {
    return this.#where(args, true);
  }

  #where(args: readonly unknown[], negated: boolean): QuerySet<M, R> {
    if (this.state.low !== 0 || this.state.high !== null) throw new TypeError("Cannot filter a query once a slice has been taken.");
    if (args.length === 0) return this.chain({});
    const values = [...this.state.values] as SqlValue[];
    const annotations = this.state.annotations.map((a) => a.name);
    const where = buildWhere(this.meta, args, negated, values, annotations);
    return this.chain({ where: [...this.state.where, where.node], whereKey: `${this.state.whereKey}&${where.key}`, values });
  }

  /**
   * Orders by fields: `"pubDate"`, `"-pubDate"` (descending), `"question__pubDate"`, `"?"`
   * (random). With no arguments, no ordering at all (not even the model's default).
   */
  orderBy(...names: OrderKey<FieldsOf<M>, M>[]): QuerySet<M, R> {
    const annotations = this.state.annotations.map((a) => a.name);
    const ordering = names.map((name) => parseOrder(this.meta, name as string, annotations));
    return this.chain({ ordering, orderKey: names.join(","), reversed: false });
  }

  /** The same rows in the opposite order. */
  reverse(): QuerySet<M, R> {
    return this.chain({ reversed: !this.state.reversed });
  }

  /** Removes duplicate rows (`SELECT DISTINCT`). */
  distinct(): QuerySet<M, R> {
    return this.chain({ distinct: true });
  }

  /**
   * Rows `start` to `end` (not included), as Python's `qs[start:end]`: `slice(0, 5)` is the
   * first five. Negative indexes are not supported, as in Django.
   */
  slice(start: number, end?: number): QuerySet<M, R> {
    if (!Number.isInteger(start) || start < 0 || (end !== undefined && (!Number.isInteger(end) || end < start))) {
      throw new TypeError("slice(start, end) takes whole numbers with 0 <= start <= end (negative indexing is not supported).");
    }
    const low = this.state.low + start;
    const high = end === undefined ? this.state.high : Math.min(this.state.low + end, this.state.high ?? Infinity);
    return this.chain({ low, high });
  }

  /** A QuerySet that matches nothing (without a query). */
  none(): QuerySet<M, R> {
    return this.chain({ where: [...this.state.where, { kind: "never" }], whereKey: `${this.state.whereKey}&never` });
  }

  /**
   * Loads foreign keys in the same query with a join, so `choice.question` needs no other query
   * (and works in templates).
   *
   * @example
   * ```ts
   * const choices = await Choice.objects.selectRelated("question");
   * choices[0].question.questionText;
   * ```
   */
  selectRelated(...paths: string[]): QuerySet<M, R> {
    for (const path of paths) if (typeof path !== "string" || path === "") throw new TypeError("selectRelated() takes relation names such as 'question'.");
    // "post__author" loads the post too, so its prefix is joined first.
    const expanded = paths.flatMap((path) => path.split("__").map((_, i, parts) => parts.slice(0, i + 1).join("__")));
    return this.chain({ related: [...new Set([...this.state.related, ...expanded])] });
  }

  /**
   * Loads reverse and many-to-many relations (and foreign keys) with one extra query per
   * relation, so `question.choices.all()` needs no query (and works in templates).
   *
   * @example
   * ```ts
   * const questions = await Question.objects.prefetchRelated("choices");
   * questions[0].choices.all(); // already loaded
   * ```
   */
  prefetchRelated(...paths: string[]): QuerySet<M, R> {
    for (const path of paths) if (typeof path !== "string" || path === "") throw new TypeError("prefetchRelated() takes relation names such as 'choices'.");
    return this.chain({ prefetch: [...new Set([...this.state.prefetch, ...paths])] });
  }

  /**
   * Adds a computed value to each row: an aggregate over related rows.
   *
   * @example
   * ```ts
   * const questions = await Question.objects.annotate({ numChoices: Count("choices") }).orderBy("-numChoices");
   * ```
   */
  annotate<A extends Record<string, Aggregate<unknown>>>(annotations: A): QuerySet<M & AggregateResult<A>, R extends M ? R & AggregateResult<A> : R> {
    const added: Annotation[] = Object.entries(annotations).map(([name, aggregate]) => {
      if (!(aggregate instanceof Aggregate)) throw new TypeError(`annotate({ ${name}: … }) takes Count(), Sum(), Avg(), Min() or Max().`);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || this.meta.findField(name)) {
        throw new FieldError(`The annotation '${name}' conflicts with a field of ${this.meta.objectName} or is not a plain name.`);
      }
      return { name, aggregate, path: aggregatePath(this.meta, aggregate) };
    });
    const all = [...this.state.annotations, ...added];
    const key = all.map((a) => `${a.name}=${a.aggregate.fn}${a.aggregate.distinct ? "!" : ""}(${a.path.key})`).join(",");
    return this.chain({ annotations: all, annotationKey: key }) as never;
  }

  /**
   * Rows as plain objects of the named fields (all fields when none are named).
   *
   * @example
   * ```ts
   * await Question.objects.values("id", "questionText"); // [{ id: 1, questionText: "What's up?" }]
   * ```
   */
  values<K extends ValueKey<FieldsOf<M>, M>>(...names: K[]): QuerySet<M, { [P in K]: ValueType<M, P> }> {
    return this.chain(valuesState(this, names as string[], "dict"));
  }

  /** Rows as arrays of the named fields; `valuesList("id", { flat: true })` gives the values themselves. */
  valuesList<K extends ValueKey<FieldsOf<M>, M>>(name: K, options: { flat: true }): QuerySet<M, ValueType<M, K>>;
  valuesList<K extends ValueKey<FieldsOf<M>, M>[]>(...names: K): QuerySet<M, { [I in keyof K]: ValueType<M, K[I]> }>;
  valuesList(...args: unknown[]): QuerySet<M, unknown> {
    const last = args[args.length - 1];
    const flat = typeof last === "object" && last !== null && (last as { flat?: boolean }).flat === true;
    const names = (flat || (typeof last === "object" && last !== null) ? args.slice(0, -1) : args) as string[];
    if (flat && names.length !== 1) throw new TypeError("valuesList(name, { flat: true }) takes exactly one field.");
    return this.chain(valuesState(this, names, flat ? "flat" : "list"));
  }

  // ——— running the query ———

  then<T1 = R[], T2 = never>(onfulfilled?: ((value: R[]) => T1 | PromiseLike<T1>) | null, onrejected?: ((reason: unknown) => T2 | PromiseLike<T2>) | null): Promise<T1 | T2> {
    return this.#fetch().then(onfulfilled, onrejected);
  }

  /** Same as awaiting the QuerySet: the rows as an array. */
  toArray(): Promise<R[]> {
    return this.#fetch();
  }

  // Not async: awaiting a QuerySet is the most common query, and each async layer is a promise hop.
  #fetch(): Promise<R[]> {
    if (this.#result !== null) return Promise.resolve(this.#result);
    let rows: Promise<unknown[]>;
    try {
      rows = run.fetch(this.model, this.state);
    } catch (error) {
      return Promise.reject(error);
    }
    return rows.then((result) => (this.#result = result as R[]));
  }

  /** `for await (const question of Question.objects.all())`. */
  async *[Symbol.asyncIterator](): AsyncIterator<R> {
    yield* await this.#fetch();
  }

  /**
   * Iterating without awaiting works only on results already loaded (by prefetchRelated, or an
   * earlier await): templates iterate this way and cannot wait for the database.
   */
  *[Symbol.iterator](): Iterator<R> {
    if (this.#result === null) {
      throw new RelationNotLoaded(
        `This ${this.meta.objectName} QuerySet was not loaded. Templates cannot wait for the database: await it in the view ` +
          `(const items = await qs), or load the relation with prefetchRelated().`,
      );
    }
    yield* this.#result;
  }

  /** The loaded results (for templates: `{{ qs.length }}` needs them loaded). */
  get length(): number {
    return [...this].length;
  }

  /**
   * The one row matching the lookups.
   *
   * @throws Model.DoesNotExist when none matches, Model.MultipleObjectsReturned when several do.
   */
  get(...args: FilterArg<M>[]): Promise<R> {
    const pk = pkLookupValue(this.meta, this.state, args);
    if (pk !== undefined) return run.getByPk(this.model, pk, () => this.filter(...args).state) as Promise<R>;
    return run.get(this.model, (args.length ? this.filter(...args) : this).state) as Promise<R>;
  }

  /** The first row (by the ordering, else by primary key), or null. */
  async first(): Promise<R | null> {
    const qs = this.state.ordering === null && this.meta.ordering.length === 0 ? this.orderBy("pk" as never) : this;
    return (await qs.slice(0, 1))[0] ?? null;
  }

  /** The last row (by the ordering, else by primary key), or null. */
  async last(): Promise<R | null> {
    const qs = this.state.ordering === null && this.meta.ordering.length === 0 ? this.orderBy("pk" as never) : this;
    return (await qs.reverse().slice(0, 1))[0] ?? null;
  }

  /** The newest row by `field` (or the model's `getLatestBy`). @throws Model.DoesNotExist when empty. */
  latest(field?: string): Promise<R> {
    return this.#edge(field, true);
  }

  /** The oldest row by `field` (or the model's `getLatestBy`). @throws Model.DoesNotExist when empty. */
  earliest(field?: string): Promise<R> {
    return this.#edge(field, false);
  }

  async #edge(field: string | undefined, latest: boolean): Promise<R> {
    const name = field ?? this.meta.getLatestBy;
    if (!name) throw new TypeError(`${latest ? "latest" : "earliest"}() needs a field name, or getLatestBy in the model's meta.`);
    const ordered = this.orderBy(`${latest ? "-" : ""}${name.replace(/^-/, "")}` as never);
    const [row] = await ordered.slice(0, 1);
    if (row === undefined) throw new (this.model as unknown as { DoesNotExist: new (m: string) => Error }).DoesNotExist(`${this.meta.objectName} matching query does not exist.`);
    return row;
  }

  /** The number of matching rows (`SELECT COUNT(*)`, or the loaded results' length). */
  count(): Promise<number> {
    if (this.#result !== null) return Promise.resolve(this.#result.length);
    return run.count(this.model, this.state);
  }

  /** True when at least one row matches. */
  exists(): Promise<boolean> {
    if (this.#result !== null) return Promise.resolve(this.#result.length > 0);
    return run.exists(this.model, this.state);
  }

  /**
   * Aggregates over the matching rows.
   *
   * @example
   * ```ts
   * const { total } = await Choice.objects.filter({ question }).aggregate({ total: Sum("votes") });
   * ```
   */
  aggregate<A extends Record<string, Aggregate<unknown>>>(aggregates: A): Promise<AggregateResult<A>> {
    const list = Object.entries(aggregates).map(([name, aggregate]) => {
      if (!(aggregate instanceof Aggregate)) throw new TypeError(`aggregate({ ${name}: … }) takes Count(), Sum(), Avg(), Min() or Max().`);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new TypeError(`aggregate() names must be plain names, not '${name}'.`);
      return { name, aggregate, path: aggregatePath(this.meta, aggregate) };
    });
    return run.aggregate(this.model, this.state, list) as Promise<AggregateResult<A>>;
  }

  /** Objects by primary key (all matching rows when `ids` is omitted), as a Map. */
  async inBulk(ids?: readonly unknown[]): Promise<Map<unknown, R>> {
    const qs = ids === undefined ? this : this.filter({ pk__in: ids } as never);
    const rows = (await qs) as unknown as Model[];
    return new Map(rows.map((row) => [row.pk, row as unknown as R]));
  }

  /** Updates every matching row (values may be `F()` expressions); returns the number of rows. */
  update(values: Record<string, unknown>): Promise<number> {
    return run.update(this.model, this.state, values);
  }

  /** Deletes every matching row (following onDelete); returns [total, per model]. */
  delete(): Promise<[number, Record<string, number>]> {
    return run.deleteMatching(this.model, this.state);
  }
}

function aggregatePath(meta: ModelOptions, aggregate: Aggregate<unknown>) {
  return aggregate.path === "*" ? { steps: [], field: meta.pk, key: "*" } : resolvePath(meta, aggregate.path);
}

function valuesState(qs: QuerySet<any, any>, names: string[], mode: "dict" | "list" | "flat"): Partial<QueryState> {
  const meta = qs.meta;
  const annotations = qs.state.annotations.map((a) => a.name);
  const chosen = names.length ? names : [...meta.attnames, ...annotations];
  const list = chosen.map((name) => {
    if (typeof name !== "string") throw new TypeError("values() takes field names.");
    return { name, path: annotations.includes(name) ? null : resolvePath(meta, name) };
  });
  return { columns: { list, mode, key: `${mode}:${list.map((c) => (c.path ? c.path.key : `@${c.name}`)).join(",")}` } };
}

