/**
 * Django's own tests of the CSRF token functions and of the Origin and Referer checks, where
 * Django calls them on a bare request (tests/csrf_tests/tests.py CsrfFunctionTests, and the
 * `_check_referer`/`_origin_verified` assertions of CsrfViewMiddlewareTestMixin), translated
 * case by case. The same cases through a whole app are in csrf_middleware.django.test.ts.
 */
import { describe, expect, test } from "vitest";
import { App } from "../app.ts";
import type { IncomingRequest } from "../http/incoming.ts";
import { HttpRequest } from "../http/request.ts";
import type { SettingsInput } from "../settings.ts";
import { CsrfState, getToken, rotateToken } from "./middleware.ts";
import { checkOrigin, checkReferer } from "./origin.ts";
import { MASKED_TEST_SECRET1, MASKED_TEST_SECRET2, TEST_SECRET } from "./testing.ts";
import { checkTokenFormat, CSRF_SECRET_LENGTH, CSRF_TOKEN_LENGTH, InvalidTokenFormat, maskSecret, tokenMatches, unmaskToken } from "./token.ts";

/** Django's assertMaskedSecretCorrect. */
function expectMaskedSecret(masked: string, secret: string): void {
  expect(masked).toHaveLength(CSRF_TOKEN_LENGTH);
  expect(secret).toHaveLength(CSRF_SECRET_LENGTH);
  expect(masked).toMatch(/^[a-zA-Z0-9]+$/);
  expect(unmaskToken(masked)).toBe(secret);
}

/** A bare request with these headers (lower-case names), as Django's tests fill `request.META`. */
function bareRequest(headers: Record<string, string>, { secure = false, settings = {} as SettingsInput } = {}): HttpRequest {
  const incoming: IncomingRequest = {
    method: "POST",
    target: "/",
    scheme: secure ? "https" : "http",
    header: (name) => headers[name] ?? null,
    headers: () => new Headers(headers),
    hasBody: false,
    readBody: async () => new Uint8Array(),
  };
  return new HttpRequest(new App({ SECRET_KEY: "x", ALLOWED_HOSTS: ["www.example.com"], ...settings }), incoming);
}

describe("CsrfFunctionTests", () => {
  test("test_unmask_cipher_token", () => {
    const cases: [string, string][] = [
      [TEST_SECRET, MASKED_TEST_SECRET1],
      [TEST_SECRET, MASKED_TEST_SECRET2],
      ["a".repeat(32), "vFioG3XOLyGyGsPRFyB9iYUs341ufzIEvFioG3XOLyGyGsPRFyB9iYUs341ufzIE"],
      ["a".repeat(32), "a".repeat(64)],
      ["a".repeat(32), "b".repeat(64)],
      ["b".repeat(32), "a".repeat(32) + "b".repeat(32)],
      ["b".repeat(32), "b".repeat(32) + "c".repeat(32)],
      ["c".repeat(32), "a".repeat(32) + "c".repeat(32)],
    ];
    for (const [secret, masked] of cases) expect(unmaskToken(masked)).toBe(secret);
  });

  test("test_mask_cipher_secret", () => {
    for (const secret of ["a".repeat(32), TEST_SECRET, "da4SrUiHJYoJ0HYQ0vcgisoIuFOxx4ER"]) expectMaskedSecret(maskSecret(secret), secret);
  });

  test("test_get_token_csrf_cookie_set: the token masks the cookie's secret, which is kept and sent again", () => {
    const request = bareRequest({});
    request.state.csrf = new CsrfState(TEST_SECRET);
    expect(request.state.csrf.needsUpdate).toBe(false);
    expectMaskedSecret(getToken(request), TEST_SECRET);
    expect(request.state.csrf.secret).toBe(TEST_SECRET);
    expect(request.state.csrf.needsUpdate).toBe(true);
  });

  test("test_get_token_csrf_cookie_not_set: a new secret is made", () => {
    const request = bareRequest({});
    request.state.csrf = new CsrfState(null);
    const token = getToken(request);
    expectMaskedSecret(token, request.state.csrf.secret!);
    expect(request.state.csrf.needsUpdate).toBe(true);
  });

  test("test_rotate_token", () => {
    const request = bareRequest({});
    request.state.csrf = new CsrfState(TEST_SECRET);
    rotateToken(request);
    expect(request.state.csrf.secret).toHaveLength(CSRF_SECRET_LENGTH);
    expect(request.state.csrf.secret).not.toBe(TEST_SECRET);
    expect(request.state.csrf.needsUpdate).toBe(true);
  });

  test("test_check_token_format_valid", () => {
    for (const token of [TEST_SECRET, MASKED_TEST_SECRET1, "a".repeat(64)]) expect(() => checkTokenFormat(token)).not.toThrow();
  });

  test("test_check_token_format_invalid", () => {
    for (const [token, message] of [["*".repeat(64), "has invalid characters"], ["a".repeat(16), "has incorrect length"]] as const) {
      expect(() => checkTokenFormat(token)).toThrow(InvalidTokenFormat);
      expect(() => checkTokenFormat(token)).toThrow(message);
    }
  });

  test("test_does_token_match", () => {
    const cases: [[string, string], boolean][] = [
      [[MASKED_TEST_SECRET1, TEST_SECRET], true],
      [[MASKED_TEST_SECRET2, TEST_SECRET], true],
      [["a".repeat(64), unmaskToken("a".repeat(64))], true],
      [[TEST_SECRET, TEST_SECRET], true],
      [["a".repeat(32), "a".repeat(32)], true],
      [["a".repeat(32), TEST_SECRET], false],
      [["a".repeat(64), TEST_SECRET], false],
    ];
    for (const [[token, secret], expected] of cases) expect(tokenMatches(token, secret)).toBe(expected);
  });
});

