import { HttpResponsePermanentRedirect } from "../http/response.js";
/**
 * Django's CommonMiddleware: with `APPEND_SLASH`, answers a 404 for "/about" with a 301 to
 * "/about/" when that resolves. (Host validation, which Django also does here, happens before
 * any middleware: see core/handler.ts.)
 *
 * @example
 * ```ts
 * new App({ APPEND_SLASH: false }); // CommonMiddleware is in DEFAULT_MIDDLEWARE
 * ```
 */
export const CommonMiddleware = (getResponse, app) => async (request) => {
    const response = await getResponse(request);
    const settings = app.settings;
    if (response.status === 404 && settings.APPEND_SLASH && shouldRedirectWithSlash(request.pathInfo, app)) {
        if (settings.DEBUG && (request.method === "POST" || request.method === "PUT" || request.method === "PATCH")) {
            throw new Error(`You called this URL via ${request.method}, but the URL doesn't end in a slash and you have APPEND_SLASH set. ` +
                `onefile can't redirect to the slash URL while maintaining ${request.method} data. Change your form to point to ` +
                `${request.path}/ (note the trailing slash), or set APPEND_SLASH: false in your settings.`);
        }
        const query = request.queryString;
        return new HttpResponsePermanentRedirect(escapeLocation(request.path + "/") + (query ? `?${query}` : ""));
    }
    return response;
};
function shouldRedirectWithSlash(pathInfo, app) {
    return !pathInfo.endsWith("/") && !app.resolves(pathInfo) && app.resolves(pathInfo + "/");
}
/**
 * Re-encodes a decoded path for a Location header. A leading "//" would make the redirect
 * protocol-relative (an open redirect to another host), so it becomes "/%2F" as in Django.
 */
function escapeLocation(path) {
    const encoded = encodeURI(path);
    return encoded.startsWith("//") ? "/%2F" + encoded.slice(2) : encoded;
}
