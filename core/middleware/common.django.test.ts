/**
 * Django's own tests of CommonMiddleware and XFrameOptionsMiddleware (tests/middleware/tests.py
 * CommonMiddlewareTest, XFrameOptionsMiddlewareTest), translated case by case. Each request goes
 * through a real app (`app.handle`, the entry point every host calls), whose URL conf is Django's
 * tests/middleware/urls.py.
 */
import { describe, expect, test } from "vitest";
import { App } from "../app.ts";
import type { IncomingRequest } from "../http/incoming.ts";
import { HttpResponse, StreamingHttpResponse } from "../http/response.ts";
import { wireHeaders } from "../http/wire.ts";
import type { SettingsInput } from "../settings.ts";
import { include, path, rePath } from "../urls/index.ts";
import { View } from "../views.ts";
import { CommonMiddleware, noAppendSlash } from "./common.ts";
import { SecurityMiddleware } from "./security.ts";

const empty = () => new HttpResponse();

class SensitiveCBV extends View {
  get() {
    return new HttpResponse();
  }
}

/** Django's tests/middleware/urls.py, served with CommonMiddleware only. */
function appWith(settings: SettingsInput = {}): App {
  const app = new App({ SECRET_KEY: "x", ALLOWED_HOSTS: ["testserver"], MIDDLEWARE: [CommonMiddleware], ...settings });
  app.urlpatterns = [
    rePath("^noslash$", empty),
    rePath("^slash/$", empty),
    rePath("^needsquoting#/$", empty),
    rePath("^(.+)/security/$", empty),
    path("sensitive_fbv/", noAppendSlash(empty)),
    path("sensitive_cbv/", noAppendSlash(SensitiveCBV.asView())),
  ];
  return app;
}

/** A request as a host hands it over: `target` is sent as it is, unencoded characters included. */
function send(app: App, target: string, { method = "GET", headers = {} as Record<string, string> } = {}): Promise<HttpResponse> {
  const all: Record<string, string> = { host: "testserver", ...headers };
  const incoming: IncomingRequest = {
    method,
    target,
    scheme: "http",
    header: (name) => all[name] ?? null,
    headers: () => new Headers(all),
    hasBody: false,
    readBody: async () => new Uint8Array(),
  };
  return app.handle(incoming);
}

describe("CommonMiddlewareTest", () => {
  test("test_append_slash_have_slash: URLs with slashes go unmolested", async () => {
    expect((await send(appWith(), "/slash/")).status).toBe(200);
  });

  test("test_append_slash_slashless_resource: an explicit slashless URL is served", async () => {
    expect((await send(appWith(), "/noslash")).status).toBe(200);
  });

  test("test_append_slash_slashless_unknown: no redirect to an unknown resource", async () => {
    expect((await send(appWith(), "/unknown")).status).toBe(404);
  });

  test("test_append_slash_redirect", async () => {
    const response = await send(appWith(), "/slash");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/slash/");
  });

  test("test_append_slash_redirect_querystring", async () => {
    expect((await send(appWith(), "/slash?test=1")).headers.get("location")).toBe("/slash/?test=1");
  });

  test("test_append_slash_redirect_querystring_have_slash", async () => {
    const response = await send(appWith(), "/slash?test=slash/");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/slash/?test=slash/");
  });

  test("test_append_slash_no_redirect_in_DEBUG: DELETE, POST, PUT and PATCH get an explanation, not a redirect", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const response = await send(appWith({ DEBUG: true }), "/slash", { method });
      expect(response.status).toBe(500);
      expect(response.text).toContain(`maintaining ${method} data. Change your form to point to testserver/slash/`);
    }
  });

  test("test_append_slash_disabled", async () => {
    expect((await send(appWith({ APPEND_SLASH: false }), "/slash")).status).toBe(404);
  });

  test("test_append_slash_opt_out: views marked noAppendSlash are left alone", async () => {
    expect((await send(appWith(), "/sensitive_fbv")).status).toBe(404);
    expect((await send(appWith(), "/sensitive_cbv")).status).toBe(404);
    expect((await send(appWith(), "/sensitive_fbv/")).status).toBe(200);
  });

  test("test_append_slash_quoted: a path that needs quoting keeps its escape in the redirect", async () => {
    const response = await send(appWith(), "/needsquoting%23");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/needsquoting%23/");
  });

  test("test_append_slash_leading_slashes: //evil.com never becomes a protocol-relative redirect", async () => {
    const response = await send(appWith(), "//evil.com/security");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/%2Fevil.com/security/");
  });

  test("test_content_length_header_added", () => {
    const response = new HttpResponse("content");
    expect(response.headers.has("content-length")).toBe(false);
    expect(wireHeaders(response)).toContainEqual(["Content-Length", "7"]);
  });

  test("test_content_length_header_not_added_for_streaming_response", () => {
    const response = new StreamingHttpResponse(["content"]);
    expect(wireHeaders(response).some(([name]) => name.toLowerCase() === "content-length")).toBe(false);
  });

  test("test_content_length_header_not_changed", () => {
    const response = new HttpResponse();
    response.headers.set("Content-Length", "500");
    expect(wireHeaders(response).filter(([name]) => name.toLowerCase() === "content-length")).toEqual([["Content-Length", "500"]]);
  });

  test("test_disallowed_user_agents", async () => {
    const response = await send(appWith({ DEBUG: true, DISALLOWED_USER_AGENTS: [/foo/] }), "/slash", { headers: { "user-agent": "foo" } });
    expect(response.status).toBe(403);
    expect(response.text).toContain("Forbidden user agent");
    expect((await send(appWith({ DISALLOWED_USER_AGENTS: [/foo/] }), "/slash/", { headers: { "user-agent": "bar" } })).status).toBe(200);
  });

  test("test_non_ascii_query_string_does_not_crash: the query is IRI-encoded in the redirect", async () => {
    const response = await send(appWith(), "/slash?drink=café");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/slash/?drink=caf%C3%A9");
  });

  test("test_response_redirect_class: the redirect is permanent", async () => {
    const response = await send(appWith(), "/slash");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/slash/");
  });
});

