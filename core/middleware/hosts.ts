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
