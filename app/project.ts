/**
 * Which project this tab edits and what source it starts with.
 *
 * Each tab keeps its own project id in sessionStorage (it survives reloads, and a second tab
 * gets a new id), so two tabs never overwrite each other. The starting source comes from the
 * link's hash, else this tab's autosave, else the project edited last in any tab, else the
 * default example, as the sandbox contract says.
 */
import { lastProject, loadProject, saveProject, type Project } from "../worker/store.ts";
import { decodeHash } from "./share.ts";

const ID_KEY = "onefile.projectId";

/**
 * This tab's project id (created on first use).
 *
 * @example
 * const id = tabProjectId(); // "k3x9q2ab"
 */
export function tabProjectId(): string {
  let id = sessionStorage.getItem(ID_KEY);
  if (!id || !/^[A-Za-z0-9_-]+$/.test(id)) {
    id = crypto.randomUUID().replace(/-/g, "").slice(0, 12);
    sessionStorage.setItem(ID_KEY, id);
  }
  return id;
}

/** Where the starting source came from, plus a link error to show (nothing is lost). */
export interface StartingPoint {
  project: Project;
  from: "link" | "autosave" | "last" | "default";
  linkError?: string;
}

/**
 * Decides the starting source and saves it as this tab's project before anything runs.
 *
 * @example
 * const start = await openProject(tabProjectId(), location.hash, examples["hello"]);
 */
export async function openProject(id: string, hash: string, defaultSource: string): Promise<StartingPoint> {
  const link = decodeHash(hash);
  const saved = await loadProject(id);
  let source: string;
  let from: StartingPoint["from"];
  if (link?.ok) {
    source = link.source;
    from = "link";
  } else if (saved) {
    source = saved.source;
    from = "autosave";
  } else {
    const last = await lastProject();
    source = last?.source ?? defaultSource;
    from = last ? "last" : "default";
  }
  const project: Project =
    saved && saved.source === source
      ? saved
      : { id, source, version: (saved?.version ?? 0) + 1, savedAt: Date.now() };
  if (project !== saved) await saveProject(project);
  const start: StartingPoint = { project, from };
  if (link && !link.ok) start.linkError = link.error;
  return start;
}
