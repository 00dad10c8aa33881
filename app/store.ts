/**
 * The editor origin's IndexedDB storage: the sources, and what the editor needs to know about
 * each project's runs. No preview origin can read it (each project's cookie jar and secret key
 * live on its own origin, see worker/preview-store.ts).
 *
 * One key-value store, keys prefixed by kind:
 * - `project:<id>` → {@link Project}, written on every edit;
 * - `build:<id>` → the {@link Build} that last compiled, sent to the runner again after a reload;
 * - `run:<id>` → {@link RunState}: kept here, on the editor's side, because a run that hangs or
 *   crashes its preview cannot say so itself; "running" that never became "ok" means it did;
 * - `last` → the id of the project edited most recently (a new tab starts from it).
 *
 * Every tab makes a project, so {@link pruneProjects} deletes those left untouched for weeks.
 */
import { createStore, get, set, setMany, update, del, delMany, entries } from "idb-keyval";
import type { UseStore } from "idb-keyval";
import type { Build } from "../worker/protocol.ts";

/** A saved single-file project. `version` grows with every saved edit. */
export interface Project {
  id: string;
  source: string;
  version: number;
  savedAt: number;
}

/**
 * "running" while a run is in flight, "ok" once it showed, "hung" if a guard, the time limit or
 * the runner's heartbeat said it hung, "crashed" if its preview stopped answering altogether.
 */
export type RunState = "running" | "ok" | "hung" | "crashed";

/** A record in the sandbox's storage that is not what the sandbox wrote (damaged, or edited by hand). */
export class CorruptRecordError extends Error {
  override name = "CorruptRecordError";
}

let store: UseStore | undefined;
function db(): UseStore {
  store ??= createStore("onefile-sandbox", "kv");
  return store;
}

/**
 * Reads a project, or undefined if none was saved under that id. A record that is not a
 * project is moved aside (to `corrupt:<id>:<time>`, so nothing is lost) and reported with a
 * {@link CorruptRecordError}.
 *
 * @example
 * const project = await loadProject("k3x9q2");
 */
export async function loadProject(id: string): Promise<Project | undefined> {
  const record = await get<unknown>(`project:${id}`, db());
  if (record === undefined) return undefined;
  if (isProject(record, id)) return record;
  await setMany([[`corrupt:${id}:${Date.now()}`, record]], db());
  await del(`project:${id}`, db());
  throw new CorruptRecordError(
    `The saved code of this tab's project could not be read: its record in this browser's storage is damaged. ` +
      `It was kept aside (as corrupt:${id}:…) and the sandbox started from a fresh copy.`,
  );
}

function isProject(value: unknown, id: string): value is Project {
  const project = value as Partial<Project> | null;
  return (
    typeof project === "object" && project !== null && project.id === id && typeof project.source === "string" &&
    typeof project.version === "number" && Number.isFinite(project.version) && typeof project.savedAt === "number"
  );
}

/**
 * Saves a project and records it as the most recently edited one, in one transaction. With
 * `remember: false` (a project another site opened or framed) it is saved but not "last", so
 * a later visit does not start from someone else's code.
 *
 * @example
 * await saveProject({ id, source, version: 2, savedAt: Date.now() });
 */
export function saveProject(project: Project, { remember = true } = {}): Promise<void> {
  const records: [IDBValidKey, unknown][] = [[`project:${project.id}`, project]];
  if (remember) records.push(["last", project.id]);
  return setMany(records, db());
}

/**
 * Records a run as started: stores the build the worker will run and marks the run "running",
 * in one transaction. If the page dies before {@link finishRun}, the next load offers "Run"
 * instead of running the same code again.
 *
 * @example
 * await startRun({ id, version: 2, source, code });
 */
export function startRun(build: Build): Promise<void> {
  return setMany(
    [
      [`build:${build.id}`, build],
      [`run:${build.id}`, "running" satisfies RunState],
    ],
    db(),
  );
}

/**
 * The build that last compiled (undefined if none did, or if the record is damaged): after a
 * reload with code that does not compile, the preview shows this one.
 *
 * @example
 * const build = await loadBuild(id);
 */
export async function loadBuild(id: string): Promise<Build | undefined> {
  const build = await get<Partial<Build> | undefined>(`build:${id}`, db());
  const valid = build && build.id === id && typeof build.code === "string" && typeof build.source === "string" && typeof build.version === "number";
  return valid ? (build as Build) : undefined;
}

/**
 * The project edited most recently in any tab, if any.
 *
 * @example
 * const last = await lastProject(); // a new tab starts from last?.source
 */
export async function lastProject(): Promise<Project | undefined> {
  const id = await get<unknown>("last", db());
  return typeof id === "string" ? loadProject(id).catch(() => undefined) : undefined;
}

/**
 * Reads the state of the project's last run (undefined if it never ran).
 *
 * @example
 * if ((await getRunState(id)) === "hung") offerRunButton();
 */
export async function getRunState(id: string): Promise<RunState | undefined> {
  const state = await get<unknown>(`run:${id}`, db());
  return state === "running" || state === "ok" || state === "hung" || state === "crashed" ? state : undefined;
}

/**
 * Records the state of the project's current run.
 *
 * @example
 * await setRunState(id, "running");
 */
export function setRunState(id: string, state: RunState): Promise<void> {
  return set(`run:${id}`, state, db());
}

/**
 * Marks a run finished ("ok") unless the worker has meanwhile recorded it as "hung", in one
 * read-write transaction.
 *
 * @example
 * await finishRun(id);
 */
export function finishRun(id: string): Promise<void> {
  return update<RunState | undefined>(`run:${id}`, (state) => (state === "running" ? "ok" : state), db());
}

/** The kinds of record kept per project, as key prefixes (`jar` and `secret`: from before previews had their own origins). */
const PROJECT_RECORDS = ["project", "build", "run", "jar", "secret"] as const;

/**
 * Deletes every record of the projects not edited for `maxAgeMs`, except `keep` (this tab's)
 * and the most recently edited one; returns the ids deleted. Such a project belongs to a tab
 * closed long ago: a new tab starts from the last project, and a restored tab's link still
 * carries its code in the hash.
 *
 * @example
 * await pruneProjects(tabProjectId(), 30 * 24 * 3600 * 1000); // → ["k3x9q2ab", …]
 */
export async function pruneProjects(keep: string, maxAgeMs: number): Promise<string[]> {
  const all = await entries<IDBValidKey, unknown>(db());
  const last = all.find(([key]) => key === "last")?.[1];
  const cutoff = Date.now() - maxAgeMs;
  const stale = all
    .filter(([key, value]) => typeof key === "string" && key.startsWith("project:") && ((value as Project).savedAt ?? 0) < cutoff)
    .map(([key]) => (key as string).slice("project:".length))
    .filter((id) => id !== keep && id !== last);
  if (stale.length > 0) await delMany(stale.flatMap((id) => PROJECT_RECORDS.map((kind) => `${kind}:${id}`)), db());
  return stale;
}
