import { DisallowedHost } from "../errors.ts";
import { HttpResponsePermanentRedirect } from "../http/response.ts";
import { isAllowedHost } from "./hosts.ts";
import type { Middleware } from "./types.ts";

/** The Host the test client sends; always allowed for its requests, as Django's test runner does. */
export const TEST_CLIENT_HOST = "testserver";

/**
 * Django's CommonMiddleware: refuses Hosts outside `ALLOWED_HOSTS` (400), and with
 * `APPEND_SLASH` answers a 404 for "/about" with a 301 to "/about/" when that resolves.
 */
export const CommonMiddleware: Middleware = (getResponse) => async (request) => {
  const host = request.getHost();
  const { settings } = request.app;
  if (!(request.incoming.testClient && hostName(host) === TEST_CLIENT_HOST) && !isAllowedHost(host, settings.ALLOWED_HOSTS)) {
    const hint = host ? ` You may need to add ${JSON.stringify(hostName(host))} to ALLOWED_HOSTS.` : "";
    throw new DisallowedHost(`Invalid HTTP_HOST header: ${JSON.stringify(host)}.${hint}`);
  }
  const response = await getResponse(request);
  if (response.status === 404 && settings.APPEND_SLASH && shouldRedirectWithSlash(request.pathInfo, request.app)) {
    if (settings.DEBUG && (request.method === "POST" || request.method === "PUT" || request.method === "PATCH")) {
      throw new Error(
        `You called this URL via ${request.method}, but the URL doesn't end in a slash and you have APPEND_SLASH set. ` +
          `onefile can't redirect to the slash URL while maintaining ${request.method} data. Change your form to point to ` +
          `${request.path}/ (note the trailing slash), or set APPEND_SLASH: false in your settings.`,
      );
    }
    const query = request.queryString;
    return new HttpResponsePermanentRedirect(escapeLocation(request.path + "/") + (query ? `?${query}` : ""));
  }
  return response;
};

function shouldRedirectWithSlash(pathInfo: string, app: { resolves(pathInfo: string): boolean }): boolean {
  return !pathInfo.endsWith("/") && !app.resolves(pathInfo) && app.resolves(pathInfo + "/");
}

function hostName(host: string): string {
  return host.replace(/:[0-9]+$/, "").toLowerCase();
}

/**
 * Re-encodes a decoded path for a Location header. A leading "//" would make the redirect
 * protocol-relative (an open redirect to another host), so it becomes "/%2F" as in Django.
 */
function escapeLocation(path: string): string {
  const encoded = encodeURI(path);
  return encoded.startsWith("//") ? "/%2F" + encoded.slice(2) : encoded;
}
