/**
 * The page's side of the service worker: registration through workbox-window, correlated
 * request/reply messages, and the log messages the worker broadcasts.
 */
import { Workbox, messageSW } from "workbox-window";
import type { LoadMessage, LoadReply, LogEntry, LogMessage } from "../worker/protocol.ts";

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
  const dev = import.meta.env.DEV;
  const wb = new Workbox(dev ? "/worker/sw.ts" : "/sw.js", { scope: "/", type: dev ? "module" : "classic" });
  // `immediate`: workbox-window would otherwise wait for the window's load event.
  ready = wb
    .register({ immediate: true })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      if (!registration.active) throw new Error("The service worker did not activate.");
      return registration.active;
    });
  if (hot) hot.workbox = ready;
  return ready;
}

/**
 * Asks the worker to (re)load a project (already saved) and waits for its correlated reply.
 * The source travels with the message to spare the worker a read; IndexedDB stays the truth
 * it rebuilds from after a restart.
 *
 * @example
 * const reply = await loadInWorker("k3x9q2ab", 4, source);
 * if (!reply.ok) showError(reply.error);
 */
export async function loadInWorker(id: string, version: number, source: string): Promise<LoadReply> {
  // Always the active worker: after an update it may differ from the one registered above.
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active ?? (await startWorker());
  return (await messageSW(worker, { type: "load", id, version, source } satisfies LoadMessage)) as LoadReply;
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
