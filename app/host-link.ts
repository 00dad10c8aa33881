/**
 * The editor's link to a project's preview origin: a hidden frame showing that origin's host
 * page (app/preview-host/host.ts), and correlated postMessage requests to it.
 *
 * Messages are accepted only from that frame's window and only with the preview's origin; the
 * editor sends nothing but the project's own build, so a preview (which can script its host
 * page: same origin) learns nothing it did not have. The host is pinged now and then: a host
 * that stops answering means the preview's process crashed (out of memory, say) or its pages
 * hold the thread, and the editor says so.
 */
import type { DataRequest, DataResults, DatabaseStatus } from "../worker/db/protocol.ts";
import { HOST_PATH, type Build, type EditorRequest, type HostEvent, type HostReply, type LoadReply, type LogEntry } from "../worker/protocol.ts";

/** What the host page reports without being asked. */
export interface HostListener {
  log(entries: LogEntry[]): void;
  /** The runner has not answered for `ms`: user code holds its thread. */
  busy(ms: number): void;
  idle(): void;
  /** The loop guard or the time limit stopped a request. */
  hung(): void;
  /** The host page itself stopped answering (crashed, or its thread is held); `false` when it answers again. */
  unresponsive(lost: boolean): void;
  /** What the runner says of the project's database after a load. */
  database?(status: DatabaseStatus): void;
}

/** A request the host page never answered because it was thrown away ("Stop" after it stopped answering). */
export class HostRestartedError extends Error {
  override name = "HostRestartedError";
}

/** How often the host is pinged, and how long an answer may take before it counts as lost. */
const PING_EVERY_MS = 2000;
const LOST_AFTER_MS = 5000;
/** How long the host page may take to start (register its worker, start the runner). */
const START_TIMEOUT_MS = 20_000;

/** An {@link EditorRequest} before it gets its id. */
type Request = EditorRequest extends infer R ? (R extends unknown ? Omit<R, "requestId"> : never) : never;

/**
 * One project's host page.
 *
 * @example
 * const host = new HostLink("http://k3x9q2ab.localhost:4173", listener);
 * const reply = await host.load(build); // sent once the host page listens
 * if (reply.ok) await host.ready;       // its service worker is up: the preview can show
 */
export class HostLink {
  /**
   * Resolves when the host page listens (its runner starting): requests wait for it. Rejects
   * when the host page does not load in time.
   */
  started!: Promise<void>;
  /**
   * Resolves when the host's runner and service worker are up, so the preview can show;
   * rejects with the reason they cannot be.
   */
  ready!: Promise<void>;
  private frame!: HTMLIFrameElement;
  private nextId = 0;
  private replies = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private lastAnswer = performance.now();
  private lost = false;
  private pinger: ReturnType<typeof setInterval> | undefined;

  private listener: HostListener | null = null;
  /** What the host reported before anyone listened (the page's first script starts the host). */
  private early: ((listener: HostListener) => void)[] = [];

  constructor(
    readonly origin: string,
    listener?: HostListener,
  ) {
    if (listener) this.listener = listener;
    window.addEventListener("message", (event) => this.receive(event));
    this.open();
  }

  /** Sets who hears the host's news, with what it reported so far. */
  listen(listener: HostListener): void {
    this.listener = listener;
    for (const report of this.early.splice(0)) report(listener);
  }

  private report(news: (listener: HostListener) => void): void {
    if (this.listener) news(this.listener);
    else this.early.push(news);
  }

  /** Sends a build to the runner; resolves with its reply (never rejects for the code's own errors). */
  async load(build: Build): Promise<LoadReply> {
    return (await this.request({ type: "onefile:load", build })) as LoadReply;
  }

  /**
   * Runs the tests of the build loaded last, or a tutorial step's compiled `checks` instead, on a
   * fresh copy of the project. The answer comes from the preview origin: read it with
   * app/test-results.ts before showing it.
   */
  async test(checks?: string): Promise<unknown> {
    return this.request(checks === undefined ? { type: "onefile:test" } : { type: "onefile:test", checks });
  }

  /** Stops whatever the runner is doing (terminates it) and starts an empty one. */
  async stop(): Promise<void> {
    await this.request({ type: "onefile:stop" });
  }

  /** The URL the editor's frame `frame` shows, or null when it shows another origin. */
  async locate(frame: Window): Promise<string | null> {
    return (await this.request({ type: "onefile:locate", frame: frameIndex(frame) })) as string | null;
  }

  /** Moves the editor's frame `frame` through its history. */
  async go(frame: Window, delta: number): Promise<void> {
    await this.request({ type: "onefile:go", frame: frameIndex(frame), delta });
  }

  /** Sends a data tool's request to the project's runner (worker/db/protocol.ts). */
  async data<R extends DataRequest>(request: R): Promise<DataResults[R["op"]]> {
    return (await this.request({ type: "onefile:data", request })) as DataResults[R["op"]];
  }

  /** Asks the preview origin to cache its host files, so the preview opens offline later. */
  async precache(): Promise<void> {
    await this.ready;
    await this.request({ type: "onefile:precache" });
  }

