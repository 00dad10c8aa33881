/**
 * A project's database in the sandbox, as the runner uses it: opened once per runner (the
 * preview origin holds one project), attached to each build's app, its schema kept in step
 * with the models, and the data tools' operations.
 *
 * The runner imports this module dynamically, only for an app that declares models, so a
 * project without models never downloads SQLite.
 */
import type { App } from "../../core/app.ts";
import type { Driver } from "../../core/db/driver.ts";
import { singleConnection } from "../../core/db/single-connection.ts";
import { applyAdditive, planSchema } from "../../core/db/schema/sync.ts";
import { applyOperations, readRecorded } from "../../core/db/schema/editor.ts";
import { createSuperuser } from "../../core/auth/create-superuser.ts";
import { ValidationError } from "../../core/forms/errors.ts";
import { authOf } from "../../core/auth/state.ts";
import wasmUrl from "@journeyapps/wa-sqlite/dist/wa-sqlite.wasm?url";
import { BlockStore, deleteStoredFile } from "./block-store.ts";
import { MemoryStore } from "./memory-store.ts";
import { SandboxDatabase } from "./database.ts";
import { startSqlite } from "./library.ts";
import { dumpRows, listTables, loadRows, tableRows, type Dump, type TablePage } from "./data-tools.ts";
import type { SuperuserResult } from "./protocol.ts";

/** The file name the database has inside the VFS and in messages (as on Node). */
const FILE_NAME = "db.sqlite3";

/** What bringing the schema in step with the models did, and what waits for the user. */
export interface SchemaReport {
  /** Additive changes applied now ("Add field votes to choice"). */
  applied: string[];
  /** Changes that could lose data: not applied until the user says so. */
  pending: { description: string; reason: string }[];
  /** For an app that uses auth (or the admin): how many users it has, so the editor can offer "Create superuser". */
  users?: number;
}

/**
 * The SQLite driver of the sandbox, behind the ORM's `Driver` interface.
 *
 * @example
 * app.db.attach(sandboxDriver(database));
 */
export function sandboxDriver(database: SandboxDatabase): Driver {
  const connection = singleConnection("sqlite", (sql, params) => database.execute(sql, params));
  return {
    ...connection,
    description: `SQLite ${FILE_NAME} in this browser`,
    close: async () => {},
  };
}

/**
 * The database of the project this runner serves, with its app attached.
 *
 * @example
 * const project = await ProjectDatabase.open(wasmUrl);
 * const report = await project.attach(app); // tables created, additive changes applied
 */
export class ProjectDatabase {
  private app: App | null = null;

  private constructor(
    readonly database: SandboxDatabase,
    readonly driver: Driver,
    /** The IndexedDB store it was opened on, closed with it (none for a scratch database). */
    private readonly store: BlockStore | null,
  ) {}

  /**
   * Loads SQLite (once per runner) and opens the project's database kept in this origin's
   * IndexedDB.
   *
   * @throws CorruptDatabaseError when the saved database is damaged (the data tools' reset is the way out).
   */
  static async open(): Promise<ProjectDatabase> {
    const [runtime, store] = await Promise.all([sqliteRuntime(), BlockStore.open(FILE_NAME)]);
    try {
      const database = await SandboxDatabase.open(runtime, FILE_NAME, store);
      return new ProjectDatabase(database, sandboxDriver(database), store);
    } catch (error) {
      store.close();
      throw error;
    }
  }

  /**
   * Wraps an open database (a scratch one in tests).
   *
   * @example
   * const project = ProjectDatabase.on(await SandboxDatabase.open(runtime, "scratch.sqlite3", new MemoryStore()));
   */
  static on(database: SandboxDatabase): ProjectDatabase {
    return new ProjectDatabase(database, sandboxDriver(database), null);
  }

  /**
   * A database in memory that nothing saves: each in-file test of the project gets its own
   * (worker/project-tests.ts), so tests never see or change the project's data.
   *
   * @example
   * const scratch = await ProjectDatabase.scratch();
   * await scratch.attach(app);
   */
  static async scratch(): Promise<ProjectDatabase> {
    return ProjectDatabase.on(await SandboxDatabase.open(await sqliteRuntime(), `scratch-${++scratchCount}.sqlite3`, new MemoryStore()));
  }

  /** Closes the database (its queued statements finish first). */
  async close(): Promise<void> {
    await this.database.close();
    this.store?.close();
  }

  /**
   * Attaches `app` (the build just loaded) and brings the schema in step with its models:
   * additive changes are applied, the others are reported and wait for {@link applyPending}.
   *
   * The tables' app label (`polls` in `polls_question`) is the app's `APP_LABEL` if it sets
   * one; else the label the database's tables were made with (by this sandbox, or by Node for
   * an opened db.sqlite3, which names them after the file); else `labelHint` (the example's
   * name), else "app" (the sandbox runs the file as app.ts).
   */
  async attach(app: App, labelHint?: string): Promise<SchemaReport> {
    this.app = app;
    this.labelHint = labelHint;
    app.db.attach(this.driver);
    return this.sync();
  }

  private labelHint: string | undefined;

  /** Applies the changes that could lose data, which the user has seen and accepted. */
  async applyPending(): Promise<SchemaReport> {
    const app = this.requireApp();
    const plan = await planSchema(this.driver, app.db.models.schema());
    await applyOperations(this.driver, plan.recorded, [...plan.additive, ...plan.refused.map((r) => r.change)].map((c) => c.operation));
    return this.sync();
  }

