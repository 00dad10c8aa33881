/**
 * Django's `url_has_allowed_host_and_scheme`: whether a URL taken from a request (a login
 * form's `next`, a Referer) is safe to redirect to. It must stay on one of the allowed hosts and
 * use http or https, and the check parses the URL as browsers do, not as a strict parser would:
 * browsers treat `\` as `/`, drop tabs and newlines inside URLs, take three slashes or a leading
 * control character as the start of another host, so each of those is refused too.
 */

/** Longer URLs are refused outright: no redirect target needs more, and parsing stays cheap. */
const MAX_URL_LENGTH = 8192;

/**
 * True when `url` points to one of `allowedHosts` (exactly as the URL writes it, port and
 * credentials included) or to no host at all (a path), with an http/https scheme or none
 * (`https` only when `requireHttps`). Always false for an empty URL.
 *
 * @example
 * ```ts
 * urlHasAllowedHostAndScheme("/polls/3/", ["example.com"]);              // true
 * urlHasAllowedHostAndScheme("https://example.com/x", ["example.com"]);  // true
 * urlHasAllowedHostAndScheme("//evil.com/", ["example.com"]);            // false
 * urlHasAllowedHostAndScheme("javascript:alert(1)", ["example.com"]);    // false
 * ```
 */
export function urlHasAllowedHostAndScheme(
  url: string | null | undefined,
  allowedHosts: Iterable<string> | string | null | undefined,
  requireHttps = false,
): boolean {
  const trimmed = typeof url === "string" ? url.trim() : "";
  if (!trimmed || trimmed.length > MAX_URL_LENGTH) return false;
  const hosts = new Set(typeof allowedHosts === "string" ? [allowedHosts] : (allowedHosts ?? []));
  // Chrome reads "\" as "/" in paths, but it may also be part of credentials: both readings must pass.
  return isAllowed(trimmed, hosts, requireHttps) && isAllowed(trimmed.replace(/\\/g, "/"), hosts, requireHttps);
}

function isAllowed(url: string, hosts: Set<string>, requireHttps: boolean): boolean {
  // Browsers take anything with three slashes as absolute; a strict split would call it a path.
  if (url.startsWith("///")) return false;
  const parts = splitUrl(url);
  if (!parts) return false;
  // "http:///example.com" has a scheme and no host, but browsers go to example.com.
  if (!parts.netloc && parts.scheme) return false;
  // Browsers skip many control characters at the start, which could make the URL scheme-relative.
  if (/^\p{C}/u.test(url)) return false;
  const scheme = parts.scheme || (parts.netloc ? "http" : "");
  const schemeOk = !scheme || (requireHttps ? scheme === "https" : scheme === "http" || scheme === "https");
  return (!parts.netloc || hosts.has(parts.netloc)) && schemeOk;
}

/**
 * The scheme (lower-cased) and network location of `url`, split as Python's `urlsplit` does
 * (which is what Django checks), or null for a malformed IPv6 host.
 */
function splitUrl(url: string): { scheme: string; netloc: string } | null {
  // As browsers (and urlsplit, after WHATWG) do: tabs and newlines anywhere are dropped.
  let rest = url.replace(/^[\x00-\x20]+/, "").replace(/[\t\r\n]/g, "");
  let scheme = "";
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest);
  if (match) {
    scheme = match[1]!.toLowerCase();
    rest = rest.slice(match[0].length);
  }
  let netloc = "";
  if (rest.startsWith("//")) {
    const end = rest.slice(2).search(/[/?#]/);
    netloc = end === -1 ? rest.slice(2) : rest.slice(2, 2 + end);
    if (netloc.includes("[") !== netloc.includes("]")) return null;
  }
  return { scheme, netloc };
}
