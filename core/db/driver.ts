/**
 * The one interface between the ORM and a database. Each host brings its drivers (the Node host:
 * a SQLite file and PostgreSQL; the sandbox: SQLite compiled to WebAssembly), and core reaches
 * the database only through this, so the ORM runs the same everywhere.
 *
 * Deliberately small: parameterised SQL in, rows as arrays out, and transactions that nest as
 * savepoints. A driver does not build SQL; the ORM does, for the driver's `dialect`.
 *
 * @module
 */

/** Which SQL the ORM writes for a driver. */
export type Dialect = "sqlite" | "postgresql";

/** A value that travels as a query parameter or comes back in a row. */
export type SqlValue = null | number | bigint | string | boolean | Uint8Array | Date;

/** What one statement returned. */
export interface QueryResult {
  /** Column names, in the order of each row's values. */
  columns: readonly string[];
  /** One array per row, values in column order (empty for statements that return none). */
  rows: SqlValue[][];
  /** Rows inserted, updated or deleted (for a statement with RETURNING, the rows returned). */
  rowsAffected: number;
}

/**
 * A place to run statements: the database itself, or one transaction on it.
 *
 * @example
 * ```ts
 * const { rows } = await db.query("SELECT id, question_text FROM polls_question WHERE id = ?", [1]);
 * await db.transaction(async (tx) => {
 *   await tx.query("UPDATE polls_choice SET votes = votes + 1 WHERE id = ?", [3]);
 * });
 * ```
 */
export interface Connection {
  readonly dialect: Dialect;
  /**
   * Runs one statement with its parameters (`?` placeholders on SQLite, `$1` on PostgreSQL).
   * Values are never spliced into the SQL text.
   */
  query(sql: string, params?: readonly SqlValue[]): Promise<QueryResult>;
  /**
   * Runs `fn` inside a transaction: committed when `fn` resolves, rolled back when it throws.
   * Called on a transaction's connection, it nests as a savepoint. Statements run on the outer
   * connection while a transaction is open wait for it to finish (they never run inside it).
   */
  transaction<T>(fn: (tx: Connection) => Promise<T>): Promise<T>;
}

/** A database the host opened: a `Connection` that can be closed and described in messages. */
export interface Driver extends Connection {
  /** Where the data lives, for messages: "SQLite /srv/site/db.sqlite3", "PostgreSQL db@host:5432". */
  readonly description: string;
  /** Closes the database; pending statements finish first. */
  close(): Promise<void>;
}
