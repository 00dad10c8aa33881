import { describe, expect, it } from "vitest";
import { urlHasAllowedHostAndScheme } from "./url-safety.ts";

// The cases of Django's own tests (tests/utils_tests/test_http.py, URLHasAllowedHostAndSchemeTests).
describe("urlHasAllowedHostAndScheme", () => {
  const hosts = ["testserver"];

  it.each([
    "http://example.com",
    "http:///example.com",
    "https://example.com",
    "ftp://example.com",
    "\\\\example.com",
    "\\\\\\example.com",
    "/\\\\/example.com",
    "\\\\//example.com",
    "/\\/example.com",
    "\\/example.com",
    "/\\example.com",
    "http:/\\//example.com",
    "http:\\/example.com",
    "http:/\\example.com",
    'javascript:alert("XSS")',
    "\njavascript:alert(x)",
    "java\nscript:alert(x)",
    "\x08//example.com",
    "http://otherserver\\@example.com",
    "http:\\\\testserver\\@example.com",
    "http://testserver\\me:pass@example.com",
    "http://testserver\\@example.com",
    "http:\\\\testserver\\confirm\\me@example.com",
    "http:999999999",
    "ftp:9999999999",
    "\n",
    "http://[2001:cdba:0000:0000:0000:0000:3257:9652/",
    "http://2001:cdba:0000:0000:0000:0000:3257:9652]/",
    "/\t/example.com",
    "",
  ])("refuses %j", (url) => {
    expect(urlHasAllowedHostAndScheme(url, hosts)).toBe(false);
  });

  it.each([
    "/view/?param=http://example.com",
    "/view/?param=https://example.com",
    "/view?param=ftp://example.com",
    "view/?param=//example.com",
    "https://testserver/",
    "HTTPS://testserver/",
    "//testserver/",
    "http://testserver/confirm?email=me@example.com",
    "/url%20with%20spaces/",
    "path/http:2222222222",
  ])("accepts %j", (url) => {
    expect(urlHasAllowedHostAndScheme(url, hosts)).toBe(true);
  });

  it("compares the host with its credentials and port, as written", () => {
    expect(urlHasAllowedHostAndScheme("http://user:pass@testserver/", ["user:pass@testserver"])).toBe(true);
    expect(urlHasAllowedHostAndScheme("http://user:pass@testserver/", ["testserver"])).toBe(false);
    expect(urlHasAllowedHostAndScheme("http://testserver:8000/", ["testserver"])).toBe(false);
  });

  it("with no allowed hosts accepts only paths", () => {
    expect(urlHasAllowedHostAndScheme("/confirm/me@example.com", null)).toBe(true);
    expect(urlHasAllowedHostAndScheme("http://testserver/confirm/me@example.com", null)).toBe(false);
  });

  it("takes one host as a string", () => {
    expect(urlHasAllowedHostAndScheme("http://good.com/good", "good.com")).toBe(true);
    expect(urlHasAllowedHostAndScheme("http://good.co/evil", "good.com")).toBe(false);
  });

  it("with requireHttps accepts only https (or no scheme and no host)", () => {
    for (const url of ["https://example.com/p", "HTTPS://example.com/p", "/view/?param=http://example.com"]) {
      expect(urlHasAllowedHostAndScheme(url, ["example.com"], true)).toBe(true);
    }
    for (const url of ["http://example.com/p", "ftp://example.com/p", "//example.com/p"]) {
      expect(urlHasAllowedHostAndScheme(url, ["example.com"], true)).toBe(false);
    }
  });

  it("refuses very long URLs and what is not a string", () => {
    expect(urlHasAllowedHostAndScheme("/" + "a".repeat(10_000), hosts)).toBe(false);
    expect(urlHasAllowedHostAndScheme(undefined, hosts)).toBe(false);
    expect(urlHasAllowedHostAndScheme(null, hosts)).toBe(false);
  });
});
