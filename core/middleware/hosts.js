import { DisallowedHost } from "../errors.js";
/** The Host the test client sends; always allowed for its requests, as Django's test runner does. */
export const TEST_CLIENT_HOST = "testserver";
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
export function validateHost(request, allowed) {
    const host = request.getHost();
    if (isAllowedHost(host, allowed))
        return;
    if (request.incoming.testClient && hostName(host) === TEST_CLIENT_HOST)
        return;
    const hint = host ? ` You may need to add ${JSON.stringify(hostName(host))} to ALLOWED_HOSTS.` : "";
    throw new DisallowedHost(`Invalid HTTP_HOST header: ${JSON.stringify(host)}.${hint}`);
}
function hostName(host) {
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
export function isAllowedHost(host, allowed) {
    const domain = hostDomain(host);
    if (domain === null)
        return false;
    for (const pattern of allowed) {
        if (pattern === "*")
            return true;
        const p = pattern.toLowerCase();
        if (p.startsWith(".")) {
            if (domain === p.slice(1) || domain.endsWith(p))
                return true;
        }
        else if (domain === p) {
            return true;
        }
    }
    return false;
}
// Django's host_validation_re: a name or IPv4 address, or a bracketed IPv6 address, and a port.
const HOST = /^([a-z0-9.-]+|\[[a-f0-9]*:[a-f0-9.:]+\])(:[0-9]+)?$/;
/** The host name without port, lower-cased, or null when the header is malformed. */
function hostDomain(host) {
    const match = HOST.exec(host.toLowerCase());
    if (!match)
        return null;
    const name = match[1];
    return name.endsWith(".") ? name.slice(0, -1) : name;
}
