/**
 * The host page of a preview origin (`/__onefile/host.html`), framed hidden by the editor: the
 * editor's only way into the project's origin. It
 *
 * - registers the origin's service worker (worker/sw.ts) and starts the runner
 *   (worker/runner.ts), a dedicated worker that runs the project, and connects the two;
 * - takes the editor's orders (load a build, stop, where is the preview, back and forward),
 *   only from its parent and only from the editor's origin;
 * - passes the runner's log to the editor, and says when the runner stops answering pings
 *   (a hang the loop guard cannot see), so the editor can offer "Stop".
 */
import { SW_PATH, type Build, type EditorRequest, type HostEvent, type HostReply, type LoadReply, type RunnerEvent, type RunnerRequest, type TestReply, type WorkerControl } from "../../worker/protocol.ts";
import { isEditorOrigin } from "../origins.ts";
import type { DataRequest } from "../../worker/db/protocol.ts";
import { EDITOR_ORIGINS } from "../build-settings.ts";

/** How often the runner is pinged, and after how long without an answer it counts as busy. */
const PING_EVERY_MS = 500;
const BUSY_AFTER_MS = 3000;

const editorOrigin = location.ancestorOrigins?.[0] ?? (document.referrer ? new URL(document.referrer).origin : "");
const framed = window.parent !== window;

if (!framed || !isEditorOrigin(editorOrigin, new URL(location.href), EDITOR_ORIGINS)) {
  document.body.textContent = "This page belongs to the onefile sandbox, which frames it; it does nothing on its own.";
} else {
  start();
}

