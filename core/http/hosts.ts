/**
 * Host header validation, as Django's `HttpRequest.get_host()`: the host a request names is
 * checked against `ALLOWED_HOSTS` whenever it is read, whatever the middleware, so a forged
 * `Host: evil.example` never reaches a password-reset link.
 */
import { DisallowedHost } from "../errors.ts";

/** The Host the test client sends; always allowed for its requests, as Django's test runner does. */
export const TEST_CLIENT_HOST = "testserver";

/** What `DEBUG: true` with an empty `ALLOWED_HOSTS` allows, as Django: localhost and its subdomains, and loopback. */
const DEBUG_HOSTS: readonly string[] = Object.freeze([".localhost", "127.0.0.1", "[::1]"]);

/** The settings host validation reads. */
export interface HostSettings {
  readonly DEBUG: boolean;
  readonly ALLOWED_HOSTS: readonly string[];
}

/**
 * `host` if `settings` allow it (the test client's "testserver" always passes for its requests).
 *
 * @example
 * ```ts
 * checkedHost("example.com:8000", { DEBUG: false, ALLOWED_HOSTS: ["example.com"] }, false); // "example.com:8000"
 * ```
 * @throws DisallowedHost (400) naming the host and what to add to ALLOWED_HOSTS; a malformed
 * Host (two Host headers joined, a bad port, a space) is refused whatever ALLOWED_HOSTS says.
 */
export function checkedHost(host: string, settings: HostSettings, testClient: boolean): string {
  const allowed = settings.DEBUG && settings.ALLOWED_HOSTS.length === 0 ? DEBUG_HOSTS : settings.ALLOWED_HOSTS;
  let known = knownHosts.get(allowed);
  if (known?.has(host)) return host;
  if (isAllowedHost(host, allowed)) {
    // A site answers a handful of Host values; remembering them skips the parse per request.
    if (known === undefined) knownHosts.set(allowed, (known = new Set()));
    if (known.size < 100) known.add(host);
    return host;
  }
  if (testClient && hostName(host) === TEST_CLIENT_HOST) return host;
  const domain = hostDomain(host);
  const hint = domain ? ` You may need to add ${JSON.stringify(domain)} to ALLOWED_HOSTS.` : host ? " It is not a valid host name." : "";
  throw new DisallowedHost(`Invalid HTTP_HOST header: ${JSON.stringify(host)}.${hint}`);
}

/** Host values already found allowed, per ALLOWED_HOSTS list (configure() brings a new list). */
const knownHosts = new WeakMap<readonly string[], Set<string>>();

function hostName(host: string): string {
  return host.replace(/:[0-9]+$/, "").toLowerCase();
}

/**
 * Checks a Host header against `ALLOWED_HOSTS` as Django's `validate_host` does:
 * the port is ignored, ".example.com" matches the domain and its subdomains, "*" matches any.
 *
 * @example
 * ```ts
 * isAllowedHost("api.example.com:8000", [".example.com"]); // true
 * ```
 */
export function isAllowedHost(host: string, allowed: readonly string[]): boolean {
  const domain = hostDomain(host);
  if (domain === null) return false;
  for (const pattern of allowed) {
    if (pattern === "*") return true;
    const p = pattern.toLowerCase();
    if (p.startsWith(".")) {
      if (domain === p.slice(1) || domain.endsWith(p)) return true;
    } else if (domain === p) {
      return true;
    }
  }
  return false;
}

// Django's host_validation_re: a name or IPv4 address, or a bracketed IPv6 address, and a port.
const HOST = /^([a-z0-9.-]+|\[[a-f0-9]*:[a-f0-9.:]+\])(:[0-9]+)?$/;

/** The host name without port, lower-cased, or null when the header is malformed. */
function hostDomain(host: string): string | null {
  const match = HOST.exec(host.toLowerCase());
  if (!match) return null;
  const name = match[1]!;
  return name.endsWith(".") ? name.slice(0, -1) : name;
}
