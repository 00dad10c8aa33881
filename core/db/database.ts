/**
 * `app.db`: an app's models and the database they live in. The host attaches a driver (the Node
 * host opens the SQLite file or PostgreSQL server named in `DATABASES`; tests attach a fresh
 * in-memory database); everything else in the ORM reaches the database through here.
 *
 * @module
 */
import type { Connection, Driver, QueryResult, SqlValue } from "./driver.ts";
import { DatabaseNotConfigured } from "./errors.ts";
import { ModelRegistry } from "./registry.ts";
import type { SchemaPlan } from "./schema/sync.ts";
import { loadSqlLayer, sqlLayerIfLoaded } from "./sql-layer.ts";
import type { Compilers } from "./sql/layer.ts";

/**
 * Keeps a value for the duration of an async call chain: Node's `AsyncLocalStorage` has this
 * shape. Hosts that have one pass it, so `atomic()` knows which statements belong to which
 * transaction when many requests run at once.
 */
export interface ContextStore<T> {
  run<R>(store: T, fn: () => R): R;
  getStore(): T | undefined;
}

/** Options of `app.db.attach()`. */
export interface AttachOptions {
  /** Tracks the open transaction per async call chain (Node: `new AsyncLocalStorage()`). */
  context?: ContextStore<Connection>;
}

export type { Compilers };

/**
 * An app's database: its models (`models`), the attached driver, transactions and compiled SQL.
 *
 * @example
 * ```ts
 * app.db.attach(openSqlite("db.sqlite3"));   // the Node host does this for you
 * await app.db.atomic(async () => {
 *   await Choice.objects.filter({ pk: 1 }).update({ votes: F("votes").add(1) });
 * });
 * const { rows } = await app.db.query("SELECT count(*) FROM polls_choice");
 * ```
 */
export class Database {
  /** The app's models. */
  readonly models: ModelRegistry;
  #driver: Driver | null = null;
  #context: ContextStore<Connection> | null = null;
  /** Without a context store: the open transaction (statements of other requests join it; see attach). */
  #current: Connection | null = null;
  #compilers: Compilers | null = null;

  #hostLabel = "";
  /** The app label when the `APP_LABEL` setting is empty: the host sets it from the file name ("polls" for polls.ts). */
  get hostLabel(): string {
    return this.#hostLabel;
  }
  set hostLabel(label: string) {
    this.#hostLabel = label;
    for (const model of this.models.declared()) model._meta.forgetTable();
  }

  constructor(configuredLabel: () => string = () => "") {
    this.models = new ModelRegistry(this, () => configuredLabel() || this.#hostLabel || "app");
  }

  /**
   * Connects the app to a database. Replaces any driver attached before (without closing it).
   * Hosts without an async context store still get correct transactions as long as requests do
   * not overlap (the sandbox serves one at a time).
   */
  attach(driver: Driver, options: AttachOptions = {}): void {
    this.#driver = driver;
    this.#context = options.context ?? null;
    this.#current = null;
    if (this.#compilers?.select.compiler.dialect !== driver.dialect) this.#compilers = null;
    // Start loading the SQL layer now; the first query waits for it if it is not there yet.
    loadSqlLayer().catch(() => {});
  }

  /** Detaches and closes the driver. */
  async close(): Promise<void> {
    const driver = this.#driver;
    this.#driver = null;
    await driver?.close();
  }

  /** True when a driver is attached. */
  get attached(): boolean {
    return this.#driver !== null;
  }

  /** The attached driver. @throws DatabaseNotConfigured when none is. */
  get driver(): Driver {
    if (this.#driver === null) {
      throw new DatabaseNotConfigured(
        "No database is attached to this app. `onefile runserver`/`serve` attach the one in DATABASES; " +
          "in a test, attach one first (e.g. `await useTestDatabase(app)` from onefile/node).",
      );
    }
    return this.#driver;
  }

  /**
   * The SQL compilers for the attached driver's dialect, or null while the SQL layer is still
   * loading (see `compilersReady`).
   *
   * @throws DatabaseNotConfigured when no driver is attached.
   */
  compilersNow(): Compilers | null {
    if (this.#compilers !== null) return this.#compilers;
    const dialect = this.driver.dialect;
    const layer = sqlLayerIfLoaded();
    return layer === null ? null : (this.#compilers = layer.makeCompilers(dialect));
  }

  /** The SQL compilers, once the SQL layer is loaded. */
  compilersReady(): Promise<Compilers> {
    try {
      const now = this.compilersNow();
      if (now !== null) return Promise.resolve(now);
    } catch (error) {
      return Promise.reject(error);
    }
    return loadSqlLayer().then(() => this.compilersNow()!);
  }

  /** Where a statement runs now: the open transaction of this call chain, or the database. */
  connection(): Connection {
    return (this.#context ? this.#context.getStore() : this.#current) ?? this.driver;
  }

  /**
   * Runs one SQL statement with parameters (in the open transaction, if any).
   *
   * @example
   * ```ts
   * const { rows } = await app.db.query("SELECT id FROM polls_question WHERE question_text = ?", ["What's up?"]);
   * ```
   */
  query(sql: string, params: readonly SqlValue[] = []): Promise<QueryResult> {
    return this.connection().query(sql, params);
  }

  /**
   * Runs `fn` in a transaction (a savepoint when one is already open): everything it does is
   * committed when it resolves and rolled back when it throws, as Django's `transaction.atomic`.
   *
   * @example
   * ```ts
   * await app.db.atomic(async () => {
   *   const question = await Question.objects.create({ questionText: "Why?" });
   *   await Choice.objects.create({ question, choiceText: "Because" });
   * });
   * ```
   */
  atomic<T>(fn: () => Promise<T>): Promise<T> {
    const outer = this.connection();
    return outer.transaction((tx) => {
      if (this.#context) return this.#context.run(tx, fn);
      const previous = this.#current;
      this.#current = tx;
      return fn().finally(() => {
        this.#current = previous;
      });
    });
  }

  /**
   * Compares the models with the schema recorded in the database, without changing anything.
   * `runserver` prints `plan.additive` and refuses `plan.refused`.
   */
  async planSchema(): Promise<SchemaPlan> {
    const driver = this.driver;
    // Imported here: the schema editor builds its SQL with Kysely (see sql-layer.ts).
    const { planSchema } = await import("./schema/sync.ts");
    return planSchema(driver, this.models.schema());
  }

  /**
   * Creates the tables of every model and applies additive changes; refuses changes that could
   * lose data. Returns what was applied. Tests call it on a fresh database.
   *
   * @example
   * ```ts
   * app.db.attach(openSqlite(":memory:"));
   * await app.db.sync();
   * ```
   * @throws Error listing the refused changes and `command` (how to apply them).
   */
  async sync(command = "onefile makemigrations && onefile migrate"): Promise<string[]> {
    const plan = await this.planSchema();
    const { applyAdditive, refusalMessage } = await import("./schema/sync.ts");
    if (plan.refused.length) throw new SchemaRefused(refusalMessage(plan, command), plan);
    return applyAdditive(this.driver, plan);
  }

  /** True inside `atomic()`. */
  get inAtomicBlock(): boolean {
    return (this.#context ? this.#context.getStore() : this.#current) != null;
  }
}

/** `sync()` found changes that could lose data; the message lists them and how to apply them. */
export class SchemaRefused extends Error {
  override name = "SchemaRefused";
  constructor(
    message: string,
    readonly plan: SchemaPlan,
  ) {
    super(message);
  }
}
