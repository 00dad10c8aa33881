import { describe, expect, it } from "vitest";
import { applySetCookie, cookieHeader, type JarState } from "./cookies.ts";

describe("cookie jar", () => {
  it("stores cookies and sends them back", () => {
    const jar: JarState = {};
    expect(applySetCookie(jar, "sessionid=abc; Path=/; HttpOnly; SameSite=Lax")).toBe(true);
    applySetCookie(jar, 'theme="dark"');
    expect(cookieHeader(jar)).toBe("sessionid=abc; theme=dark");
  });

  it("deletes a cookie on Max-Age=0 or an Expires in the past", () => {
    const jar: JarState = { a: { value: "1" }, b: { value: "2" } };
    applySetCookie(jar, "a=; Max-Age=0; Path=/");
    applySetCookie(jar, "b=; expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/");
    expect(cookieHeader(jar)).toBeNull();
  });

  it("prefers Max-Age over Expires and drops expired cookies when sending", () => {
    const jar: JarState = {};
    applySetCookie(jar, "a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60", 1_000);
    expect(jar["a"]).toEqual({ value: "1", expires: 61_000 });
    expect(cookieHeader(jar, 60_000)).toBe("a=1");
    expect(cookieHeader(jar, 61_000)).toBeNull();
  });

  it("ignores malformed headers", () => {
    const jar: JarState = {};
    expect(applySetCookie(jar, "novalue")).toBe(false);
    expect(applySetCookie(jar, "=x")).toBe(false);
    expect(jar).toEqual({});
  });
});
