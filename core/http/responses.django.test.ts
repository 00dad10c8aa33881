/**
 * Django's own tests for responses and cookies (tests/responses/test_cookie.py,
 * tests/responses/tests.py, tests/httpwrappers/tests.py), and one of tests/csrf_tests, translated.
 */
import { parseSetCookie } from "cookie";
import { describe, expect, test } from "vitest";
import { App } from "../app.ts";
import { DisallowedRedirect } from "../errors.ts";
import { Client } from "../test/client.ts";
import { path } from "../urls/index.ts";
import { parseCookieHeader } from "./cookies.ts";
import { HttpResponse, HttpResponseNotModified, HttpResponsePermanentRedirect, HttpResponseRedirect, JsonResponse } from "./response.ts";

/** The attributes of the Set-Cookie a response holds for `name`. */
const cookieOf = (response: HttpResponse, name: string) => parseSetCookie(response.cookies.get(name)!);

describe("SetCookieTests", () => {
  test("test_near_expiration", () => {
    const response = new HttpResponse();
    // Django sleeps 1 ms between computing the date and setting the cookie; the same, without sleeping.
    response.setCookie("datetime", "", { expires: new Date(Date.now() + 10_000 - 1) });
    expect(cookieOf(response, "datetime").maxAge).toBe(10);
  });
  test("test_far_expiration", () => {
    const response = new HttpResponse();
    const future = new Date(Date.UTC(new Date().getUTCFullYear() + 2, 0, 1, 4, 5, 6));
    response.setCookie("datetime", "", { expires: future });
    const expires = cookieOf(response, "datetime").expires!.getTime();
    expect([future.getTime(), future.getTime() - 1000]).toContain(expires);
  });
  test("test_max_age_expiration", () => {
    const response = new HttpResponse();
    const before = Math.floor(Date.now() / 1000) * 1000;
    response.setCookie("max_age", "", { maxAge: 10 });
    const cookie = cookieOf(response, "max_age");
    expect(cookie.maxAge).toBe(10);
    expect(cookie.expires!.getTime()).toBeGreaterThanOrEqual(before + 10_000);
  });
  test("test_max_age_int", () => {
    const response = new HttpResponse();
    response.setCookie("max_age", "", { maxAge: 10.6 });
    expect(cookieOf(response, "max_age").maxAge).toBe(10);
  });
  test("test_max_age_with_expires", () => {
    expect(() => new HttpResponse().setCookie("max_age", "", { expires: new Date(2000, 0, 1), maxAge: 3600 })).toThrow("'expires' and 'maxAge' can't be used together.");
  });
  test("test_httponly_cookie", () => {
    const response = new HttpResponse();
    response.setCookie("example", "", { httpOnly: true });
    expect(response.cookies.get("example")).toMatch(/; HttpOnly/);
  });
  test("test_unicode_cookie", () => {
    const response = new HttpResponse();
    response.setCookie("test", "清風");
    expect(decodeURIComponent(cookieOf(response, "test").value!)).toBe("清風");
  });
  test("test_samesite", () => {
    const response = new HttpResponse();
    response.setCookie("example", "", { sameSite: "None" });
    expect(cookieOf(response, "example").sameSite).toBe("none");
    response.setCookie("example", "", { sameSite: "Lax" });
    expect(cookieOf(response, "example").sameSite).toBe("lax");
  });
});

describe("DeleteCookieTests", () => {
  test("test_default", () => {
    const response = new HttpResponse();
    response.deleteCookie("c");
    const cookie = cookieOf(response, "c");
    expect(cookie.expires!.getTime()).toBe(0);
    expect(cookie.maxAge).toBe(0);
    expect(cookie.path).toBe("/");
    expect(cookie.secure).toBeFalsy();
    expect(cookie.domain).toBeUndefined();
  });
  test("test_delete_cookie_secure_prefix", () => {
    for (const prefix of ["Secure", "Host"]) {
      const response = new HttpResponse();
      response.deleteCookie(`__${prefix}-c`);
      expect(cookieOf(response, `__${prefix}-c`).secure).toBe(true);
    }
  });
  test("test_delete_cookie_secure_samesite_none", () => {
    const response = new HttpResponse();
    response.deleteCookie("c", { sameSite: "none" });
    expect(cookieOf(response, "c").secure).toBe(true);
  });
  test("test_delete_cookie_samesite", () => {
    const response = new HttpResponse();
    response.deleteCookie("c", { sameSite: "lax" });
    expect(cookieOf(response, "c").sameSite).toBe("lax");
  });
});

