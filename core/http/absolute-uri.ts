/**
 * Django's `build_absolute_uri`, apart from the request it belongs to (`HttpRequest.buildAbsoluteUri`
 * calls it with the request's own origin and path).
 */
import { iriToUri } from "./iri.ts";

/**
 * The absolute URI of `location` on `origin` (e.g. "https://example.com"), relative locations
 * resolved against `requestPath`, the result IRI-encoded.
 *
 * @example
 * ```ts
 * absoluteUri("http://testserver", "/a/b/", "../c/"); // "http://testserver/a/c/"
 * absoluteUri("http://testserver", "/", "//other.example/x"); // "http://other.example/x"
 * ```
 */
export function absoluteUri(origin: string, requestPath: string, location: string): string {
  const { scheme, netloc, path } = splitUrl(location);
  let absolute = location;
  if (!(scheme && netloc)) {
    if (path.startsWith("/") && !scheme && !netloc && !path.includes("/./") && !path.includes("/../")) {
      // A plain absolute path: joined as it is (a request path "//x" stays a path, as in Django).
      absolute = origin + (location.startsWith("//") ? location.slice(2) : location);
    } else {
      // Resolved against a placeholder origin, so a host the URL parser refuses (a port past
      // 65535) cannot turn a valid request into a 500.
      const joined = new URL(location, `http://host.invalid${requestPath}`);
      absolute = joined.host === "host.invalid" ? origin + joined.pathname + joined.search + joined.hash : joined.href;
    }
  }
  return iriToUri(absolute);
}

/** The scheme, authority and path of a URL, as Python's `urlsplit` reads them. */
function splitUrl(url: string): { scheme: string; netloc: string; path: string } {
  let rest = url;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(rest)?.[1] ?? "";
  if (scheme) rest = rest.slice(scheme.length + 1);
  let netloc = "";
  if (rest.startsWith("//")) {
    const end = rest.slice(2).search(/[/?#]/);
    netloc = end === -1 ? rest.slice(2) : rest.slice(2, 2 + end);
    rest = end === -1 ? "" : rest.slice(2 + end);
  }
  return { scheme, netloc, path: rest.split(/[?#]/, 1)[0]! };
}
