/**
 * The runner's entry to the project's database. An app without models never reaches SQLite:
 * the database code (project-database.ts and wa-sqlite) is a separate chunk, imported the
 * first time a loaded app declares a model.
 *
 * A database that cannot be opened (a damaged file) does not stop the project: its app gets
 * a driver whose every query fails with a message naming the way out, "Reset data", and the
 * editor is told, so it can show that button.
 */
import type { App } from "../../core/app.ts";
import type { Driver } from "../../core/db/driver.ts";
import type { DatabaseStatus, DataRequest } from "./protocol.ts";
import type { ProjectDatabase } from "./project-database.ts";

/** The open database, once an app with models loaded (null until then, or after a failure). */
let project: Promise<ProjectDatabase> | null = null;
/** The app last loaded (and its build's label hint), to attach again after a reset. */
let current: App | null = null;
let currentHint: string | undefined;

const loadModule = () => import("./project-database.ts");

/**
 * Attaches the project's database to a freshly loaded app (opening it the first time) and
 * brings its schema in step with the models; the status is what the editor shows.
 *
 * @example
 * const status = await attachDatabase(runtime.app, build.appLabel);
 * post({ type: "database", status });
 */
export async function attachDatabase(app: App, labelHint?: string): Promise<DatabaseStatus> {
  current = app;
  currentHint = labelHint;
  if (app.db.models.size === 0) return { models: false, applied: [], pending: [] };
  try {
    const database = await openProject();
    return { models: true, ...(await database.attach(app, labelHint)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    app.db.attach(brokenDriver(message));
    return { models: true, error: message, applied: [], pending: [] };
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` (a request to an app with models, or a data tool) after the previous one ended.
 * The ORM keeps the open transaction per app when the host has no async context store (no
 * browser has one yet), so two requests at once would share one transaction.
 *
 * @example
 * const result = await oneAtATime(app, () => answer(runtime, request, jar, referrer));
 */
export function oneAtATime<T>(app: App | null, task: () => Promise<T>): Promise<T> {
  if (app && app.db.models.size === 0) return task();
  const result = queue.then(task, task);
  queue = result.catch(() => {});
  return result;
}

/**
 * Runs a data tool's request (worker/db/protocol.ts), between the app's requests, and returns
 * what it resolves with.
 *
 * @throws Error with a message for the editor when the request cannot be done.
 */
export function runDataRequest(request: DataRequest): Promise<unknown> {
  return oneAtATime(null, () => dataTool(request));
}

async function dataTool(request: DataRequest): Promise<unknown> {
  if (request.op === "reset") return reset();
  const database = await openProject();
  switch (request.op) {
    case "tables":
      return database.tables();
    case "rows":
      return database.rows(request.table, request.offset);
    case "download": {
      const bytes = await database.download();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    case "open":
      return { models: true, ...(await database.openFile(new Uint8Array(request.bytes))) } satisfies DatabaseStatus;
    case "dump":
      return database.dump();
    case "load":
      return database.load(request.dump);
    case "apply-schema":
      return { models: true, ...(await database.applyPending()) } satisfies DatabaseStatus;
    case "create-superuser":
      return database.createSuperuser(request, request.bypassPasswordValidation);
  }
}

function openProject(): Promise<ProjectDatabase> {
  if (!project) {
    project = loadModule().then((module) => module.ProjectDatabase.open());
    project.catch(() => (project = null));
  }
  return project;
}

/** Empties the database, even one too damaged to open, and attaches the current app again. */
async function reset(): Promise<DatabaseStatus> {
  const module = await loadModule();
  const open = project ? await project.catch(() => null) : null;
  if (open) await open.close();
  project = null;
  await module.deleteProjectDatabase();
  if (!current) return { models: false, applied: [], pending: [] };
  return attachDatabase(current, currentHint);
}

/** A driver for a database that could not be opened: every query says why and what to do. */
function brokenDriver(reason: string): Driver {
  const fail = (): never => {
    throw new Error(`${reason} Use "Reset data" (the Data button above the preview) to start this project's data afresh.`);
  };
  return { dialect: "sqlite", description: "SQLite db.sqlite3 in this browser (unreadable)", query: async () => fail(), transaction: async () => fail(), close: async () => {} };
}