describe("CookieTests (httpwrappers: parse_cookie)", () => {
  test("test_python_cookies", () => {
    expect(parseCookieHeader("chips=ahoy; vienna=finger")).toEqual({ chips: "ahoy", vienna: "finger" });
    expect(parseCookieHeader('keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;"')).toMatchObject({ keebler: '"E=mc2', L: '\\"Loves\\"' });
  });
  test("test_cookie_edgecases", () => {
    expect(parseCookieHeader("a=b; Domain=example.com")).toEqual({ a: "b", Domain: "example.com" });
    expect(parseCookieHeader("a=b; h=i; a=c")).toEqual({ a: "c", h: "i" });
  });
  test("test_invalid_cookies: a nameless cookie is kept under the empty name", () => {
    expect(parseCookieHeader("abc=def; unnamed; django_language=en")).toEqual({ abc: "def", "": "unnamed", django_language: "en" });
    expect(parseCookieHeader("a=b; \"; c=d")).toEqual({ a: "b", "": '"', c: "d" });
    expect(parseCookieHeader("a b c=d e = f; gh=i")).toEqual({ "a b c": "d e = f", gh: "i" });
    expect(parseCookieHeader("a   b=c")).toEqual({ "a   b": "c" });
  });
  test("test_repeated_nonstandard_keys: the last value wins", () => {
    expect(parseCookieHeader("a:=b; a:=c; d=e")).toEqual({ "a:": "c", d: "e" });
  });
  test("test_nonstandard_keys", () => {
    expect(parseCookieHeader("good_cookie=yes;bad:cookie=yes")).toEqual({ good_cookie: "yes", "bad:cookie": "yes" });
  });
});

describe("HttpResponseBaseTests and HttpResponseTests (tests/responses)", () => {
  test("test_status_code: outside 100-599 is an error", () => {
    for (const status of [99, 600, 1000, 42.5]) expect(() => new HttpResponse("", { status })).toThrow("HTTP status code must be an integer from 100 to 599");
    expect(new HttpResponse("", { status: 599 }).status).toBe(599);
  });
  test("test_write", () => {
    const response = new HttpResponse();
    response.write(new TextEncoder().encode("hello"));
    response.write("world");
    expect(new TextDecoder().decode(response.bodyBytes())).toBe("helloworld");
    const text = new HttpResponse();
    text.writelines(["a", "b"]);
    expect(text.text).toBe("ab");
  });
  test("test_not_modified (httpwrappers): a 304 has no Content-Type", () => {
    const response = new HttpResponseNotModified();
    expect(response.status).toBe(304);
    expect(response.headers.has("content-type")).toBe(false);
  });
});

describe("JsonResponseTests", () => {
  test("test_json_response_non_ascii", () => {
    expect(JSON.parse(new JsonResponse({ key: "łóżko" }).text)).toEqual({ key: "łóżko" });
  });
  test("test_json_response_raises_type_error_with_default_setting", () => {
    expect(() => new JsonResponse([1, 2, 3])).toThrow("In order to allow non-object values to be serialized set the safe option to false.");
  });
  test("test_json_response_text / list", () => {
    expect(JSON.parse(new JsonResponse("foobar", { safe: false }).text)).toBe("foobar");
    expect(JSON.parse(new JsonResponse(["foo", "bar"], { safe: false }).text)).toEqual(["foo", "bar"]);
  });
  test("test_json_response_passing_arguments_to_json_dumps", () => {
    expect(new JsonResponse({ foo: "bar" }, { jsonDumpsParams: { space: 2 } }).text).toBe('{\n  "foo": "bar"\n}');
  });
  test("test_json_response_custom_encoder", () => {
    const response = new JsonResponse({ foo: new Set(["bar"]) }, { jsonDumpsParams: { replacer: (_key, value) => (value instanceof Set ? [...value] : value) } });
    expect(JSON.parse(response.text)).toEqual({ foo: ["bar"] });
  });
});

describe("HttpResponseSubclassesTests / unsafe redirects (httpwrappers)", () => {
  test("test_unsafe_redirect", () => {
    for (const url of ['data:text/html,<script>window.alert("xss")</script>', "mailto:test@example.com", "file:///etc/passwd", "javascript:alert(1)", " javascript:alert(1)"]) {
      expect(() => new HttpResponseRedirect(url)).toThrow(DisallowedRedirect);
      expect(() => new HttpResponsePermanentRedirect(url)).toThrow(DisallowedRedirect);
    }
    for (const url of ["http://example.com/", "https://example.com/", "ftp://example.com/", "/relative/", "?q=1"]) expect(new HttpResponseRedirect(url).url).toBe(url);
  });
  test("test_redirect (IRI): a Unicode location is percent-encoded", () => {
    expect(new HttpResponseRedirect("/æøå/abc/").url).toBe("/%C3%A6%C3%B8%C3%A5/abc/");
    expect(new HttpResponseRedirect("/日本/").url).toBe("/%E6%97%A5%E6%9C%AC/");
  });
});

describe("CsrfViewMiddlewareTests.test_https_malformed_referer (empty Referer)", () => {
  test("an empty Referer on https is 'Referer is malformed', not 'no Referer'", async () => {
    const app = new App({ DEBUG: true, ALLOWED_HOSTS: ["*"] });
    app.urlpatterns = [path("post/", () => "ok")];
    const client = new Client(app, { enforceCsrfChecks: true });
    const response = await client.post("/post/", { a: "b" }, { secure: true, headers: { Referer: "" } });
    expect(response.status).toBe(403);
    expect(response.content).toContain("Referer checking failed - Referer is malformed.");
    const missing = await client.post("/post/", { a: "b" }, { secure: true });
    expect(missing.content).toContain("Referer checking failed - no Referer.");
  });
});
