/**
 * The sandbox's IndexedDB storage, shared by the page (which saves every edit first) and the
 * service worker (which may be stopped at any moment and must rebuild everything from here).
 *
 * One key-value store, keys prefixed by kind:
 * - `project:<id>` → {@link Project}, written by the page on every edit;
 * - `build:<id>` → the {@link Build} last run: the page compiles and writes it, the worker runs it;
 * - `run:<id>` → {@link RunState}, whether the last run finished or hung;
 * - `jar:<id>` → the project's cookie jar, written by the worker;
 * - `secret:<id>` → the SECRET_KEY the worker gives a project that sets none;
 * - `last` → the id of the project edited most recently (a new tab starts from it).
 *
 * Every tab makes a project, so {@link pruneProjects} deletes those left untouched for weeks.
 */
import { createStore, get, set, setMany, update, del, delMany, entries } from "idb-keyval";
import type { UseStore } from "idb-keyval";
import type { JarState } from "./cookies.ts";
import type { Build } from "./protocol.ts";

/** A saved single-file project. `version` grows with every saved edit. */
export interface Project {
  id: string;
  source: string;
  version: number;
  savedAt: number;
}

/** "running" while a run is in flight, "ok" once it showed, "hung" if a guard or timeout fired. */
export type RunState = "running" | "ok" | "hung";

let store: UseStore | undefined;
function db(): UseStore {
  store ??= createStore("onefile-sandbox", "kv");
  return store;
}

/**
 * Reads a project, or undefined if none was saved under that id.
 *
 * @example
 * const project = await loadProject("k3x9q2");
 */
export function loadProject(id: string): Promise<Project | undefined> {
  return get<Project>(`project:${id}`, db());
}

/**
 * Saves a project and records it as the most recently edited one, in one transaction.
 *
 * @example
 * await saveProject({ id, source, version: 2, savedAt: Date.now() });
 */
export function saveProject(project: Project): Promise<void> {
  return setMany(
    [
      [`project:${project.id}`, project],
      ["last", project.id],
    ],
    db(),
  );
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
 * The build the project last ran, which a restarted worker serves (undefined if it never ran).
 *
 * @example
 * const build = await loadBuild(id);
 */
export function loadBuild(id: string): Promise<Build | undefined> {
  return get<Build>(`build:${id}`, db());
}

/**
 * The project edited most recently in any tab, if any.
 *
 * @example
 * const last = await lastProject(); // a new tab starts from last?.source
 */
export async function lastProject(): Promise<Project | undefined> {
  const id = await get<string>("last", db());
  return id === undefined ? undefined : loadProject(id);
}

/**
 * Reads the state of the project's last run (undefined if it never ran).
 *
 * @example
 * if ((await getRunState(id)) === "hung") offerRunButton();
 */
export function getRunState(id: string): Promise<RunState | undefined> {
  return get<RunState>(`run:${id}`, db());
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

/**
 * Reads a project's cookie jar (empty if none).
 *
 * @example
 * const jar = await loadJar(id);
 */
export async function loadJar(id: string): Promise<JarState> {
  return (await get<JarState>(`jar:${id}`, db())) ?? {};
}

/**
 * Writes a project's cookie jar; an empty jar is deleted.
 *
 * @example
 * await saveJar(id, { sessionid: { value: "abc" } });
 */
export function saveJar(id: string, jar: JarState): Promise<void> {
  return Object.keys(jar).length === 0 ? del(`jar:${id}`, db()) : set(`jar:${id}`, jar, db());
}

/**
 * The SECRET_KEY for a project that sets none, made once and kept, so its signed session and
 * CSRF cookies stay valid when the browser stops and restarts the worker (a key made per App
 * instance would change with every restart and silently empty the session).
 *
 * @example
 * app.configure({ SECRET_KEY: await projectSecretKey(id) });
 */
export async function projectSecretKey(id: string): Promise<string> {
  let key: string | undefined;
  await update<string>(
    `secret:${id}`,
    (existing) => {
      key = existing ?? randomKey();
      return key;
    },
    db(),
  );
  return key!;
}

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The kinds of record kept per project, as key prefixes. */
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
