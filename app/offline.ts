/**
 * Offline use: the editor origin's service worker (worker/shell-sw.ts) caches the sandbox page,
 * and each preview origin's worker caches its host files. Both are asked only once the first
 * preview shows, so those downloads never compete with it.
 */
import { Workbox, messageSW } from "workbox-window";

let registered: Promise<ServiceWorker> | undefined;

/**
 * Registers the editor's own service worker (once) and asks it to cache the page's shell.
 *
 * @example
 * await cacheShellForOffline(); // after the first preview
 */
export async function cacheShellForOffline(): Promise<void> {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  registered ??= new Workbox("/sw.js", { scope: "/", type: "module" })
    .register({ immediate: true })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      if (!registration.active) throw new Error("The service worker did not activate.");
      return registration.active;
    });
  const reply = (await messageSW(await registered, { type: "precache" })) as { ok: boolean; error?: string };
  if (!reply.ok) throw new Error(`The sandbox could not be cached for offline use: ${reply.error ?? "unknown error"}`);
}