  /** Empties the database and creates the models' tables again. */
  async reset(): Promise<SchemaReport> {
    await this.database.replace(new Uint8Array());
    return this.sync();
  }

  /**
   * Replaces the database with a db.sqlite3 file, then applies the models' additive changes.
   *
   * @throws NotADatabaseError when `bytes` is not a SQLite database (nothing changes then).
   */
  async openFile(bytes: Uint8Array): Promise<SchemaReport> {
    await this.database.replace(bytes);
    return this.sync();
  }

  /** The database as a db.sqlite3 file. */
  download(): Promise<Uint8Array> {
    return this.database.bytes();
  }

  /** The tables with their row counts. */
  tables(): Promise<{ name: string; rows: number }[]> {
    return listTables(this.database);
  }

  /** A page of one table. */
  rows(table: string, offset: number): Promise<TablePage> {
    return tableRows(this.database, table, { offset, limit: 50 });
  }

  /** The rows, for a link ("Share with data"); password hashes are not shared. */
  dump(): Promise<Dump> {
    return dumpRows(this.database, { hidden: [...HIDDEN_FROM_LINKS], redact: REDACTED_IN_LINKS, label: this.requireApp().db.models.appLabel() });
  }

  /**
   * Loads a link's rows into this (fresh) database, after its tables were created.
   *
   * @throws DumpError when the rows are malformed or do not fit (nothing is loaded then).
   */
  load(dump: unknown): Promise<{ rows: number; skipped: string[] }> {
    return loadRows(this.database, dump);
  }

  /**
   * The sandbox's `onefile createsuperuser`: the same checks and account as on Node
   * (core/auth/create-superuser.ts), for an app that uses auth or the admin.
   *
   * @throws Error naming the fix when the project does not use auth.
   */
  async createSuperuser(input: { username: string; email: string; password: string }, bypassPasswordValidation = false): Promise<SuperuserResult> {
    const app = this.requireApp();
    const auth = authOf(app);
    if (!auth) throw new Error("This project has no users: add the admin (app.admin) or use app.auth in the file first.");
    // Never bypassed for a blank password: Django refuses that before the validators run.
    const validatePassword = !bypassPasswordValidation || input.password.trim() === "";
    try {
      const user = await createSuperuser(auth, input, { validatePassword });
      return { ok: true, username: user.username, adminPath: adminPath(app) };
    } catch (error) {
      if (!(error instanceof ValidationError) || !error.errorDict) throw error;
      const errors = Object.fromEntries(Object.entries(error.errorDict).map(([field, list]) => [field, list.map((e) => e.message)]));
      // Django offers the bypass only for the validators' objections, never for a blank password.
      const canBypass = Object.keys(errors).every((field) => field === "password") && input.password.trim() !== "";
      return { ok: false, errors, canBypass };
    }
  }

  private async sync(): Promise<SchemaReport> {
    const app = this.requireApp();
    if (!app.settings.APP_LABEL) app.db.hostLabel = (await recordedLabel(this.driver, app)) ?? this.labelHint ?? "";
    const plan = await planSchema(this.driver, app.db.models.schema());
    const applied = await applyAdditive(this.driver, plan);
    const pending = plan.refused.map(({ change, reason }) => ({ description: change.description, reason }));
    return { applied, pending, ...(await this.users(app)) };
  }

  /** The number of users of an app that uses auth (none while its table waits for a change). */
  private async users(app: App): Promise<{ users?: number }> {
    const auth = authOf(app);
    if (!auth) return {};
    return { users: await auth.User.objects.count().catch(() => 0) };
  }

  private requireApp(): App {
    if (!this.app) throw new Error("No project is loaded yet.");
    return this.app;
  }
}

/** Where `app` mounts its admin, or null when its URL patterns have none. */
function adminPath(app: App): string | null {
  try {
    return app.reverse("admin:index");
  } catch {
    return null;
  }
}

/**
 * The label the database's tables of this app's models were made with: from the schema the
 * database records (`"polls.Question"` for the model Question), or null for a new database.
 */
async function recordedLabel(driver: Driver, app: App): Promise<string | null> {
  const recorded = await readRecorded(driver);
  for (const table of Object.values(recorded.tables)) {
    const dot = table.model.lastIndexOf(".");
    // models.get() rather than all(): all() resolves relations, which fixes join table names.
    if (dot > 0 && app.db.models.get(table.model.slice(dot + 1))) return table.model.slice(0, dot);
  }
  return null;
}

let runtime: ReturnType<typeof startSqlite> | null = null;
let scratchCount = 0;

/** SQLite, compiled and started once per runner (a failure is forgotten, so the next try starts over). */
function sqliteRuntime(): ReturnType<typeof startSqlite> {
  if (!runtime) {
    runtime = WebAssembly.compileStreaming(fetch(wasmUrl)).then(startSqlite);
    runtime.catch(() => (runtime = null));
  }
  return runtime;
}

/**
 * Deletes the project's saved database, even one too damaged to open (close it first).
 *
 * @example
 * await deleteProjectDatabase();
 */
export function deleteProjectDatabase(): Promise<void> {
  return deleteStoredFile(FILE_NAME);
}

/** Tables a link never carries: the framework's bookkeeping and login sessions. */
const HIDDEN_FROM_LINKS = ["onefile_schema", "onefile_migrations", "django_session"];
/** Columns a link carries blanked: password hashes become Django's unusable password. */
const REDACTED_IN_LINKS = { auth_user: { password: "!" } };
