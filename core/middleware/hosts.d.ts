import type { HttpRequest } from "../http/request.ts";
/** The Host the test client sends; always allowed for its requests, as Django's test runner does. */
export declare const TEST_CLIENT_HOST = "testserver";
/**
 * Refuses a request whose Host is not in `allowed` (Django's `get_host` check), before anything
 * reads its body. The test client's "testserver" always passes.
 *
 * @example
 * ```ts
 * validateHost(request, ["example.com"]); // throws DisallowedHost for Host: evil.example
 * ```
 * @throws DisallowedHost (400) naming the host and what to add to ALLOWED_HOSTS.
 */
export declare function validateHost(request: HttpRequest, allowed: readonly string[]): void;
/**
 * Checks a Host header against `ALLOWED_HOSTS` as Django's `validate_host` does:
 * the port is ignored, ".example.com" matches the domain and its subdomains, "*" matches any.
 *
 * @example
 * ```ts
 * isAllowedHost("api.example.com:8000", [".example.com"]); // true
 * ```
 */
export declare function isAllowedHost(host: string, allowed: readonly string[]): boolean;
