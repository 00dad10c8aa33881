import { HttpResponse, HttpResponseRedirect } from "./http/response.js";
import { responseForError } from "./error-response.js";
import { validateHost } from "./middleware/hosts.js";
import { Resolver404 } from "./urls/errors.js";
/** The resolver's miss without DEBUG: nothing from it reaches the page, so one instance serves all. */
const NOT_FOUND = new Resolver404("");
/**
 * Builds the app's request pipeline. The result never throws: every error becomes a response.
 *
 * @example
 * ```ts
 * const getResponse = buildPipeline(app);
 * const response = await getResponse(new HttpRequest(app, incoming));
 * ```
 */
export function buildPipeline(app) {
    let handler = convertExceptions(app, (request) => callView(app, request));
    const middleware = app.settings.MIDDLEWARE;
    for (let i = middleware.length - 1; i >= 0; i--) {
        handler = convertExceptions(app, middleware[i](handler, app));
    }
    const inner = handler;
    const allowedHosts = app.settings.ALLOWED_HOSTS;
    return convertExceptions(app, (request) => {
        validateHost(request, allowedHosts);
        request.resolverMatch = app.staticFiles.resolve(request.pathInfo) ?? app.resolver.resolve(request.pathInfo);
        return inner(request);
    });
}
/**
 * Runs one layer so that it always answers with a response: an exception thrown by it (or a
 * rejected promise) becomes the error response, as Django's `convert_exception_to_response`.
 * A middleware thus always gets a response back from the layer below it.
 */
function convertExceptions(app, layer) {
    // Not an async function: a plain `.then` costs one promise per layer instead of an async
    // frame plus an await, which adds up over a stack of middleware (see bench/fetch).
    return (request) => {
        let pending;
        try {
            pending = layer(request);
        }
        catch (error) {
            return Promise.resolve(responseForError(app, request, error));
        }
        return pending.then(undefined, (error) => responseForError(app, request, error));
    };
}
/** Reads the body if there is one, runs the resolved view and normalises its result. */
async function callView(app, request) {
    const match = request.resolverMatch;
    // Answered here rather than thrown: an exception costs a stack capture, and a site gets
    // plenty of 404s (scanners, favicons, APPEND_SLASH probes).
    if (match === null)
        return responseForError(app, request, app.settings.DEBUG ? new Resolver404(request.pathInfo) : NOT_FOUND);
    if (request.incoming.hasBody)
        await request.loadBody();
    // Positional captures (a rePath without named groups) follow the params, as Django's *args.
    let result = match.args.length === 0 ? match.func(request, match.params) : match.func(request, match.params, ...match.args);
    if (result instanceof Promise)
        result = await result;
    const response = toHttpResponse(result, viewLabel(match.func));
    if (response instanceof HttpResponseRedirect && response.reverseTarget) {
        response.headers.set("Location", app.reverse(response.reverseTarget.name, response.reverseTarget.params));
    }
    return response;
}
/**
 * The last step of every response, whoever made it: checks the status, puts `SCRIPT_NAME` in
 * front of a root-relative `Location` that lacks it (so a view written for "/" works unchanged
 * when mounted, as every sandbox project is), and marks HEAD answers. Every host then sends it
 * by the rules of http/wire.ts.
 */
export function finishResponse(app, request, response, method) {
    if (response.status < 200 || response.status > 599) {
        response = responseForError(app, request, new TypeError(`The response has status ${response.status}; a complete response needs a status from 200 to 599.`));
    }
    const scriptName = app.settings.SCRIPT_NAME;
    if (scriptName !== "") {
        const location = response.headers.get("location");
        if (location !== null && location.startsWith("/") && !location.startsWith("//") && !isUnder(location, scriptName)) {
            response.headers.set("Location", scriptName + location);
        }
    }
    if (response.hasUnsignedCookies && request)
        response.signCookies(request.app.secretKey);
    if (method === "HEAD")
        response.isHead = true;
    return response;
}
function isUnder(path, prefix) {
    return path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`);
}
/**
 * Turns what a view returned into an `HttpResponse`.
 *
 * @throws TypeError naming the view when it returned nothing usable (Django's
 * "didn't return an HttpResponse object" error).
 */
export function toHttpResponse(result, view = "The view") {
    if (result instanceof HttpResponse)
        return result;
    if (typeof result === "string")
        return new HttpResponse(result);
    if (result instanceof Response)
        return HttpResponse.fromResponse(result);
    const got = result === undefined ? "undefined" : result === null ? "null" : `a ${typeof result}`;
    throw new TypeError(`${view} didn't return an HttpResponse, a Response or a string. It returned ${got} instead.`);
}
function viewLabel(func) {
    return func.name ? `The view ${func.name}()` : "The view";
}
