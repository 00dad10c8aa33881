/**
 * Which project id a tab opens, now that a project's data lives on its preview origin
 * (`<id>.localhost`): the id decides whose database the preview sees.
 *
 * - A sandbox another site opened or frames works on a new project (see project.ts).
 * - A link that carries data (`#code=…&data=…`) opens a new project, so its rows go into a fresh
 *   database, never into one the visitor already has.
 * - A reload keeps the tab's project (sessionStorage).
 * - A new tab continues the project edited last in this browser, with its data, when no open
 *   tab has it and the tab opens no link or a link to that very code: closing the browser and
 *   opening the sandbox, or the same link, again finds the votes where they were. Otherwise it
 *   starts a new project, as before.
 *
 * Each tab holds a Web Lock named after its project while it is open; that is how a new tab
 * knows the last project is in use.
 */
import { decodeHash } from "./share.ts";
import { PROJECT_ID } from "./origins.ts";
import { newProjectId, tabProjectId } from "./project.ts";

const TAB_KEY = "onefile.projectId";
const LAST_KEY = "onefile.lastProject";

/** What this browser remembers of the project edited last: its id and a digest of its code. */
interface LastProject {
  id: string;
  digest: string;
}

/**
 * Picks this tab's project id (see the module comment) and holds its lock.
 *
 * @example
 * const id = await chooseProjectId(location.hash, { isolated: isolatedContext() });
 */
export async function chooseProjectId(hash: string, { isolated }: { isolated: boolean }): Promise<string> {
  const link = decodeHash(hash);
  let id: string;
  if (isolated) id = newProjectId();
  else if (link?.ok && link.data !== undefined) id = adopt(newProjectId());
  else if (sessionStorage.getItem(TAB_KEY)) id = tabProjectId();
  else {
    const last = readLast();
    const sameCode = !link?.ok || (last !== null && digest(link.source) === last.digest);
    id = last && sameCode && !(await inUse(last.id)) ? adopt(last.id) : tabProjectId();
  }
  holdLock(id);
  return id;
}

/**
 * Remembers `id` as the project edited last in this browser, with a digest of its code.
 *
 * @example
 * rememberLastProject(id, editor.getValue());
 */
export function rememberLastProject(id: string, source: string): void {
  try {
    localStorage.setItem(LAST_KEY, JSON.stringify({ id, digest: digest(source) } satisfies LastProject));
  } catch {
    // Storage refused (private mode, quota): a new tab starts a new project, as before.
  }
}

function adopt(id: string): string {
  sessionStorage.setItem(TAB_KEY, id);
  return id;
}

function readLast(): LastProject | null {
  try {
    const last = JSON.parse(localStorage.getItem(LAST_KEY) ?? "null") as Partial<LastProject> | null;
    return last && typeof last.id === "string" && PROJECT_ID.test(last.id) && typeof last.digest === "string" ? (last as LastProject) : null;
  } catch {
    return null;
  }
}

const lockName = (id: string) => `onefile-project:${id}`;

async function inUse(id: string): Promise<boolean> {
  if (!navigator.locks) return true; // Cannot tell: do not share a project between tabs.
  const { held = [] } = await navigator.locks.query();
  return held.some((lock) => lock.name === lockName(id));
}

function holdLock(id: string): void {
  // Held until the tab closes: the callback's promise never settles.
  void navigator.locks?.request(lockName(id), () => new Promise<never>(() => {})).catch(() => {});
}

/** A short digest of a source (FNV-1a, 32 bits, and the length): enough to tell two files apart here. */
function digest(source: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${source.length.toString(36)}-${hash.toString(36)}`;
}
