/**
 * What the CSRF contract tests share (*.django.test.ts here): Django's test secrets, an app with
 * Django's test views (tests/csrf_tests/views.py), and a way to send it a request exactly as a
 * host would, with the cookie, token, scheme and headers a case needs.
 */
import { App } from "../app.ts";
import type { IncomingRequest } from "../http/incoming.ts";
import { HttpResponse } from "../http/response.ts";
import type { SettingsInput } from "../settings.ts";
import { render } from "../shortcuts.ts";
import { path } from "../urls/index.ts";
import { ensureCsrfCookie } from "./ensure.ts";
import { csrfExempt } from "./exempt.ts";
import { rotateToken } from "./middleware.ts";

/** An unmasked CSRF secret, and two masked tokens of it (Django's TEST_SECRET and MASKED_TEST_SECRET1/2). */
export const TEST_SECRET = "lcccccccX2kcccccccY2jcccccccssIC";
export const MASKED_TEST_SECRET1 = "1bcdefghij2bcdefghij3bcdefghij4bcdefghij5bcdefghij6bcdefghijABCD";
export const MASKED_TEST_SECRET2 = "2JgchWvM1tpxT2lfz9aydoXW9yT1DN3NdLiejYxOOlzzV4nhBbYqmqZYbAV3V5Bf";

const postFormView = () => new HttpResponse(`<html><body><h1>\u00a1Unicode!<form method="post"><input type="text"></form></body></html>`);

/**
 * An app (DEBUG on, so a 403 shows its reason) with Django's CSRF test views: `/post/` (a form
 * page, no token), `/token/` (`{% csrf_token %}`), `/nontoken/` (renders without using the
 * token), `/ensure/` (`ensureCsrfCookie`), `/exempt/` and `/exempt-token/` (`csrfExempt`),
 * `/rotate/` (uses the token, then rotates it).
 */
export function csrfApp(settings: SettingsInput = {}): App {
  const app = new App({
    DEBUG: true,
    SECRET_KEY: "x",
    ALLOWED_HOSTS: ["testserver"],
    TEMPLATES: { "token.html": "{% csrf_token %}", "empty.html": "" },
    ...settings,
  });
  const tokenView = (request: Parameters<typeof render>[0]) => render(request, "token.html");
  app.urlpatterns = [
    path("post/", postFormView),
    path("token/", tokenView),
    path("nontoken/", (request) => render(request, "empty.html")),
    path("ensure/", ensureCsrfCookie(() => new HttpResponse("OK"))),
    path("exempt/", csrfExempt(postFormView)),
    path("exempt-token/", csrfExempt(tokenView)),
    path("rotate/", (request) => {
      const page = render(request, "token.html");
      rotateToken(request);
      return new HttpResponse(`OK ${page.text}`);
    }),
  ];
  return app;
}

/** One request to an app, as a host hands it over. */
export interface CsrfCall {
  method?: string;
  path?: string;
  /** Over https (the connection's scheme, as a TLS server or proxy would give it). */
  secure?: boolean;
  host?: string;
  /** The CSRF cookie's value; undefined sends none. */
  cookie?: string;
  /** The `csrfmiddlewaretoken` form field (the body is then a urlencoded form). */
  postToken?: string;
  /** The X-CSRFToken header, or another header with `tokenHeader`. */
  headerToken?: string;
  tokenHeader?: string;
  headers?: Record<string, string>;
}

/** Sends `call` through the app's whole pipeline (`app.handle`, what every host calls). */
export function send(app: App, call: CsrfCall = {}): Promise<HttpResponse> {
  const headers: Record<string, string> = { host: call.host ?? "testserver" };
  for (const [name, value] of Object.entries(call.headers ?? {})) headers[name.toLowerCase()] = value;
  if (call.cookie !== undefined) headers.cookie = `${app.settings.CSRF_COOKIE_NAME}=${call.cookie}`;
  if (call.headerToken !== undefined) headers[(call.tokenHeader ?? "X-CSRFToken").toLowerCase()] = call.headerToken;
  const body = call.postToken === undefined ? undefined : new TextEncoder().encode(`csrfmiddlewaretoken=${call.postToken}`);
  if (body !== undefined) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    headers["content-length"] = String(body.byteLength);
  }
  const incoming: IncomingRequest = {
    method: call.method ?? "POST",
    target: call.path ?? "/post/",
    scheme: call.secure ? "https" : "http",
    header: (name) => headers[name] ?? null,
    headers: () => new Headers(headers),
    hasBody: body !== undefined,
    readBody: async () => body ?? new Uint8Array(),
  };
  return app.handle(incoming);
}

/** The reason a DEBUG 403 page gives for refusing the request, unescaped; null when it gives none. */
export function reasonOf(response: HttpResponse): string | null {
  const match = /Reason given for failure:<\/p><pre>\s*([^<]*)<\/pre>/.exec(response.text);
  if (!match) return null;
  return match[1]!.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The value of the CSRF cookie the response sets, or null when it sets none. */
export function csrfCookieOf(response: HttpResponse, name = "csrftoken"): string | null {
  const header = response.cookies.get(name);
  return header === undefined ? null : header.slice(name.length + 1).split(";", 1)[0]!;
}

/** The token a page's `{% csrf_token %}` rendered, or null. */
export function tokenIn(html: string): string | null {
  return /name="csrfmiddlewaretoken" value="(.*?)"/.exec(html)?.[1] ?? null;
}
