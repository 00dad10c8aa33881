import { describe, expect, test } from "vitest";
import { formatValue } from "./format.ts";
import { cleanseSetting, isSensitiveName, MASK, maskPairs } from "./mask.ts";

describe("masking", () => {
  test("names that look secret, Django's list and more", () => {
    for (const name of ["SECRET_KEY", "API_URL", "AUTH_X", "TOKEN", "DB_PASSWORD", "SIGNATURE", "csrfmiddlewaretoken", "sessionid", "Cookie", "Authorization", "X-CSRFToken"]) {
      expect(isSensitiveName(name), name).toBe(true);
    }
    for (const name of ["DEBUG", "ALLOWED_HOSTS", "q", "page", "accept", "user-agent"]) expect(isSensitiveName(name), name).toBe(false);
  });

  test("maskPairs keeps names and hides values", () => {
    expect(maskPairs([["q", "1"], ["token", "abc"]])).toEqual([["q", "1"], ["token", MASK]]);
  });

  test("cleanseSetting hides nested secrets without changing the original", () => {
    const value = { NAME: "db", OPTIONS: { password: "pw", port: 5432 }, HOSTS: [{ api_key: "k" }] };
    expect(cleanseSetting("DATABASE", value)).toEqual({ NAME: "db", OPTIONS: { password: MASK, port: 5432 }, HOSTS: [{ api_key: MASK }] });
    expect(value.OPTIONS.password).toBe("pw");
    expect(cleanseSetting("SECRET_KEY", { any: "thing" })).toBe(MASK);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => cleanseSetting("X", cyclic)).not.toThrow();
  });
});

describe("formatValue", () => {
  test("strings, functions, nesting, cycles and long strings", () => {
    function index() {}
    expect(formatValue({ DEBUG: true, urlpatterns: [index] })).toBe("{\n  DEBUG: true,\n  urlpatterns: [\n    [Function index]\n  ]\n}");
    const cyclic: Record<string, unknown> = {};
    cyclic.me = cyclic;
    expect(formatValue(cyclic)).toBe("{\n  me: [Circular]\n}");
    expect(formatValue("x".repeat(400))).toMatch(/… \(100 more characters\)"$/);
    expect(formatValue(new Map([["a", 1]]))).toBe('Map(1) {\n  "a" => 1\n}');
    expect(formatValue({ "base.html": "<p>" })).toBe('{\n  "base.html": "<p>"\n}');
  });
});
