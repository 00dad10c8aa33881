/**
 * Messages about a project's database between the editor (app/data-panel.ts), the preview's
 * host page and the runner (worker/db/project-database.ts). The host passes them through.
 */
import type { Dump, TablePage } from "./data-tools.ts";

/** What the data tools ask the runner to do. */
export type DataRequest =
  | { op: "tables" }
  | { op: "rows"; table: string; offset: number }
  | { op: "download" }
  /** Replace the database with a db.sqlite3 file. */
  | { op: "open"; bytes: ArrayBuffer }
  | { op: "reset" }
  | { op: "dump" }
  /** Load a link's rows ("Share with data") into the fresh database. */
  | { op: "load"; dump: unknown }
  /** Apply the schema changes that could lose data (the user pressed the button). */
  | { op: "apply-schema" }
  /** The sandbox's `onefile createsuperuser`; `bypassPasswordValidation` as Django's prompt offers it. */
  | { op: "create-superuser"; username: string; email: string; password: string; bypassPasswordValidation?: boolean };

/** What each request resolves with. */
export interface DataResults {
  tables: { name: string; rows: number }[];
  rows: TablePage;
  download: ArrayBuffer;
  open: DatabaseStatus;
  reset: DatabaseStatus;
  dump: Dump;
  load: { rows: number; skipped: string[] };
  "apply-schema": DatabaseStatus;
  "create-superuser": SuperuserResult;
}

/**
 * What "Create superuser" did: the account, or Django's messages by field (`username`, `email`,
 * `password`) with nothing created; `canBypass` when only the password validators objected.
 */
export type SuperuserResult =
  /** `adminPath`: where the app mounts the admin (`/admin/`), or null when it mounts none. */
  | { ok: true; username: string; adminPath: string | null }
  | { ok: false; errors: Record<string, readonly string[]>; canBypass: boolean };

/**
 * The state of a project's database after a build loaded (or a data tool changed it): sent by
 * the runner with every load, so the editor shows the data tools, a schema notice, or an error.
 */
export interface DatabaseStatus {
  /** False for a project without models: no database, no data tools. */
  models: boolean;
  /** The database could not be opened or brought in step (a damaged file, say). */
  error?: string;
  /** Additive schema changes applied by this load. */
  applied: string[];
  /** Changes that could lose data, waiting for the user. */
  pending: { description: string; reason: string }[];
  /** For an app that uses auth (or the admin): how many users it has. Absent otherwise. */
  users?: number;
}
