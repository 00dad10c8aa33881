/**
 * The runner: a dedicated worker, owned by the preview origin's host page, that runs one
 * project's build and answers the requests the service worker forwards to it.
 *
 * User code runs here rather than in the service worker because a dedicated worker can be
 * stopped: a hang the loop guard cannot see (a catastrophic regex) holds this thread, and the
 * host page's `worker.terminate()` ends it at once. A service worker stuck in a fetch event
 * cannot be ended by a page; Chromium only stops it minutes later.
 */
import { answer } from "./answer.ts";
import { buildRuntime, type LoadFailure, type ProjectRuntime } from "./runtime.ts";
import { runProjectTests } from "./project-tests.ts";
import { loadJar, projectSecretKey, saveJar } from "./preview-store.ts";
import { errorPage, notLoadedPage } from "./pages.ts";
import { FIRST_LINE_OFFSET, USER_FILE } from "./evaluate.ts";
import { ColumnMap, formatStack, type CallSite, type UserFile } from "./stack.ts";
import { attachDatabase, oneAtATime, runDataRequest } from "./db/runner-database.ts";
import type { DataRequest } from "./db/protocol.ts";
import type { Build, ForwardedRequest, ForwardedResponse, LoadReply, LogEntry, RunnerEvent, RunnerRequest, TestReply } from "./protocol.ts";

declare const self: DedicatedWorkerGlobalScope;

let runtime: Promise<ProjectRuntime | LoadFailure> | null = null;
/** The build loaded last: tests run on a fresh copy of it. */
let loaded: Build | null = null;
const user: UserFile = { fileName: USER_FILE, firstLineOffset: FIRST_LINE_OFFSET };

// Every stack in this worker is formatted here, so the DEBUG page, the log and the editor's
// overlay all read the user's own columns and names.
(Error as unknown as { prepareStackTrace: (error: unknown, sites: CallSite[]) => string }).prepareStackTrace = (error, sites) =>
  formatStack(error, sites, user);

/** The jar, read once and then changed in place; saved after each response that changes it. */
let jar: ReturnType<typeof loadJar> | undefined;
const jarOnce = () => (jar ??= loadJar().catch(() => ({})));
let secret: Promise<string> | undefined;
const secretOnce = () => (secret ??= projectSecretKey());

self.addEventListener("message", (event: MessageEvent<RunnerRequest>) => {
  const data = event.data;
  if (data.type === "ping") post({ type: "pong", n: data.n });
  else if (data.type === "connect" && event.ports[0]) listen(event.ports[0]);
  else if (data.type === "load") void load(data.build).then((reply) => post({ type: "loaded", requestId: data.requestId, reply }));
  else if (data.type === "test") void test(data.checks).then((reply) => post({ type: "tested", requestId: data.requestId, reply }));
  else if (data.type === "data") void dataRequest(data.requestId, data.request);
});

