/**
 * Django's own tests for `HttpRequest.get_host()`, `build_absolute_uri()` and `is_secure()`
 * (tests/requests_tests/tests.py HostValidationTests and BuildAbsoluteURITests,
 * tests/settings_tests/tests.py SecureProxySslHeaderTest), translated case by case.
 */
import { describe, expect, test } from "vitest";
import { App } from "../app.ts";
import { DisallowedHost } from "../errors.ts";
import type { SettingsInput } from "../settings.ts";
import type { IncomingRequest } from "./incoming.ts";
import { HttpRequest } from "./request.ts";

/** A request with exactly these headers (lower-case names), as Django tests set `request.META`. */
function requestWith(settings: SettingsInput, headers: Record<string, string>, { target = "/", scheme = "http" as "http" | "https" } = {}): HttpRequest {
  const incoming: IncomingRequest = {
    method: "GET",
    target,
    scheme,
    header: (name) => headers[name] ?? null,
    headers: () => new Headers(headers),
    hasBody: false,
    readBody: async () => new Uint8Array(),
  };
  return new HttpRequest(new App({ SECRET_KEY: "x", ...settings }), incoming);
}

const ALLOWED = ["forward.com", "example.com", "internal.com", "12.34.56.78", "[2001:19f0:feee::dead:beef:cafe]", "xn--4ca9at.com", ".multitenant.com", "INSENSITIVE.com", "[::ffff:169.254.169.254]"];
const POISONED = ["example.com@evil.tld", "example.com:dr.frankenstein@evil.tld", "example.com:dr.frankenstein@evil.tld:80", "example.com:80/badpath", "example.com: recovermypassword.com"];
const LEGIT = ["example.com", "example.com:80", "12.34.56.78", "12.34.56.78:443", "[2001:19f0:feee::dead:beef:cafe]", "[2001:19f0:feee::dead:beef:cafe]:8080", "xn--4ca9at.com", "anything.multitenant.com", "multitenant.com", "insensitive.com", "example.com.", "example.com.:80", "[::ffff:169.254.169.254]"];