  /**
   * Throws the host page away and opens a fresh one: the way out when it stopped answering
   * (its process crashed, or a page of the preview holds its thread).
   */
  restart(): void {
    this.close();
    this.open();
  }

  private open(): void {
    this.frame = document.createElement("iframe");
    this.frame.hidden = true;
    this.frame.title = "onefile preview host";
    this.frame.setAttribute("sandbox", "allow-scripts allow-same-origin");
    this.frame.src = this.origin + HOST_PATH;
    this.lost = false;
    this.lastAnswer = performance.now();
    const late = new Error(`The preview origin ${this.origin} did not start within ${START_TIMEOUT_MS / 1000} s.`);
    this.started = new Promise<void>((resolve, reject) => {
      this.listening = { resolve, reject };
      setTimeout(() => reject(late), START_TIMEOUT_MS);
    });
    this.ready = new Promise<void>((resolve, reject) => {
      this.up = { resolve, reject };
      setTimeout(() => reject(late), START_TIMEOUT_MS);
    });
    this.started.catch(() => {});
    this.ready.catch(() => {});
    document.body.append(this.frame);
    this.pinger = setInterval(() => this.ping(), PING_EVERY_MS);
  }

  private listening: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private up: { resolve: () => void; reject: (error: Error) => void } | undefined;

  private close(): void {
    clearInterval(this.pinger);
    this.frame.remove();
    for (const { reject } of this.replies.values()) reject(new HostRestartedError("The preview stopped answering and was restarted."));
    this.replies.clear();
  }

  private ping(): void {
    const waited = performance.now() - this.lastAnswer;
    if (waited > LOST_AFTER_MS && !this.lost) {
      this.lost = true;
      this.report((listener) => listener.unresponsive(true));
    }
    void this.request({ type: "onefile:ping" }).then(() => {}, () => {});
  }

  private async request(message: Request): Promise<unknown> {
    if (message.type !== "onefile:ping") await this.started;
    const requestId = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.replies.set(requestId, { resolve, reject });
      this.frame.contentWindow?.postMessage({ ...message, requestId }, this.origin);
    });
  }

  private receive(event: MessageEvent): void {
    // Only the host page's own window, on the preview's origin, is listened to.
    if (event.source !== this.frame.contentWindow || event.origin !== this.origin) return;
    const data = event.data as HostEvent | HostReply | null;
    if (!data || typeof data.type !== "string") return;
    this.lastAnswer = performance.now();
    if (this.lost) {
      this.lost = false;
      this.report((listener) => listener.unresponsive(false));
    }
    switch (data.type) {
      case "onefile:reply": {
        const waiter = this.replies.get(data.requestId);
        this.replies.delete(data.requestId);
        if (data.ok) waiter?.resolve(data.result);
        else waiter?.reject(new Error(String(data.error)));
        return;
      }
      case "onefile:host-started":
        return this.listening?.resolve();
      case "onefile:host-ready":
        this.listening?.resolve();
        return this.up?.resolve();
      case "onefile:host-failed":
        this.listening?.resolve();
        return this.up?.reject(new Error(String(data.message)));
      case "onefile:log":
        if (Array.isArray(data.entries)) {
          const entries = data.entries.filter(isLogEntry);
          this.report((listener) => listener.log(entries));
        }
        return;
      case "onefile:busy":
        return this.report((listener) => listener.busy(Number(data.ms) || 0));
      case "onefile:idle":
        return this.report((listener) => listener.idle());
      case "onefile:hung":
        return this.report((listener) => listener.hung());
      case "onefile:database":
        if (isDatabaseStatus(data.status)) {
          const status = data.status;
          this.report((listener) => listener.database?.(status));
        }
        return;
    }
  }
}

/** The index of a frame of this page in `window.frames`, which is how the host page finds it. */
function frameIndex(frame: Window): number {
  for (let i = 0; i < window.length; i++) if (window[i] === frame) return i;
  throw new Error("The preview frame is not in this page.");
}

/** A database status as the data tools can show it (whatever else a preview origin sends is dropped). */
function isDatabaseStatus(status: unknown): status is DatabaseStatus {
  const s = status as Partial<DatabaseStatus> | null;
  const strings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === "string");
  return (
    !!s &&
    typeof s.models === "boolean" &&
    (s.error === undefined || typeof s.error === "string") &&
    strings(s.applied) &&
    Array.isArray(s.pending) &&
    s.pending.every((p) => !!p && typeof p.description === "string" && typeof p.reason === "string")
  );
}

/** A log entry as the log panel can show it (whatever else a preview origin sends is dropped). */
function isLogEntry(entry: unknown): entry is LogEntry {
  const e = entry as Partial<Record<string, unknown>> | null;
  if (!e || typeof e !== "object") return false;
  if (e["kind"] === "request") return typeof e["method"] === "string" && typeof e["path"] === "string" && typeof e["status"] === "number" && typeof e["ms"] === "number";
  if (e["kind"] === "console") return typeof e["text"] === "string" && ["log", "info", "warn", "error", "debug"].includes(e["level"] as string);
  return e["kind"] === "error" && typeof e["text"] === "string";
}