describe("CsrfViewMiddlewareTestMixin: the Referer check (_check_referer)", () => {
  const bad = (referer: string) => `Referer checking failed - ${referer} does not match any trusted origins.`;

  test("test_https_malformed_host: a Host that is not valid matches no Referer", () => {
    const request = bareRequest({ host: "@malformed", referer: "https://www.evil.org/somepage" }, { secure: true });
    expect(checkReferer(request, [])).toBe(bad("https://www.evil.org/somepage"));
  });

  test("test_https_malformed_referer", () => {
    const reasonFor = (referer: string) => checkReferer(bareRequest({ host: "www.example.com", referer }, { secure: true }), []);
    expect(reasonFor("http://http://www.example.com/")).toBe("Referer checking failed - Referer is insecure while host is secure.");
    for (const referer of ["", "ØBöIß", "//example.com/", "https://", "https://["]) {
      expect(reasonFor(referer)).toBe("Referer checking failed - Referer is malformed.");
    }
  });

  test("test_https_good_referer_behind_proxy: CSRF_COOKIE_DOMAIN and X-Forwarded-Port (USE_X_FORWARDED_PORT)", () => {
    const headers = { host: "10.0.0.2", referer: "https://www.example.com/somepage", "x-forwarded-host": "www.example.com", "x-forwarded-port": "443" };
    const request = bareRequest(headers, { secure: true, settings: { CSRF_COOKIE_DOMAIN: ".example.com", USE_X_FORWARDED_PORT: true } });
    expect(checkReferer(request, [], ".example.com")).toBeNull();
  });

  test("test_https_good_referer_malformed_host: a trusted origin's Referer passes whatever the Host", () => {
    const request = bareRequest({ host: "@malformed", referer: "https://dashboard.example.com/somepage" }, { secure: true });
    expect(checkReferer(request, ["https://dashboard.example.com"])).toBeNull();
  });
});

describe("CsrfViewMiddlewareTestMixin: the Origin check (_origin_verified)", () => {
  const originOk = (origin: string, { secure = false, trusted = [] as string[] } = {}) =>
    checkOrigin(bareRequest({ host: "www.example.com", origin }, { secure }), origin, trusted) === null;

  test("test_origin_malformed_host", () => {
    const request = bareRequest({ host: "@malformed", origin: "https://www.evil.org" }, { secure: true });
    expect(checkOrigin(request, "https://www.evil.org", [])).toBe("Origin checking failed - https://www.evil.org does not match any trusted origins.");
  });
  test("test_bad_origin_bad_domain", () => expect(originOk("https://www.evil.org")).toBe(false));
  test("test_bad_origin_null_origin", () => expect(originOk("null")).toBe(false));
  test("test_bad_origin_bad_protocol", () => expect(originOk("http://example.com", { secure: true })).toBe(false));
  test("test_bad_origin_csrf_trusted_origin_bad_protocol", () => {
    const trusted = ["http://no-match.com", "https://*.example.com", "http://*.no-match.com", "http://*.no-match-2.com"];
    expect(originOk("http://foo.example.com", { secure: true, trusted })).toBe(false);
  });
  test("test_bad_origin_cannot_be_parsed", () => expect(originOk("https://[")).toBe(false));
  test("test_good_origin_insecure", () => expect(originOk("http://www.example.com")).toBe(true));
  test("test_good_origin_secure", () => expect(originOk("https://www.example.com", { secure: true })).toBe(true));
  test("test_good_origin_csrf_trusted_origin_allowed", () => {
    expect(originOk("https://dashboard.example.com", { secure: true, trusted: ["https://dashboard.example.com"] })).toBe(true);
  });
  test("test_good_origin_wildcard_csrf_trusted_origin_allowed", () => {
    expect(originOk("https://foo.example.com", { secure: true, trusted: ["https://*.example.com"] })).toBe(true);
  });
});
