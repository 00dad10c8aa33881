/**
 * Which project this tab edits and what source it starts with.
 *
 * Each tab keeps its own project id in sessionStorage (it survives reloads, and a second tab
 * gets a new id), so two tabs never overwrite each other. The starting source comes from the
 * link's hash, else this tab's autosave, else the project edited last in any tab, else the
 * default example, as the sandbox contract says.
 *
 * A sandbox that another site opened or frames is "isolated": it works on its own project,
 * from the link or the embedder, and never on the visitor's saved ones (no autosave of another
 * tab, no "last" project), so a foreign page cannot read them through the sandbox's API.
 */
import { CorruptRecordError, getRunState, lastProject, loadProject, saveProject, type Project, type RunState } from "./store.ts";
import { PROJECT_ID } from "./origins.ts";
import { decodeHash } from "./share.ts";

const ID_KEY = "onefile.projectId";

/** A new project id: 12 lowercase hex digits, which fit in a host name. */
export function newProjectId(): string {
  return crypto.randomUUID().replace(/-/g, "").slice(0, 12);
}

/**
 * This tab's project id (created on first use).
 *
 * @example
 * const id = tabProjectId(); // "k3x9q2ab04fe"
 */
export function tabProjectId(): string {
  let id = sessionStorage.getItem(ID_KEY);
  if (!id || !PROJECT_ID.test(id)) {
    id = newProjectId();
    sessionStorage.setItem(ID_KEY, id);
  }
  return id;
}

/**
 * True when another site opened this window or frames it: then the sandbox works on its own
 * project only (see the module comment).
 *
 * @example
 * const id = isolatedContext() ? newProjectId() : tabProjectId();
 */
export function isolatedContext(): boolean {
  if (window.top !== window) return true;
  if (!window.opener) return false;
  try {
    return (window.opener as Window).location.origin !== location.origin;
  } catch {
    return true; // A cross-origin opener cannot even be asked.
  }
}

/** Where the starting source came from, plus messages to show (nothing is lost). */
export interface StartingPoint {
  project: Project;
  from: "link" | "autosave" | "last" | "default";
  linkError?: string;
  /** The saved project could not be read (see store.ts's CorruptRecordError). */
  storageError?: string;
  /**
   * The state of the last run of this code: this project's, or the "last" project's when the
   * tab starts from it (a new tab must not run a project that hung or crashed another one).
   */
  runState?: RunState;
}

/**
 * Decides the starting source and saves it as this tab's project before anything runs.
 * `isolated`: see {@link isolatedContext}.
 *
 * @example
 * const start = await openProject(tabProjectId(), location.hash, examples["hello"], { isolated: false });
 */
export async function openProject(id: string, hash: string, defaultSource: string, { isolated }: { isolated: boolean }): Promise<StartingPoint> {
  const link = decodeHash(hash);
  let storageError: string | undefined;
  const saved = await loadProject(id).catch((error: unknown) => {
    if (!(error instanceof CorruptRecordError)) throw error;
    storageError = error.message;
    return undefined;
  });
  let source: string;
  let from: StartingPoint["from"];
  // Whose last run decides whether this one waits for "Run": that of the same code only.
  let ranAs: string | undefined;
  if (link?.ok) {
    source = link.source;
    from = "link";
    if (saved?.source === source) ranAs = id;
  } else if (saved) {
    source = saved.source;
    from = "autosave";
    ranAs = id;
  } else {
    const last = isolated ? undefined : await lastProject();
    source = last?.source ?? defaultSource;
    from = last ? "last" : "default";
    ranAs = last?.id;
  }
  const runState = ranAs === undefined ? undefined : await getRunState(ranAs).catch(() => undefined);
  const project: Project =
    saved && saved.source === source
      ? saved
      : { id, source, version: (saved?.version ?? 0) + 1, savedAt: Date.now() };
  if (project !== saved) await saveProject(project, { remember: !isolated });
  const start: StartingPoint = { project, from };
  if (link && !link.ok) start.linkError = link.error;
  if (storageError) start.storageError = storageError;
  if (runState) start.runState = runState;
  return start;
}
