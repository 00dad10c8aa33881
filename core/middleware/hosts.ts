import type { HttpRequest } from "../http/request.ts";

export { TEST_CLIENT_HOST, isAllowedHost } from "../http/hosts.ts";

/**
 * Refuses a request whose Host is not allowed before anything reads its body: reading
 * `request.getHost()` validates it (Django's `get_host`), and the pipeline reads it first.
 *
 * @example
 * ```ts
 * validateHost(request); // throws DisallowedHost for Host: evil.example
 * ```
 * @throws DisallowedHost (400) naming the host and what to add to ALLOWED_HOSTS.
 */
export function validateHost(request: HttpRequest): void {
  request.getHost();
}
