/**
 * Messages between the sandbox page and the service worker. Page → worker messages go through
 * workbox-window's `messageSW`, which correlates each reply with its request over a
 * MessageChannel; worker → page log messages are posted to every window client and filtered by
 * project id on the page.
 */

/** The URL prefix every preview lives under: `/preview/<id>/…`. */
export const PREVIEW_PREFIX = "/preview/";

/** The function compiled code calls on every loop iteration (app/compile.ts inserts the calls). */
export const GUARD_NAME = "__onefileLoopGuard";

/** An error located in the user's source (1-based line and column; 0 when unknown). */
export interface CompileError {
  message: string;
  line: number;
  column: number;
}

/**
 * One compiled version of a project: what the worker evaluates. The page compiles and saves
 * it to IndexedDB (`build:<id>`) before asking the worker to load it, so a restarted worker
 * rebuilds from the same record; `source` is kept beside `code` for the DEBUG page's excerpts.
 */
export interface Build {
  id: string;
  version: number;
  source: string;
  code: string;
}

/** Page → worker: evaluate this build and serve it from now on. */
export interface LoadMessage {
  type: "load";
  build: Build;
}

/** Page → worker: cache the app shell so the sandbox opens offline (sent after the first preview). */
export interface PrecacheMessage {
  type: "precache";
}

/**
 * Page → worker: take control of this page now. A page opened with a hard reload is left
 * uncontrolled by an already active worker, and `clients.claim()` on activation covers only a
 * first visit; the page's own requests to `/preview/` need a controller.
 */
export interface ClaimMessage {
  type: "claim";
}

/** Worker → page: the reply to {@link LoadMessage}. */
export type LoadReply =
  | { ok: true; version: number; ms: number }
  | { ok: false; version: number; error: CompileError; phase: "load" };

/** One line of the log panel. */
export type LogEntry =
  | { kind: "request"; method: string; path: string; status: number; ms: number }
  | { kind: "console"; level: "log" | "info" | "warn" | "error" | "debug"; text: string }
  | { kind: "error"; text: string };

/** Worker → page: a log entry for one project. */
export interface LogMessage {
  type: "onefile:log";
  id: string;
  entry: LogEntry;
}

/**
 * Splits a preview URL path into project id and the path inside the preview.
 *
 * @example
 * parsePreviewPath("/preview/abc/hello/7/"); // → { id: "abc", rest: "/hello/7/" }
 * parsePreviewPath("/assets/x.js");          // → null
 */
export function parsePreviewPath(pathname: string): { id: string; rest: string } | null {
  if (!pathname.startsWith(PREVIEW_PREFIX)) return null;
  const tail = pathname.slice(PREVIEW_PREFIX.length);
  const slash = tail.indexOf("/");
  const id = slash === -1 ? tail : tail.slice(0, slash);
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  return { id, rest: slash === -1 ? "/" : tail.slice(slash) };
}
