/**
 * Offline support for the sandbox page itself (never for previews): the app shell is
 * precached once the first preview shows (the page asks; doing it during a cold start would
 * compete with the preview for the network and the CPU), and the build's other files
 * (Monaco's chunks) are cached the first time the page loads them, so the sandbox opens
 * offline after one visit. The cache lives on the editor origin, which no preview can reach.
 */
import manifest from "virtual:onefile-shell";
import { cacheFirst, networkFirst } from "./cache.ts";

const CACHE = `onefile-shell-${manifest.version}`;
const known = new Set<string>([...manifest.shell, ...manifest.assets]);

/**
 * Precaches the shell (the page and the JavaScript and CSS it needs to show a preview).
 *
 * @example
 * event.waitUntil(precacheShell()); // on the page's "precache" message
 */
export async function precacheShell(): Promise<void> {
  if (manifest.shell.length === 0) return; // development server: nothing is built
  const cache = await caches.open(CACHE);
  await cache.addAll(manifest.shell);
}

/**
 * Deletes caches of earlier builds.
 *
 * @example
 * self.addEventListener("activate", (event) => event.waitUntil(dropOldCaches()));
 */
export async function dropOldCaches(): Promise<void> {
  for (const name of await caches.keys()) {
    if (name.startsWith("onefile-shell-") && name !== CACHE) await caches.delete(name);
  }
}

/**
 * Returns a response promise for a request the shell cache handles, or null to leave the
 * request to the network untouched. The page is network-first (a new build shows at once);
 * hashed assets are cache-first (their names change when their content does).
 *
 * @example
 * const cached = shellResponse(url, request); if (cached) event.respondWith(cached);
 */
export function shellResponse(url: URL, request: Request): Promise<Response> | null {
  if (request.method !== "GET" || manifest.shell.length === 0) return null;
  // The page answers "/" and the tutorial steps' addresses (see app/dist-server.ts).
  if (request.mode === "navigate" && (url.pathname === "/" || url.pathname === "/index.html" || url.pathname.startsWith("/tutorial/"))) {
    return networkFirst(CACHE, request, "/");
  }
  if (!known.has(url.pathname)) return null;
  return cacheFirst(CACHE, request, url.pathname);
}
