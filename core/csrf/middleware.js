import { csrfFailureHtml } from "../debug/csrf.js";
import { HttpResponse } from "../http/response.js";
import { patchVaryHeaders } from "../http/vary.js";
import { isCsrfExempt } from "./exempt.js";
import { checkOrigin, checkReferer } from "./origin.js";
import { REASON_CSRF_TOKEN_MISSING, REASON_NO_CSRF_COOKIE } from "./reasons.js";
import { checkTokenFormat, CSRF_SECRET_LENGTH, InvalidTokenFormat, maskSecret, newCsrfSecret, tokenMatches, unmaskToken } from "./token.js";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);
const VARY = ["Cookie"];
/**
 * Per-request CSRF state, kept in `request.state.csrf`. A class with a prototype getter,
 * rather than a WeakMap entry or a per-request `defineProperty`, because both of those cost
 * microseconds on every request while this costs an allocation.
 */
export class CsrfState {
    secret;
    /** Why the cookie was unusable (bad length or characters), for the 403 reason. */
    cookieError = null;
    /** The cookie must be (re)sent: the secret is new or was rotated and a token was handed out. */
    needsUpdate = false;
    #token = null;
    /** @param secret The secret from the cookie, or null when there was none (one is made on first use). */
    constructor(secret) {
        this.secret = secret;
    }
    /** The masked token of this request (one per request), made on first use. */
    get token() {
        if (this.secret === null) {
            this.secret = newCsrfSecret();
            this.needsUpdate = true;
        }
        return (this.#token ??= maskSecret(this.secret));
    }
    /** Replaces the secret; the next `token` is made from the new one. */
    rotate() {
        this.secret = newCsrfSecret();
        this.#token = null;
        this.needsUpdate = true;
    }
}
function stateOf(request, caller) {
    const state = request.state.csrf;
    if (!(state instanceof CsrfState))
        throw new Error(`${caller} needs CsrfViewMiddleware in MIDDLEWARE (it is part of DEFAULT_MIDDLEWARE).`);
    return state;
}
/**
 * The CSRF token for `request`'s forms and scripts (what `{% csrf_token %}` prints), as
 * Django's `get_token`. Asking for it makes sure the response sets the CSRF cookie.
 *
 * @example
 * ```ts
 * function page(request: HttpRequest) {
 *   return new JsonResponse({ csrfToken: getToken(request) }); // for fetch(..., { headers: { "X-CSRFToken": token } })
 * }
 * ```
 * @throws Error when the CSRF middleware is not in MIDDLEWARE.
 */
export function getToken(request) {
    return stateOf(request, "getToken()").token;
}
/**
 * Replaces the CSRF secret, as Django does on login (`rotate_token`), so a token seen before
 * the login is useless after it.
 *
 * @example
 * ```ts
 * request.session.cycleKey();
 * rotateToken(request);
 * ```
 */
export function rotateToken(request) {
    stateOf(request, "rotateToken()").rotate();
}
/**
 * Django's CsrfViewMiddleware. Unsafe requests (anything but GET, HEAD, OPTIONS, TRACE) must
 * come from this site's origin (or `CSRF_TRUSTED_ORIGINS`) and carry a token that matches
 * the secret in the CSRF cookie: the `csrfmiddlewaretoken` form field or the `X-CSRFToken`
 * header. Anything else gets a 403 page that explains the failure with DEBUG.
 *
 * Views wrapped in `csrfExempt` are not checked: the pipeline resolved the URL before the
 * middleware ran, so the view is known here (Django's `process_view`); URLs that match nothing
 * are let through to get their 404. The token of a form is read with `await request.form()`,
 * so only a POST that must be checked has its body read here. The test client's requests are
 * let through unless it was made with `enforceCsrfChecks`, as in Django.
 *
 * @example
 * ```ts
 * // In DEFAULT_MIDDLEWARE already. A form template:
 * // <form method="post">{% csrf_token %}<input name="q"><button>Send</button></form>
 * ```
 */
export const CsrfViewMiddleware = (getResponse, { settings }) => async (request) => {
    const state = new CsrfState(null);
    const cookie = request.COOKIES[settings.CSRF_COOKIE_NAME];
    if (cookie !== undefined) {
        try {
            checkTokenFormat(cookie);
            // Older Django versions stored a masked token in the cookie; accept that too.
            state.secret = cookie.length === CSRF_SECRET_LENGTH ? cookie : unmaskToken(cookie);
        }
        catch (error) {
            if (!(error instanceof InvalidTokenFormat))
                throw error;
            state.cookieError = `CSRF cookie ${error.reason}.`;
        }
    }
    // render() reads request.state.csrf.token for {% csrf_token %}: the getter makes the token
    // (and so the cookie) only when something reads it.
    request.state.csrf = state;
    if (!SAFE_METHODS.has(request.method) && mustCheck(request)) {
        const reason = await verify(request, state, settings);
        if (reason !== null)
            return reject(reason, settings.DEBUG);
    }
    const response = await getResponse(request);
    if (state.needsUpdate && state.secret !== null) {
        response.setCookie(settings.CSRF_COOKIE_NAME, state.secret, {
            maxAge: settings.CSRF_COOKIE_AGE,
            path: "/",
            secure: settings.CSRF_COOKIE_SECURE || undefined,
            httpOnly: settings.CSRF_COOKIE_HTTPONLY || undefined,
            sameSite: settings.CSRF_COOKIE_SAMESITE,
        });
        patchVaryHeaders(response.headers, VARY);
    }
    return response;
};
/** False for the test client (unless enforced), exempt views and URLs that resolve to nothing. */
function mustCheck(request) {
    const testClient = request.incoming.testClient;
    if (testClient && !testClient.enforceCsrfChecks)
        return false;
    const match = request.resolverMatch;
    return match !== null && !isCsrfExempt(match.func);
}
/** Resolves to null when the request passes, else Django's reason for refusing it. */
async function verify(request, state, settings) {
    const origin = request.header("origin");
    if (origin !== null) {
        const reason = checkOrigin(request, origin, settings.CSRF_TRUSTED_ORIGINS);
        if (reason)
            return reason;
    }
    else if (request.isSecure()) {
        const reason = checkReferer(request, settings.CSRF_TRUSTED_ORIGINS);
        if (reason)
            return reason;
    }
    if (state.cookieError)
        return state.cookieError;
    if (state.secret === null)
        return REASON_NO_CSRF_COOKIE;
    const headerName = settings.CSRF_HEADER_NAME;
    let token = request.method === "POST" ? ((await request.form()).get("csrfmiddlewaretoken") ?? "") : "";
    let source = "POST";
    if (token === "") {
        token = request.header(headerName) ?? "";
        source = `the '${headerName}' HTTP header`;
    }
    if (token === "")
        return REASON_CSRF_TOKEN_MISSING;
    try {
        checkTokenFormat(token);
    }
    catch (error) {
        return `CSRF token from ${source} ${error.reason}.`;
    }
    if (!tokenMatches(token, state.secret))
        return `CSRF token from ${source} incorrect.`;
    return null;
}
function reject(reason, debug) {
    return new HttpResponse(csrfFailureHtml(reason, debug), { status: 403 });
}