function start(): void {
  let runner = startRunner();
  let nextLoad = 0;
  const loads = new Map<number, (reply: LoadReply) => void>();
  const tests = new Map<number, (reply: TestReply) => void>();
  const dataReplies = new Map<number, (reply: { ok: boolean; result?: unknown; error?: string | undefined }) => void>();
  let pinged = 0;
  let answered = 0;
  let pingSentAt = 0;
  let busy = false;

  const toEditor = (message: HostEvent | HostReply) => window.parent.postMessage(message, editorOrigin);

  function startRunner(): Worker {
    const worker = new Worker(new URL("../../worker/runner.ts", import.meta.url), { type: "module", name: "onefile runner" });
    worker.addEventListener("message", (event: MessageEvent<RunnerEvent>) => fromRunner(event.data));
    worker.addEventListener("error", (event) => toEditor({ type: "onefile:log", entries: [{ kind: "error", text: `The runner failed: ${event.message}` }] }));
    return worker;
  }

  function toRunner(message: RunnerRequest, transfer: Transferable[] = []): void {
    runner.postMessage(message, transfer);
  }

  function fromRunner(message: RunnerEvent): void {
    if (message.type === "pong") {
      answered = Math.max(answered, message.n);
      if (busy && answered === pinged) {
        busy = false;
        toEditor({ type: "onefile:idle" });
      }
    } else if (message.type === "loaded") {
      loads.get(message.requestId)?.(message.reply);
      loads.delete(message.requestId);
    } else if (message.type === "tested") {
      tests.get(message.requestId)?.(message.reply);
      tests.delete(message.requestId);
    } else if (message.type === "log") {
      toEditor({ type: "onefile:log", entries: message.entries });
    } else if (message.type === "hung") {
      toEditor({ type: "onefile:hung" });
    } else if (message.type === "database") {
      toEditor({ type: "onefile:database", status: message.status });
    } else if (message.type === "data-reply") {
      dataReplies.get(message.requestId)?.(message);
      dataReplies.delete(message.requestId);
    }
  }

  // The runner's heartbeat: a thread held by user code answers no ping.
  setInterval(() => {
    if (answered < pinged) {
      const waited = performance.now() - pingSentAt;
      if (waited >= BUSY_AFTER_MS) {
        busy = true;
        toEditor({ type: "onefile:busy", ms: Math.round(waited) });
      }
      return;
    }
    pingSentAt = performance.now();
    toRunner({ type: "ping", n: ++pinged });
  }, PING_EVERY_MS);

  let connectedWorker: ServiceWorker | null = null;

  /** Gives the service worker a fresh port to the runner. */
  async function connectWorker(replaced: boolean): Promise<void> {
    const registration = await navigator.serviceWorker.ready;
    const channel = new MessageChannel();
    toRunner({ type: "connect" }, [channel.port1]);
    connectedWorker = registration.active;
    connectedWorker?.postMessage({ type: "connect", replaced } satisfies WorkerControl, [channel.port2]);
  }

  function load(build: Build): Promise<LoadReply> {
    const requestId = ++nextLoad;
    return new Promise<LoadReply>((resolve) => {
      loads.set(requestId, resolve);
      toRunner({ type: "load", requestId, build });
    });
  }

  /** Runs the tests (or a tutorial step's checks) in the runner, on a fresh copy of the project. */
  function test(checks: string | undefined): Promise<TestReply> {
    const requestId = ++nextLoad;
    return new Promise<TestReply>((resolve) => {
      tests.set(requestId, resolve);
      toRunner(checks === undefined ? { type: "test", requestId } : { type: "test", requestId, checks });
    });
  }

  /** Passes a data tool's request to the runner; resolves with its result or rejects with its error. */
  function data(request: DataRequest): Promise<unknown> {
    const requestId = ++nextLoad;
    return new Promise((resolve, reject) => {
      dataReplies.set(requestId, (reply) => (reply.ok ? resolve(reply.result) : reject(new Error(reply.error))));
      toRunner({ type: "data", requestId, request }, request.op === "open" ? [request.bytes] : []);
    });
  }

  function stop(): void {
    runner.terminate();
    for (const resolve of tests.values()) {
      resolve({ ok: false, phase: "load", error: { message: "Stopped: the project was stopped before its tests finished.", line: 0, column: 0 } });
    }
    tests.clear();
    for (const settle of dataReplies.values()) settle({ ok: false, error: "The project was stopped." });
    dataReplies.clear();
    for (const resolve of loads.values()) {
      resolve({ ok: false, version: 0, phase: "stopped", error: { message: "Stopped: the project was stopped before it finished loading.", line: 0, column: 0 } });
    }
    loads.clear();
    runner = startRunner();
    pinged = answered = 0;
    if (busy) {
      busy = false;
      toEditor({ type: "onefile:idle" });
    }
    void connectWorker(true);
  }

  async function precache(): Promise<void> {
    const registration = await navigator.serviceWorker.ready;
    const files = performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(`${location.origin}/__onefile/`));
    const channel = new MessageChannel();
    const reply = new Promise<{ ok: boolean; error?: string }>((resolve) => (channel.port1.onmessage = (event) => resolve(event.data)));
    registration.active?.postMessage({ type: "precache", files } satisfies WorkerControl, [channel.port2]);
    const { ok, error } = await reply;
    if (!ok) throw new Error(error);
  }

  /** The URL of the editor's frame number `frame`, or null when it shows another origin. */
  function locate(frame: number): string | null {
    try {
      const target = window.parent.frames[frame];
      return target && target.location.origin === location.origin ? target.location.href : null;
    } catch {
      return null;
    }
  }

  async function handle(request: EditorRequest): Promise<unknown> {
    switch (request.type) {
      case "onefile:load":
        return load(request.build);
      case "onefile:stop":
        return stop();
      case "onefile:locate":
        return locate(request.frame);
      case "onefile:go":
        window.parent.frames[request.frame]?.history.go(request.delta);
        return null;
      case "onefile:ping":
        return { busy };
      case "onefile:precache":
        return precache();
      case "onefile:test":
        return test(typeof request.checks === "string" ? request.checks : undefined);
      case "onefile:data":
        return data(request.request);
    }
  }

  window.addEventListener("message", (event: MessageEvent<EditorRequest>) => {
    // Orders come from the editor that frames this page, and from nowhere else.
    if (event.source !== window.parent || event.origin !== editorOrigin) return;
    const request = event.data;
    if (!request || typeof request.type !== "string" || typeof request.requestId !== "number") return;
    handle(request).then(
      (result) => toEditor({ type: "onefile:reply", requestId: request.requestId, ok: true, result: result ?? null }),
      (error: unknown) => toEditor({ type: "onefile:reply", requestId: request.requestId, ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });

  // Builds may come now: the runner takes them while the service worker installs.
  toEditor({ type: "onefile:host-started" });
  if (!("serviceWorker" in navigator)) {
    toEditor({ type: "onefile:host-failed", message: "This browser has no service workers here (is this a secure context?), so the preview cannot run." });
    return;
  }
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent<WorkerControl>) => {
    if (event.data?.type === "need-port") void connectWorker(false);
  });
  navigator.serviceWorker.startMessages();
  // A reload or a Stop of the editor takes this page and its runner away: the worker must not
  // forward the next request to a runner that is gone.
  window.addEventListener("pagehide", () => connectedWorker?.postMessage({ type: "disconnect" } satisfies WorkerControl));
  navigator.serviceWorker
    .register(SW_PATH, { scope: "/", type: "module" })
    .then(() => connectWorker(false))
    .then(
      () => toEditor({ type: "onefile:host-ready" }),
      (error: unknown) =>
        toEditor({
          type: "onefile:host-failed",
          message:
            `The preview's service worker could not start: ${String(error)} ` +
            "Each project runs on its own site, framed by the sandbox; this browser refuses storage to such frames " +
            "(third-party cookies blocked without storage partitioning).",
        }),
    );
}
