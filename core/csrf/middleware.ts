import { csrfFailureHtml } from "../debug/csrf.ts";
import { settingHeaderName } from "../http/headers.ts";
import type { HttpRequest } from "../http/request.ts";
import { HttpResponse } from "../http/response.ts";
import { patchVaryHeaders } from "../http/vary.ts";
import type { Middleware } from "../middleware/types.ts";
import type { Settings } from "../settings.ts";
import { isCsrfExempt } from "./exempt.ts";
import { checkOrigin, checkReferer } from "./origin.ts";
import { REASON_CSRF_TOKEN_MISSING, REASON_NO_CSRF_COOKIE } from "./reasons.ts";
import { checkTokenFormat, CSRF_SECRET_LENGTH, InvalidTokenFormat, maskSecret, newCsrfSecret, tokenMatches, unmaskToken } from "./token.ts";

declare module "../http/request.ts" {
  interface RequestState {
    /** The CSRF secret and this request's token (`CsrfViewMiddleware`). */
    csrf?: CsrfState;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);
const VARY = ["Cookie"];

/**
 * Per-request CSRF state, kept in `request.state.csrf`. A class with a prototype getter,
 * rather than a WeakMap entry or a per-request `defineProperty`, because both of those cost
 * microseconds on every request while this costs an allocation.
 */
export class CsrfState {
  /** Why the cookie was unusable (bad length or characters), for the 403 reason. */
  cookieError: string | null = null;
  /**
   * The cookie must be (re)sent: a token was handed out (which renews the cookie's lifetime, as
   * Django does), or the cookie was unusable and has been replaced.
   */
  needsUpdate = false;
  #token: string | null = null;

  /** @param secret The secret from the cookie, or null when there was none (one is made on first use). */
  constructor(public secret: string | null) {}

  /** The masked token of this request (one per request), made on first use. */
  get token(): string {
    this.secret ??= newCsrfSecret();
    this.needsUpdate = true;
    return (this.#token ??= maskSecret(this.secret));
  }

  /** Replaces the secret; the next `token` is made from the new one. */
  rotate(): void {
    this.secret = newCsrfSecret();
    this.#token = null;
    this.needsUpdate = true;
  }
}

function stateOf(request: HttpRequest, caller: string): CsrfState {
  const state = request.state.csrf;
  if (!(state instanceof CsrfState)) throw new Error(`${caller} needs CsrfViewMiddleware in MIDDLEWARE (it is part of DEFAULT_MIDDLEWARE).`);
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
export function getToken(request: HttpRequest): string {
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
export function rotateToken(request: HttpRequest): void {
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
export const CsrfViewMiddleware: Middleware = (getResponse, { settings }) => {
  /** After the view: sets the cookie when a token was handed out or the cookie was replaced. */
  const finish = (state: CsrfState, response: HttpResponse): HttpResponse => {
    if (state.needsUpdate && state.secret !== null) {
      response.setCookie(settings.CSRF_COOKIE_NAME, state.secret, {
        maxAge: settings.CSRF_COOKIE_AGE ?? undefined,
        domain: settings.CSRF_COOKIE_DOMAIN ?? undefined,
        path: settings.CSRF_COOKIE_PATH,
        secure: settings.CSRF_COOKIE_SECURE || undefined,
        httpOnly: settings.CSRF_COOKIE_HTTPONLY || undefined,
        sameSite: settings.CSRF_COOKIE_SAMESITE,
      });
      patchVaryHeaders(response.headers, VARY);
    }
    return response;
  };
  const respond = (request: HttpRequest, state: CsrfState): Promise<HttpResponse> =>
    getResponse(request).then((response) => (state.needsUpdate ? finish(state, response) : response));

  return (request) => {
    const state = new CsrfState(null);
    const cookie = request.COOKIES[settings.CSRF_COOKIE_NAME];
    if (cookie !== undefined) {
      try {
        checkTokenFormat(cookie);
        // Older Django versions stored a masked token in the cookie; accept that too.
        state.secret = cookie.length === CSRF_SECRET_LENGTH ? cookie : unmaskToken(cookie);
      } catch (error) {
        if (!(error instanceof InvalidTokenFormat)) throw error;
        // A cookie of the wrong shape is replaced on this response, whatever the view does; an
        // unsafe request that came with it is still refused, with this reason.
        state.cookieError = `CSRF cookie ${error.reason}.`;
        state.secret = newCsrfSecret();
        state.needsUpdate = true;
      }
    }
    // render() reads request.state.csrf.token for {% csrf_token %}: the getter makes the token
    // (and so the cookie) only when something reads it.
    request.state.csrf = state;
    if (SAFE_METHODS.has(request.method) || !mustCheck(request)) return respond(request, state);
    return verify(request, state, settings).then((reason) =>
      reason === null ? respond(request, state) : finish(state, reject(reason, settings.DEBUG)),
    );
  };
};

/** False for the test client (unless enforced), exempt views and URLs that resolve to nothing. */
function mustCheck(request: HttpRequest): boolean {
  const testClient = request.incoming.testClient;
  if (testClient && !testClient.enforceCsrfChecks) return false;
  const match = request.resolverMatch;
  return match !== null && !isCsrfExempt(match.func);
}

/** Resolves to null when the request passes, else Django's reason for refusing it. */
async function verify(request: HttpRequest, state: CsrfState, settings: Readonly<Settings>): Promise<string | null> {
  const origin = request.header("origin");
  if (origin !== null) {
    const reason = checkOrigin(request, origin, settings.CSRF_TRUSTED_ORIGINS);
    if (reason) return reason;
  } else if (request.isSecure()) {
    const reason = checkReferer(request, settings.CSRF_TRUSTED_ORIGINS, settings.CSRF_COOKIE_DOMAIN);
    if (reason) return reason;
  }
  if (state.cookieError) return state.cookieError;
  if (state.secret === null) return REASON_NO_CSRF_COOKIE;
  let token = request.method === "POST" ? ((await request.form()).get("csrfmiddlewaretoken") ?? "") : "";
  let source = "POST";
  if (token === "") {
    const headerName = settingHeaderName(settings.CSRF_HEADER_NAME);
    const header = request.header(headerName);
    if (header === null) return REASON_CSRF_TOKEN_MISSING;
    token = header;
    source = `the '${headerName.replace(/[^-]+/g, (word) => word[0]!.toUpperCase() + word.slice(1))}' HTTP header`;
  }
  try {
    checkTokenFormat(token);
  } catch (error) {
    return `CSRF token from ${source} ${(error as InvalidTokenFormat).reason}.`;
  }
  if (!tokenMatches(token, state.secret)) return `CSRF token from ${source} incorrect.`;
  return null;
}

function reject(reason: string, debug: boolean): HttpResponse {
  return new HttpResponse(csrfFailureHtml(reason, debug), { status: 403 });
}