describe("XFrameOptionsMiddlewareTest (SecurityMiddleware in onefile)", () => {
  const frameOption = async (settings: SettingsInput, view = empty) => {
    const app = new App({ SECRET_KEY: "x", ALLOWED_HOSTS: ["testserver"], MIDDLEWARE: [SecurityMiddleware], ...settings });
    app.urlpatterns = [path("", view)];
    return (await send(app, "/")).headers.get("x-frame-options");
  };
  // Django also takes "sameorigin" and "deny" in lower case; onefile's X_FRAME_OPTIONS is typed,
  // and any other spelling is refused when the app is made.
  test("test_same_origin", async () => {
    expect(await frameOption({ X_FRAME_OPTIONS: "SAMEORIGIN" })).toBe("SAMEORIGIN");
  });
  test("test_deny", async () => {
    expect(await frameOption({ X_FRAME_OPTIONS: "DENY" })).toBe("DENY");
  });
  test("test_defaults_sameorigin: the default is DENY", async () => {
    expect(await frameOption({})).toBe("DENY");
  });
  test("test_dont_set_if_set", async () => {
    const withHeader = (value: string) => () => new HttpResponse("", { headers: { "X-Frame-Options": value } });
    expect(await frameOption({ X_FRAME_OPTIONS: "DENY" }, withHeader("SAMEORIGIN"))).toBe("SAMEORIGIN");
    expect(await frameOption({ X_FRAME_OPTIONS: "SAMEORIGIN" }, withHeader("DENY"))).toBe("DENY");
  });
});

describe("documented difference: no PREPEND_WWW", () => {
  // Django's CommonMiddleware can redirect example.com to www.example.com (PREPEND_WWW). onefile
  // leaves the canonical host to the proxy or DNS in front of the app, and its sandbox previews
  // live on <id>.localhost origins, which have no www form. The setting is refused by name.
  test("test_prepend_www: the setting does not exist", () => {
    expect(() => new App({ PREPEND_WWW: true } as SettingsInput)).toThrow(/PREPEND_WWW/);
  });
});

describe("documented difference: no request.urlconf", () => {
  // Django's *_custom_urlconf cases give one request another URL conf (request.urlconf). An
  // onefile app has one URL conf; a second one is a second app (or an include() under a prefix),
  // so APPEND_SLASH looks in the app's own patterns, as the cases above show.
  test("test_append_slash_redirect_custom_urlconf: an include() under a prefix redirects the same way", async () => {
    const app = new App({ SECRET_KEY: "x", ALLOWED_HOSTS: ["testserver"], MIDDLEWARE: [CommonMiddleware] });
    app.urlpatterns = [path("customurlconf/", include([rePath("^slash/$", empty), rePath("^needsquoting#/$", empty)]))];
    expect((await send(app, "/customurlconf/slash")).headers.get("location")).toBe("/customurlconf/slash/");
    expect((await send(app, "/customurlconf/needsquoting%23")).headers.get("location")).toBe("/customurlconf/needsquoting%23/");
    expect((await send(app, "/customurlconf/unknown")).status).toBe(404);
  });
});
