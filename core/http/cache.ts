import type { HttpResponse } from "./response.ts";

/**
 * Django's `never_cache`: marks a response that browsers and proxies must not keep (login
 * pages, the admin), and returns it.
 *
 * @example
 * ```ts
 * return neverCache(render(request, "registration/login.html", { form }));
 * ```
 */
export function neverCache(response: HttpResponse): HttpResponse {
  response.headers.set("Cache-Control", "max-age=0, no-cache, no-store, must-revalidate, private");
  response.headers.set("Expires", new Date().toUTCString());
  return response;
}