describe("HostValidationTests", () => {
  test("test_http_get_host: X-Forwarded-Host ignored, legit hosts pass, poisoned ones are refused", () => {
    const settings = { ALLOWED_HOSTS: ALLOWED, USE_X_FORWARDED_HOST: false };
    expect(requestWith(settings, { "x-forwarded-host": "forward.com", host: "example.com" }).getHost()).toBe("example.com");
    for (const host of LEGIT) expect(requestWith(settings, { host }).getHost()).toBe(host);
    for (const host of [...POISONED, "other.com", "example.com.."]) expect(() => requestWith(settings, { host }).getHost()).toThrow(DisallowedHost);
  });

  test("test_http_get_host_with_x_forwarded_host", () => {
    const settings = { ALLOWED_HOSTS: ALLOWED, USE_X_FORWARDED_HOST: true };
    expect(requestWith(settings, { "x-forwarded-host": "forward.com", host: "example.com" }).getHost()).toBe("forward.com");
    expect(requestWith(settings, { host: "example.com" }).getHost()).toBe("example.com");
    for (const host of POISONED) expect(() => requestWith(settings, { "x-forwarded-host": host, host: "example.com" }).getHost()).toThrow(DisallowedHost);
  });

  test("test_host_validation_in_debug_mode", () => {
    for (const host of ["localhost", "subdomain.localhost", "127.0.0.1", "[::1]"]) {
      expect(requestWith({ DEBUG: true, ALLOWED_HOSTS: [] }, { host }).getHost()).toBe(host);
    }
    expect(() => requestWith({ DEBUG: true, ALLOWED_HOSTS: [] }, { host: "example.com" }).getHost()).toThrow(DisallowedHost);
  });

  test("test_get_host_suggestion_of_allowed_host", () => {
    const message = (host: string) => {
      try {
        requestWith({ ALLOWED_HOSTS: [] }, { host }).getHost();
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("expected DisallowedHost");
    };
    for (const host of ["example.com", "12.34.56.78", "[2001:19f0:feee::dead:beef:cafe]", "xn--4ca9at.com"]) {
      expect(message(host)).toBe(`Invalid HTTP_HOST header: "${host}". You may need to add "${host}" to ALLOWED_HOSTS.`);
    }
    for (const [domain, port] of [["example.com", 80], ["12.34.56.78", 443], ["[2001:19f0:feee::dead:beef:cafe]", 8080]] as const) {
      expect(message(`${domain}:${port}`)).toBe(`Invalid HTTP_HOST header: "${domain}:${port}". You may need to add "${domain}" to ALLOWED_HOSTS.`);
    }
    for (const host of POISONED) expect(message(host)).toMatch(/^Invalid HTTP_HOST header: .* It is not a valid host name\.$/);
  });

  test("two Host headers (joined by the host) are refused even with ALLOWED_HOSTS ['*']", () => {
    expect(() => requestWith({ ALLOWED_HOSTS: ["*"] }, { host: "example.com, evil.example" }).getHost()).toThrow(DisallowedHost);
  });
});

describe("BuildAbsoluteURITests", () => {
  const settings = { ALLOWED_HOSTS: ["testserver", "www.example.com", "127.0.0.1"] };
  test("test_absolute_url", () => {
    expect(requestWith(settings, { host: "testserver" }).buildAbsoluteUri("https://www.example.com/asdf")).toBe("https://www.example.com/asdf");
  });
  test("test_host_retrieval", () => {
    expect(requestWith(settings, { host: "www.example.com" }).buildAbsoluteUri("/path/with:colons")).toBe("http://www.example.com/path/with:colons");
  });
  test("test_request_path_begins_with_two_slashes", () => {
    const request = requestWith(settings, { host: "testserver" }, { target: "//absolute-uri" });
    const cases: [string | undefined, string][] = [
      [undefined, "http://testserver//absolute-uri"],
      ["http://example.com/?foo=bar", "http://example.com/?foo=bar"],
      ["//example.com/?foo=bar", "http://example.com/?foo=bar"],
      ["/foo/bar/", "http://testserver/foo/bar/"],
      ["/foo/./bar/", "http://testserver/foo/bar/"],
      ["/foo/../bar/", "http://testserver/bar/"],
      ["///foo/bar/", "http://testserver/foo/bar/"],
    ];
    for (const [location, expected] of cases) expect(request.buildAbsoluteUri(location)).toBe(expected);
  });
  test("a Host with a port past 65535 is kept as sent, never a 500", () => {
    expect(requestWith(settings, { host: "127.0.0.1:99999999" }).buildAbsoluteUri("/a/./b")).toBe("http://127.0.0.1:99999999/a/b");
  });
  test("an IRI location is encoded (iri_to_uri)", () => {
    expect(requestWith(settings, { host: "testserver" }).buildAbsoluteUri("/日本/")).toBe("http://testserver/%E6%97%A5%E6%9C%AC/");
  });
});

describe("SecureProxySslHeaderTest", () => {
  const proxied = (value?: string) =>
    requestWith({ ALLOWED_HOSTS: ["*"], SECURE_PROXY_SSL_HEADER: ["HTTP_X_FORWARDED_PROTO", "https"] }, value === undefined ? {} : { "x-forwarded-proto": value });
  test("test_none", () => {
    expect(requestWith({ ALLOWED_HOSTS: ["*"] }, {}).isSecure()).toBe(false);
  });
  test("test_set_without_xheader", () => expect(proxied().isSecure()).toBe(false));
  test("test_set_with_xheader_wrong", () => expect(proxied("wrongvalue").isSecure()).toBe(false));
  test("test_set_with_xheader_right", () => expect(proxied("https").isSecure()).toBe(true));
  test("test_set_with_xheader_leftmost_right", () => {
    expect(proxied("https, http").isSecure()).toBe(true);
    expect(proxied("https  , http").isSecure()).toBe(true);
  });
  test("test_set_with_xheader_leftmost_not_secure", () => expect(proxied("http, https").isSecure()).toBe(false));
  test("test_set_with_xheader_multiple_not_secure", () => expect(proxied("http ,wrongvalue,http,http").isSecure()).toBe(false));
  test("test_xheader_preferred_to_underlying_request", () => {
    const request = requestWith({ ALLOWED_HOSTS: ["*"], SECURE_PROXY_SSL_HEADER: ["X-Forwarded-Proto", "https"] }, { "x-forwarded-proto": "http" }, { scheme: "https" });
    expect(request.isSecure()).toBe(false);
    expect(requestWith({ ALLOWED_HOSTS: ["*"], SECURE_PROXY_SSL_HEADER: ["X-Forwarded-Proto", "https"] }, { "x-forwarded-proto": "https" }).isSecure()).toBe(true);
  });
});
