/**
 * The editor origin's service worker: it keeps the sandbox page working offline (worker/shell.ts)
 * and does nothing else. It never runs a project: each project runs on its own preview origin
 * (worker/sw.ts and worker/runner.ts), which cannot reach this origin's caches.
 */
import { dropOldCaches, precacheShell, shellResponse } from "./shell.ts";

declare const self: ServiceWorkerGlobalScope;

self.addEventListener("install", (event) => {
  // Nothing blocks installation; the page asks for the shell to be cached after its first preview.
  event.waitUntil(self.skipWaiting());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(dropOldCaches().then(() => self.clients.claim()));
});

let precached: Promise<void> | undefined;

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const port = event.ports[0];
  if (!port || (event.data as { type?: unknown } | null)?.type !== "precache") return;
  precached ??= precacheShell().catch((error: unknown) => {
    precached = undefined; // Try again on the next request.
    throw error;
  });
  event.waitUntil(precached.then(() => port.postMessage({ ok: true }), (error: unknown) => port.postMessage({ ok: false, error: String(error) })));
});

self.addEventListener("fetch", (event: FetchEvent) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  const cached = shellResponse(url, event.request);
  if (cached) event.respondWith(cached);
  // Anything else goes to the network untouched.
});
