/**
 * What travels between the four parties of a preview, and the paths a preview origin reserves.
 *
 * ```
 *  editor page (editor origin)  ── postMessage ──  host page  /__onefile/host.html  (preview origin)
 *                                                    │ owns                 │ connects
 *                                                 runner (dedicated worker) ◄── MessagePort ── service worker
 *                                                 runs the project's build       forwards the origin's requests
 * ```
 *
 * The editor never talks to the service worker or the runner directly: they live on the
 * project's own origin. Every message that crosses the origin boundary is checked by origin
 * and source on arrival; whatever arrives from a preview origin is treated as the project's
 * own (untrusted) code would be.
 */
import type { DataRequest, DatabaseStatus } from "./db/protocol.ts";

import type { TestRun } from "../core/test/runner.ts";

/** Paths under this prefix on a preview origin belong to the sandbox, not to the project. */
export const RESERVED_PREFIX = "/__onefile/";

/** The page the editor frames (hidden) on a preview origin: its only window into that origin. */
export const HOST_PATH = "/__onefile/host.html";

/** The preview origin's service worker script (scope "/", allowed by a response header). */
export const SW_PATH = "/__onefile/sw.js";

/** The function compiled code calls on every loop iteration (app/compile.ts inserts the calls). */
export const GUARD_NAME = "__onefileLoopGuard";

/** An error located in the user's source (1-based line and column; 0 when unknown). */
export interface CompileError {
  message: string;
  line: number;
  column: number;
}

/** A name the user's file imports from "onefile" as a value, and where (1-based). */
export interface ImportedName {
  name: string;
  line: number;
  column: number;
}

/**
 * One compiled version of a project: what the runner evaluates. `source` travels beside
 * `code` for the DEBUG page's excerpts. Lines are the same in both; `columns` maps a
 * compiled column back to the source's (VLQ, as a source map's `mappings`).
 */
export interface Build {
  id: string;
  version: number;
  source: string;
  code: string;
  /** Value imports from "onefile": checked against its exports before any code runs, as Node links them. */
  imports?: ImportedName[];
  /** Columns of `code` → columns of `source`, line by line. */
  columns?: string;
  /**
   * The app label a new database names its tables with (`polls` → `polls_question`), as Node
   * names them after the file: the example's name, or the label of a link's data. A database
   * that has tables keeps the label they were made with.
   */
  appLabel?: string;
}

/**
 * The runner's answer to a build: it serves it from now on, or it failed to load ("load"), or
 * the runner was stopped before it finished ("stopped": the code hung, see the host page).
 */
export type LoadReply =
  | { ok: true; version: number; ms: number }
  | { ok: false; version: number; error: CompileError; phase: "load" | "stopped" };

/**
 * The runner's answer to a test request: the tests ran (whatever their outcome), or the project
 * (or a tutorial step's checks) did not load. See worker/project-tests.ts.
 */
export type TestReply = { ok: true; run: TestRun } | { ok: false; error: CompileError; phase: "load" | "checks" };

/** One line of the log panel. */
export type LogEntry =
  | { kind: "request"; method: string; path: string; status: number; ms: number }
  | { kind: "console"; level: "log" | "info" | "warn" | "error" | "debug"; text: string }
  | { kind: "error"; text: string };

/** Editor → host page. Each gets one {@link HostReply} with the same `requestId`. */
export type EditorRequest =
  | { type: "onefile:load"; requestId: number; build: Build }
  /** Terminates the runner (whatever it is doing) and starts an empty one. */
  | { type: "onefile:stop"; requestId: number }
  /** Where the editor's frame number `frame` is: its URL, or null when it left the origin. */
  | { type: "onefile:locate"; requestId: number; frame: number }
  /** `history.go(delta)` in the editor's frame number `frame`. */
  | { type: "onefile:go"; requestId: number; frame: number; delta: number }
  | { type: "onefile:ping"; requestId: number }
  /** Caches the host page and scripts, so the preview opens offline after this visit. */
  | { type: "onefile:precache"; requestId: number }
  /** Runs the loaded build's tests, or `checks` (a tutorial step's, compiled) instead; the reply's result is a {@link TestReply}. */
  | { type: "onefile:test"; requestId: number; checks?: string }
  /** A data tool's request for the project's database (worker/db/protocol.ts). */
  | { type: "onefile:data"; requestId: number; request: DataRequest };

/** Host page → editor: the reply to one {@link EditorRequest}. */
export interface HostReply {
  type: "onefile:reply";
  requestId: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

/** Host page → editor: news nobody asked for. */
export type HostEvent =
  /** The host page listens, and its runner is starting: builds can be sent (the runner takes them once it runs). */
  | { type: "onefile:host-started" }
  /** The runner and the service worker are up: the preview can show. */
  | { type: "onefile:host-ready" }
  /** The preview cannot run here; `message` says why (no service workers in this frame, say). */
  | { type: "onefile:host-failed"; message: string }
  | { type: "onefile:log"; entries: LogEntry[] }
  /** The runner has not answered a ping for `ms`: something holds its thread. */
  | { type: "onefile:busy"; ms: number }
  | { type: "onefile:idle" }
  /** The loop guard or the time limit stopped a request: the next visit should ask before running. */
  | { type: "onefile:hung" }
  /** The project's database after a load: whether it has one, schema changes, or why it cannot be read. */
  | { type: "onefile:database"; status: DatabaseStatus };

/** Host page → runner. */
export type RunnerRequest =
  | { type: "load"; requestId: number; build: Build }
  | { type: "ping"; n: number }
  /** The port the service worker forwards requests on (transferred with the message). */
  | { type: "connect" }
  | { type: "test"; requestId: number; checks?: string }
  | { type: "data"; requestId: number; request: DataRequest };

/** Runner → host page. */
export type RunnerEvent =
  | { type: "loaded"; requestId: number; reply: LoadReply }
  | { type: "tested"; requestId: number; reply: TestReply }
  | { type: "pong"; n: number }
  | { type: "log"; entries: LogEntry[] }
  | { type: "hung" }
  | { type: "database"; status: DatabaseStatus }
  | { type: "data-reply"; requestId: number; ok: boolean; result?: unknown; error?: string };

/** Host page ↔ service worker. */
export type WorkerControl =
  /** Host → worker: the port to the runner (transferred). `replaced`: the old runner was stopped. */
  | { type: "connect"; replaced: boolean }
  /** Host → worker: the host page is going away, and its runner with it. */
  | { type: "disconnect" }
  /** Worker → host: a request arrived and there is no runner port (the worker was restarted). */
  | { type: "need-port" }
  /** Host → worker: cache these host files (the ones the host page loaded); the reply comes on the transferred port. */
  | { type: "precache"; files: string[] };

/** A request as the service worker forwards it to the runner. */
export interface ForwardedRequest {
  type: "request";
  id: number;
  method: string;
  url: string;
  headers: [string, string][];
  /** The fetch event's `request.referrer` (browsers hide the `Referer` header from workers). */
  referrer: string;
  body: ArrayBuffer | null;
}

/** The runner's response to a {@link ForwardedRequest}; a stream body is transferred. */
export interface ForwardedResponse {
  type: "response";
  id: number;
  status: number;
  headers: [string, string][];
  body: ArrayBuffer | ReadableStream<Uint8Array> | null;
}
