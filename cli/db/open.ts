/**
 * Opening the database an app's settings name: `DATABASE_URL` when set, else `DATABASES.default`
 * (SQLite in `db.sqlite3` beside the project file by default). Relative SQLite paths are
 * relative to the project file, so the database does not depend on the working directory.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { dirname, isAbsolute, resolve } from "node:path";
import type { App } from "../../core/app.ts";
import type { Connection, Driver } from "../../core/db/driver.ts";
import type { DatabaseSettings } from "../../core/settings.ts";
import { openPostgres, type PostgresOptions } from "./postgres.ts";
import { openSqlite } from "./sqlite.ts";
import { DatabaseOpenError } from "./values.ts";

/** Where the data lives, resolved from settings or DATABASE_URL. */
export type DatabaseTarget =
  | { engine: "sqlite"; path: string; busyTimeout?: number }
  | { engine: "postgresql"; url?: string; database?: string; user?: string; password?: string; host?: string; port?: number; options: PostgresOptions };

const SQLITE = new Set(["sqlite", "sqlite3", "django.db.backends.sqlite3"]);
const POSTGRES = new Set(["postgresql", "postgres", "django.db.backends.postgresql", "django.db.backends.postgresql_psycopg2"]);

/**
 * The database an app uses: `DATABASE_URL` (`sqlite:path`, `sqlite::memory:`,
 * `postgres://user:pass@host:port/name`) wins over `DATABASES.default`.
 *
 * @example
 * ```ts
 * databaseTarget(app, "/srv/polls.ts", {}); // { engine: "sqlite", path: "/srv/db.sqlite3" }
 * ```
 * @throws DatabaseOpenError for an engine or URL it does not know.
 */
export function databaseTarget(app: App, projectFile: string, env: Record<string, string | undefined> = process.env): DatabaseTarget {
  const base = dirname(projectFile);
  const url = env.DATABASE_URL?.trim();
  const settings = app.settings.DATABASES.default as DatabaseSettings | undefined;
  // The URL says where the database is; OPTIONS (pool size, timeouts, prepare) still tune the driver.
  if (url) return fromUrl(url, base, settings?.OPTIONS ?? {});
  if (!settings) throw new DatabaseOpenError('DATABASES has no "default" entry, e.g. DATABASES: { default: { ENGINE: "sqlite", NAME: "db.sqlite3" } }.');
  const options = settings.OPTIONS ?? {};
  if (SQLITE.has(settings.ENGINE)) {
    return { engine: "sqlite", path: sqlitePath(settings.NAME, base), ...(options.busyTimeout !== undefined ? { busyTimeout: Number(options.busyTimeout) * 1000 } : {}) };
  }
  if (POSTGRES.has(settings.ENGINE)) {
    return {
      engine: "postgresql",
      database: settings.NAME,
      ...(settings.USER !== undefined ? { user: settings.USER } : {}),
      ...(settings.PASSWORD !== undefined ? { password: settings.PASSWORD } : {}),
      ...(settings.HOST !== undefined ? { host: settings.HOST } : {}),
      ...(settings.PORT !== undefined ? { port: Number(settings.PORT) } : {}),
      options: postgresOptions(options),
    };
  }
  throw new DatabaseOpenError(`DATABASES.default.ENGINE is "${settings.ENGINE}"; onefile knows "sqlite" and "postgresql".`);
}

function postgresOptions(options: Record<string, unknown>): PostgresOptions {
  const out: PostgresOptions = {};
  for (const key of ["poolSize", "connectTimeout", "idleTimeout", "statementTimeout"] as const) {
    if (options[key] !== undefined) out[key] = Number(options[key]);
  }
  if (typeof options.schema === "string") out.schema = options.schema;
  if (options.prepare !== undefined) out.prepare = options.prepare !== false && options.prepare !== "false";
  return out;
}

function sqlitePath(name: string, base: string): string {
  if (name === ":memory:" || name === "") return ":memory:";
  return isAbsolute(name) ? name : resolve(base, name);
}

function fromUrl(url: string, base: string, options: Record<string, unknown>): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return { engine: "postgresql", url, options: postgresOptions(options) };
  const sqlite = /^sqlite:(?:\/\/)?(.*)$/.exec(url);
  if (sqlite) return { engine: "sqlite", path: sqlitePath(decodeURIComponent(sqlite[1]!), base) };
  throw new DatabaseOpenError(`DATABASE_URL "${url.replace(/:[^:@/]*@/, ":***@")}" is not understood: use sqlite:path/to/db.sqlite3 or postgres://user:password@host:5432/name.`);
}

/**
 * Opens the database named by `target`.
 *
 * @throws DatabaseOpenError naming the path or URL when it cannot be opened.
 */
export async function openTarget(target: DatabaseTarget): Promise<Driver> {
  if (target.engine === "sqlite") return openSqlite(target.path, target.busyTimeout !== undefined ? { busyTimeout: target.busyTimeout } : {});
  const { url, options, engine: _engine, ...parts } = target;
  return openPostgres(url ? { url } : { database: parts.database ?? "", ...parts }, options);
}

/**
 * Opens the app's database and attaches it (with Node's AsyncLocalStorage, so each request's
 * transactions are its own). Returns the driver.
 *
 * @example
 * ```ts
 * await attachDatabase(app, "/srv/polls.ts");
 * ```
 */
export async function attachDatabase(app: App, projectFile: string, env: Record<string, string | undefined> = process.env): Promise<Driver> {
  const driver = await openTarget(databaseTarget(app, projectFile, env));
  app.db.attach(driver, { context: new AsyncLocalStorage<Connection>() });
  return driver;
}

/**
 * Gives an app a fresh in-memory SQLite database with every model's table: for tests, one call
 * per test. Closes the database attached before, if any.
 *
 * @example
 * ```ts
 * beforeEach(() => useTestDatabase(app));
 * ```
 */
export async function useTestDatabase(app: App): Promise<Driver> {
  if (app.db.attached) await app.db.close();
  const driver = openSqlite(":memory:");
  app.db.attach(driver, { context: new AsyncLocalStorage<Connection>() });
  await app.db.sync();
  return driver;
}
