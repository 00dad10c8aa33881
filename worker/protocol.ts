/**
 * Messages between the sandbox page and the service worker. Page → worker messages go through
 * workbox-window's `messageSW`, which correlates each reply with its request over a
 * MessageChannel; worker → page log messages are posted to every window client and filtered by
 * project id on the page.
 */
import type { CompileError } from "./compile.ts";

/** The URL prefix every preview lives under: `/preview/<id>/…`. */
export const PREVIEW_PREFIX = "/preview/";

/**
 * Page → worker: (re)load a project, compile and evaluate it. The page has saved it to
 * IndexedDB first; `source` comes along so the worker need not read it back.
 */
export interface LoadMessage {
  type: "load";
  id: string;
  version?: number;
  source?: string;
}

/** Worker → page: the reply to {@link LoadMessage}. */
export type LoadReply =
  | { ok: true; version: number; ms: number }
  | { ok: false; version: number; error: CompileError; phase: "compile" | "load" };

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
