import { describe, expect, it } from "vitest";
import { decodeCookieValue, parseSetCookieHeader, serializeSetCookie } from "./cookies.ts";

describe("parseSetCookieHeader, the one Set-Cookie parser of the cookie jars", () => {
  it("reads name, value and lifetime; Max-Age wins over Expires", () => {
    expect(parseSetCookieHeader("sessionid=abc; Path=/; HttpOnly; SameSite=Lax", 0)).toEqual({ name: "sessionid", value: "abc", expires: undefined, expired: false });
    expect(parseSetCookieHeader("a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60", 1_000)).toMatchObject({ expires: 61_000, expired: false });
    expect(parseSetCookieHeader("a=1; Expires=Thu, 01 Jan 1970 00:00:10 GMT", 0)).toMatchObject({ expires: 10_000, expired: false });
  });

  it("says when a header deletes the cookie", () => {
    expect(parseSetCookieHeader("a=; Max-Age=0; Path=/")?.expired).toBe(true);
    expect(parseSetCookieHeader("a=; Max-Age=-1")?.expired).toBe(true);
    expect(parseSetCookieHeader("b=; expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/")?.expired).toBe(true);
  });

  it("keeps the value as sent, without quotes, and decodes it on request", () => {
    expect(parseSetCookieHeader('theme="dark"')?.value).toBe("dark");
    const header = serializeSetCookie("s", "a:b c");
    const value = parseSetCookieHeader(header)!.value;
    expect(value).toBe("a%3Ab%20c");
    expect(decodeCookieValue(value)).toBe("a:b c");
    expect(decodeCookieValue("%E0%A4%A")).toBe("%E0%A4%A");
  });

  it("ignores a header without a cookie name", () => {
    expect(parseSetCookieHeader("novalue")).toBeNull();
    expect(parseSetCookieHeader("=x")).toBeNull();
  });

  it("reads back what serializeSetCookie writes, deletions included", () => {
    const kept = parseSetCookieHeader(serializeSetCookie("k", "v", { maxAge: 100 }), 0)!;
    expect(kept.name).toBe("k");
    expect(kept.expired).toBe(false);
    expect(parseSetCookieHeader(serializeSetCookie("k", "", { maxAge: 0, expires: new Date(0) }))!.expired).toBe(true);
  });
});
