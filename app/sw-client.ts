/**
 * The page's side of the service worker: registration through workbox-window, correlated
 * request/reply messages, and the log messages the worker broadcasts.
 */
import { Workbox, messageSW } from "workbox-window";
import type { Build, ClaimMessage, LoadMessage, LoadReply, LogEntry, LogMessage, PrecacheMessage } from "../worker/protocol.ts";

interface HotData {
  workbox?: Promise<ServiceWorker>;
}

let ready: Promise<ServiceWorker> | undefined;

/**
 * Registers the worker (once, even under the dev server's hot reload) and resolves with the
 * active worker, the one that answers the preview's requests. On a first visit this waits for
 * the worker to install and activate; the worker claims the page when it activates.
 *
 * @example
 * const worker = await startWorker();
 */
export function startWorker(): Promise<ServiceWorker> {
  const hot = import.meta.hot?.data as HotData | undefined;
  ready ??= hot?.workbox;
  if (ready) return ready;
  if (!("serviceWorker" in navigator)) {
    return Promise.reject(new Error("This browser has no service workers (or this is not a secure context), so the preview cannot run."));
  }
  // A module worker even in production: Chromium compiles a classic worker's whole script up
  // front when it installs it (for its code cache), which made a first visit ~200 ms slower.
  // The built sw.js is one self-contained script, valid as either; a browser that cannot run
  // module workers registers it as a classic one.
  const url = import.meta.env.DEV ? "/worker/sw.ts" : "/sw.js";
  const register = (type: "module" | "classic") => new Workbox(url, { scope: "/", type }).register({ immediate: true });
  // `immediate`: workbox-window would otherwise wait for the window's load event.
  ready = register("module")
    .catch((error: unknown) => (import.meta.env.DEV ? Promise.reject(error) : register("classic")))
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      if (!registration.active) throw new Error("The service worker did not activate.");
      return registration.active;
    });
  if (hot) hot.workbox = ready;
  return ready;
}

/**
 * Resolves once the worker controls this page, so the page's own requests to `/preview/…`
 * (a script's `fetch`, say) reach it. On a first visit the worker claims the page when it
 * activates; after a hard reload it is asked to. Never rejects: a page the worker cannot
 * control still shows previews, whose frames the worker serves anyway.
 *
 * @example
 * await whenControlled(); // now fetch("/preview/<id>/") is answered by the worker
 */
export async function whenControlled(): Promise<void> {
  try {
    const worker = await activeWorker();
    if (navigator.serviceWorker.controller) return;
    const changed = new Promise<void>((resolve) => navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }));
    void messageSW(worker, { type: "claim" } satisfies ClaimMessage).catch(() => {});
    // Bounded, so `ready` cannot hang on a worker that never claims.
    await Promise.race([changed, new Promise((resolve) => setTimeout(resolve, 3000))]);
  } catch {
    // No worker: the run reports it.
  }
}

/**
 * Asks the worker to run a build (already saved by `startRun`) and waits for its correlated
 * reply. The build travels with the message to spare the worker a read; IndexedDB stays the
 * truth it rebuilds from after a restart.
 *
 * @example
 * const reply = await loadInWorker({ id: "k3x9q2ab", version: 4, source, code });
 * if (!reply.ok) showError(reply.error);
 */
export async function loadInWorker(build: Build): Promise<LoadReply> {
  return (await messageSW(await activeWorker(), { type: "load", build } satisfies LoadMessage)) as LoadReply;
}

/**
 * Asks the worker to cache the app shell, so the sandbox opens offline after this visit.
 * Sent once the first preview shows, to keep the downloads out of the cold start.
 *
 * @example
 * await precacheInWorker();
 */
export async function precacheInWorker(): Promise<void> {
  const reply = (await messageSW(await activeWorker(), { type: "precache" } satisfies PrecacheMessage)) as { ok: boolean; error?: string };
  if (!reply.ok) throw new Error(`The sandbox could not be cached for offline use: ${reply.error ?? "unknown error"}`);
}

async function activeWorker(): Promise<ServiceWorker> {
  // Registers on first use (and rejects with a clear message where there are no workers).
  const registered = await startWorker();
  // Always the active worker: after an update it may differ from the one registered above.
  return (await navigator.serviceWorker.ready).active ?? registered;
}

/**
 * Calls `listener` with every log entry the worker sends for this project.
 *
 * @example
 * onWorkerLog(id, (entry) => logPanel.add(entry));
 */
export function onWorkerLog(id: string, listener: (entry: LogEntry) => void): void {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
    const data = event.data as LogMessage | undefined;
    if (data?.type === "onefile:log" && data.id === id) listener(data.entry);
  });
  navigator.serviceWorker.startMessages();
}
