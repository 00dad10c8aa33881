/**
 * The two caching strategies the sandbox's service workers use for their own files.
 */

/**
 * Network first, falling back to the cached copy (offline): for pages, so a new build shows
 * at once. A successful answer replaces the cached copy under `key`.
 *
 * @example
 * event.respondWith(networkFirst("onefile-shell-1a2b", event.request, "/"));
 */
export async function networkFirst(cacheName: string, request: Request, key: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

/**
 * Cache first: for files whose names change when their content does (hashed assets).
 *
 * @example
 * event.respondWith(cacheFirst("onefile-shell-1a2b", event.request, "/assets/index-3f2a.js"));
 */
export async function cacheFirst(cacheName: string, request: Request, key: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(key);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(key, response.clone());
  return response;
}
