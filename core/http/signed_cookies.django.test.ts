/**
 * Django's own tests for signed cookies (tests/signed_cookies_tests/tests.py), translated case
 * by case, through a real app: `setSignedCookie` in one view, `getSignedCookie` in another.
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import { App } from "../app.ts";
import { BadSignature, SignatureExpired } from "../signing/index.ts";
import { Client } from "../test/client.ts";
import { path } from "../urls/index.ts";
import type { HttpRequest } from "./request.ts";
import { HttpResponse } from "./response.ts";

afterEach(() => vi.useRealTimers());

/** An app whose "/set/" sets cookie `c` signed, and whose "/get/" reads it with the given options. */
function setup(salt = "", secretKey = "a-secret-key-for-the-signed-cookie-tests") {
  const read: { value?: string | null; error?: unknown } = {};
  let options: Parameters<HttpRequest["getSignedCookie"]>[1] = {};
  const app = new App({ DEBUG: true, SECRET_KEY: secretKey });
  app.urlpatterns = [
    path("set/", () => {
      const response = new HttpResponse("set");
      response.setSignedCookie("c", "hello", { salt });
      return response;
    }),
    path("get/", (request: HttpRequest) => {
      delete read.value;
      delete read.error;
      try {
        read.value = request.getSignedCookie("c", options);
      } catch (error) {
        read.error = error;
      }
      return "read";
    }),
  ];
  const client = new Client(app);
  return {
    client,
    async get(opts: typeof options = {}) {
      options = opts;
      await client.get("/get/");
      return read;
    },
  };
}

describe("SignedCookieTest", () => {
  test("test_can_set_and_read_signed_cookies", async () => {
    const s = setup();
    await s.client.get("/set/");
    expect(s.client.cookies.get("c")).toMatch(/^hello:/);
    expect((await s.get()).value).toBe("hello");
  });

  test("test_can_use_salt", async () => {
    const s = setup("one");
    await s.client.get("/set/");
    expect((await s.get({ salt: "one" })).value).toBe("hello");
    expect((await s.get({ salt: "two" })).error).toBeInstanceOf(BadSignature);
  });

  test("test_detects_tampering", async () => {
    const s = setup();
    await s.client.get("/set/");
    s.client.cookies.set("c", s.client.cookies.get("c")!.slice(0, -2) + "$$");
    expect((await s.get()).error).toBeInstanceOf(BadSignature);
  });

  test("test_default_argument_suppresses_exceptions", async () => {
    const s = setup();
    await s.client.get("/set/");
    s.client.cookies.set("c", s.client.cookies.get("c")!.slice(0, -2) + "$$");
    expect(await s.get({ default: null })).toEqual({ value: null });
  });

  test("test_max_age_argument", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(123456789 * 1000);
    const s = setup();
    await s.client.get("/set/");
    expect((await s.get()).value).toBe("hello");
    vi.setSystemTime(123456800 * 1000);
    expect((await s.get({ maxAge: 12 })).value).toBe("hello");
    expect((await s.get({ maxAge: 11 })).value).toBe("hello");
    expect((await s.get({ maxAge: 10 })).error).toBeInstanceOf(SignatureExpired);
  });

  test("test_signed_cookies_with_binary_key (a non-ASCII key)", async () => {
    const s = setup("", "\u00e7l\u00e9-s\u00e9cr\u00e8te");
    await s.client.get("/set/");
    expect((await s.get()).value).toBe("hello");
  });

  test("a missing cookie throws without a default and gives the default with one", async () => {
    const s = setup();
    expect((await s.get()).error).toBeInstanceOf(Error);
    expect((await s.get({ default: "none" })).value).toBe("none");
  });
});
