/**
 * The PostgreSQL driver of the Node host, on `pg` with a connection pool. A transaction takes
 * one connection from the pool for its whole life; nested transactions are savepoints.
 */
import pg from "pg";
import type { Connection, Driver, QueryResult, SqlValue } from "../../core/db/driver.ts";
import { IntegrityError } from "../../core/db/errors.ts";
import { nested } from "../../core/db/single-connection.ts";
import { DatabaseOpenError } from "./values.ts";

/** Options of `openPostgres`; times in seconds. */
export interface PostgresOptions {
  /** Most connections in the pool. Default 10. */
  poolSize?: number;
  /** Seconds to wait for a connection. Default 10. */
  connectTimeout?: number;
  /** Seconds an idle connection stays open. Default 30. */
  idleTimeout?: number;
  /** Seconds a statement may run before the server cancels it. Default: no limit. */
  statementTimeout?: number;
  /** The schema (namespace) tables live in: sets `search_path`. Default: the server's (public). */
  schema?: string;
  /**
   * Prepare statements on the server (named statements, parsed and planned once per connection).
   * Default true; turn it off behind a PgBouncer in transaction mode older than 1.21.
   */
  prepare?: boolean;
}

/** Most statements prepared per connection; others run unprepared (the server keeps each one). */
const PREPARED_PER_CONNECTION = 500;

/** Where to connect: a URL or the parts of one. */
export type PostgresTarget = { url: string } | { database: string; user?: string; password?: string; host?: string; port?: number };

// bigint (COUNT, BigAutoField) as a number, as Django gives an int; dates as "YYYY-MM-DD" text
// (pg would make a Date at local midnight); numeric stays text (DecimalField keeps every digit).
const TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 20) return (value: string) => Number(value);
    if (oid === 1082) return (value: string) => value;
    return pg.types.getTypeParser(oid, format as "text");
  },
};

/** The URL without its password, for messages. */
export function describeTarget(target: PostgresTarget): string {
  if ("url" in target) return target.url.replace(/\/\/([^:/@]*):[^@/]*@/, "//$1:***@");
  return `postgresql://${target.user ? `${target.user}@` : ""}${target.host ?? "localhost"}:${target.port ?? 5432}/${target.database}`;
}

/**
 * Connects to PostgreSQL and checks the connection with one query.
 *
 * @example
 * ```ts
 * const driver = await openPostgres({ url: "postgres://app:secret@localhost/polls" }, { poolSize: 5 });
 * ```
 * @throws DatabaseOpenError naming the URL (without the password) when the server cannot be reached.
 */
export async function openPostgres(target: PostgresTarget, options: PostgresOptions = {}): Promise<Driver> {
  const base = "url" in target ? { connectionString: target.url } : { ...target, port: target.port };
  const pool = new pg.Pool({
    ...base,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: (options.connectTimeout ?? 10) * 1000,
    idleTimeoutMillis: (options.idleTimeout ?? 30) * 1000,
    ...(options.statementTimeout ? { statement_timeout: options.statementTimeout * 1000 } : {}),
    ...(options.schema ? { options: `-c search_path=${searchPath(options.schema)}` } : {}),
    types: TYPES,
  });
  // An idle connection that the server drops must not crash the process.
  pool.on("error", (error) => console.error(`PostgreSQL connection error (the pool replaces the connection): ${error.message}`));
  const description = `PostgreSQL ${describeTarget(target)}`;
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseOpenError(`Could not connect to ${description}: ${(error as Error).message}`, error);
  }

  const names = options.prepare === false ? null : new StatementNames();
  const run = (client: pg.Pool | pg.PoolClient) => async (sql: string, params: readonly SqlValue[] = []): Promise<QueryResult> => {
    const name = names?.of(sql, params.length);
    try {
      const result = await client.query({ text: sql, values: params as unknown[], rowMode: "array", ...(name ? { name } : {}) });
      return { columns: (result.fields ?? []).map((f) => f.name), rows: (result.rows ?? []) as SqlValue[][], rowsAffected: result.rowCount ?? 0 };
    } catch (error) {
      // A column type changed under a prepared statement (a migration by another process): the
      // statement is not prepared again under that name; this time it runs unprepared.
      if (name && (error as { code?: string }).code === "0A000" && /cached plan/.test((error as Error).message)) {
        names!.forget(sql);
        return run(client)(sql, params);
      }
      throw toIntegrityError(error);
    }
  };

  const query = run(pool);
  const transaction = async <T>(fn: (tx: Connection) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    const onClient = run(client);
    let broken = false;
    try {
      await onClient("BEGIN");
      let result: T;
      try {
        result = await fn(nested("postgresql", onClient, 1));
      } catch (error) {
        await onClient("ROLLBACK").catch(() => (broken = true));
        throw error;
      }
      await onClient("COMMIT");
      return result;
    } catch (error) {
      broken ||= !(error instanceof IntegrityError) && (error as { code?: string }).code === undefined;
      throw error;
    } finally {
      client.release(broken);
    }
  };
  return {
    dialect: "postgresql",
    description,
    query,
    transaction,
    close: () => pool.end(),
  };
}

/**
 * Names for prepared statements, one per SQL text: the ORM compiles each query shape to one text
 * and binds only values, so a text seen again is parsed and planned once per connection instead
 * of on every query (about half the time of a primary-key lookup on a local server). Statements
 * without parameters (schema changes, introspection) are not prepared, and at most
 * PREPARED_PER_CONNECTION texts get a name.
 */
class StatementNames {
  readonly #names = new Map<string, string | null>();
  #next = 0;

  of(sql: string, parameters: number): string | undefined {
    if (parameters === 0) return undefined;
    let name = this.#names.get(sql);
    if (name === undefined) {
      name = this.#next < PREPARED_PER_CONNECTION ? `onefile_${++this.#next}` : null;
      this.#names.set(sql, name);
    }
    return name ?? undefined;
  }

  /** `sql` runs unprepared from now on. */
  forget(sql: string): void {
    this.#names.set(sql, null);
  }
}

function searchPath(schema: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new DatabaseOpenError(`The PostgreSQL schema must be a plain name, not ${JSON.stringify(schema)}.`);
  return schema;
}

/** PostgreSQL's integrity violations (SQLSTATE class 23) as the ORM's IntegrityError. */
function toIntegrityError(error: unknown): unknown {
  const code = (error as { code?: string }).code ?? "";
  if (!code.startsWith("23")) return error;
  const kind = code === "23505" ? "unique" : code === "23502" ? "notnull" : code === "23503" ? "foreignkey" : code === "23514" ? "check" : "other";
  return new IntegrityError((error as Error).message, kind, error);
}