function post(message: RunnerEvent, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

/** Evaluates a build, replacing the one served so far. */
async function load(build: Build): Promise<LoadReply> {
  const started = performance.now();
  // The first request needs these; read them while the module evaluates.
  void jarOnce();
  user.map = build.columns ? new ColumnMap(build.columns) : undefined;
  const built = buildRuntime(build, log, { secretKeyFor: () => secretOnce(), hostname: self.location.hostname })
    .then((result) => withDatabase(result, build.appLabel))
    .catch((error: unknown): LoadFailure => ({ phase: "load", error: { message: String(error), line: 0, column: 0 } }));
  runtime = built;
  loaded = build;
  const result = await built;
  if ("app" in result) return { ok: true, version: build.version, ms: performance.now() - started };
  if (result.error.message.startsWith("LoopGuardError")) post({ type: "hung" });
  return { ok: false, version: build.version, phase: result.phase, error: result.error };
}

/** Runs the tests of the build loaded last (or a tutorial step's checks) on a fresh copy of it. */
async function test(checks: string | undefined): Promise<TestReply> {
  if (!loaded) return { ok: false, phase: "load", error: { message: "Nothing has run yet: there are no tests to run.", line: 0, column: 0 } };
  const host = { secretKeyFor: () => secretOnce(), hostname: self.location.hostname };
  // Each test of an app with models gets a database in memory (SQLite's chunk loads only then).
  const scratch = () => import("./db/project-database.ts").then(({ ProjectDatabase }) => ProjectDatabase.scratch());
  return runProjectTests(loaded, checks === undefined ? {} : { checks }, log, host, scratch).catch(
    (error: unknown): TestReply => ({ ok: false, phase: "load", error: { message: String(error), line: 0, column: 0 } }),
  );
}

/** Attaches the project's database to an app with models (before any request reaches it). */
async function withDatabase(result: ProjectRuntime | LoadFailure, labelHint: string | undefined): Promise<ProjectRuntime | LoadFailure> {
  if (!("app" in result)) return result;
  const status = await attachDatabase(result.app, labelHint);
  for (const change of status.applied) log({ kind: "console", level: "info", text: `Database: ${change}` });
  post({ type: "database", status });
  return result;
}

/** Runs a data tool's request and posts the outcome (a download's bytes are transferred). */
async function dataRequest(requestId: number, request: DataRequest): Promise<void> {
  try {
    const result = await runDataRequest(request);
    post({ type: "data-reply", requestId, ok: true, result }, result instanceof ArrayBuffer ? [result] : []);
  } catch (error) {
    post({ type: "data-reply", requestId, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}

/** Answers the requests the service worker sends on `port`. */
function listen(port: MessagePort): void {
  port.addEventListener("message", (event: MessageEvent<ForwardedRequest>) => {
    if (event.data?.type !== "request") return;
    void serve(event.data).then(
      (response) => port.postMessage(response, response.body ? [response.body] : []),
      (error: unknown) => port.postMessage(failure(event.data.id, error)),
    );
  });
  port.start();
}

async function serve(forwarded: ForwardedRequest): Promise<ForwardedResponse> {
  const started = performance.now();
  const url = new URL(forwarded.url);
  const path = url.pathname + url.search;
  const current = await runtime;
  let response: Response;
  let streaming = false;
  if (!current) {
    response = notLoadedPage();
  } else if (!("app" in current)) {
    response = errorPage(current);
  } else {
    const hasBody = forwarded.body !== null && forwarded.method !== "GET" && forwarded.method !== "HEAD";
    const request = new Request(forwarded.url, { method: forwarded.method, headers: forwarded.headers, body: hasBody ? forwarded.body : null });
    const cookies = await jarOnce();
    const result = await oneAtATime(current.app, () => answer(current, request, cookies, forwarded.referrer));
    response = result.response;
    streaming = result.streaming;
    if (result.jarChanged) void saveJar(cookies).catch((error: unknown) => log({ kind: "error", text: `The cookie jar could not be saved: ${String(error)}` }));
    if (result.hung) {
      post({ type: "hung" });
      log({ kind: "error", text: `${forwarded.method} ${path}: stopped (${result.status === 504 ? "time limit" : "loop guard"})` });
    }
  }
  log({ kind: "request", method: forwarded.method, path, status: response.status, ms: performance.now() - started });
  const body = response.body === null ? null : streaming ? response.body : await response.arrayBuffer();
  return { type: "response", id: forwarded.id, status: response.status, headers: [...response.headers], body };
}

function failure(id: number, error: unknown): ForwardedResponse {
  log({ kind: "error", text: `The preview could not answer: ${String(error)}` });
  const body = new TextEncoder().encode(`The preview could not answer: ${String(error)}`).buffer as ArrayBuffer;
  return { type: "response", id, status: 500, headers: [["content-type", "text/plain; charset=utf-8"]], body };
}

const pendingLogs: LogEntry[] = [];
let logTimer: ReturnType<typeof setTimeout> | undefined;

/** Queues a log entry for the editor; entries go in batches, off each request's critical path. */
function log(entry: LogEntry): void {
  pendingLogs.push(entry);
  logTimer ??= setTimeout(() => {
    logTimer = undefined;
    post({ type: "log", entries: pendingLogs.splice(0) });
  }, 20);
}
