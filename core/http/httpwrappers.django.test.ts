/**
 * Django's own QueryDict tests (tests/httpwrappers/tests.py QueryDictTests), translated where
 * onefile keeps Django's behaviour, and kept as documented differences where QueryDict follows
 * the Web's URLSearchParams instead.
 */
import { describe, expect, test } from "vitest";
import { URLResolver, path } from "../urls/index.ts";
import { QueryDict } from "./querydict.ts";

describe("QueryDictTests", () => {
  test("test_create_with_no_args", () => {
    expect([...new QueryDict().keys()]).toEqual([]);
  });
  test("test_missing_key", () => {
    expect(new QueryDict().get("foo")).toBeNull();
  });
  test("test_single_key_value", () => {
    const q = new QueryDict("foo=bar");
    expect(q.get("foo")).toBe("bar");
    expect(q.getAll("foo")).toEqual(["bar"]);
    expect(q.has("foo")).toBe(true);
    expect(q.has("bar")).toBe(false);
    expect(q.toString()).toBe("foo=bar");
  });
  test("test_multiple_keys (getlist keeps every value, in order)", () => {
    const q = new QueryDict("vote=yes&vote=no");
    expect(q.getAll("vote")).toEqual(["yes", "no"]);
    expect(q.toString()).toBe("vote=yes&vote=no");
  });
  test("test_non_default_encoding: a UTF-8 percent-encoded value is decoded", () => {
    expect(new QueryDict("cur=%E2%82%AC").get("cur")).toBe("€");
  });
});

describe("documented difference: QueryDict follows URLSearchParams", () => {
  // Django's q["key"] and q.get("key") give the LAST value of a repeated key; onefile's
  // QueryDict is a URLSearchParams (what every JavaScript reader knows), whose get() gives the
  // FIRST. getAll() (Django's getlist) gives them all in both. It is mutable, as a
  // URLSearchParams is (Django's request.GET is immutable until copied).
  test("get() of a repeated key is the first value, not the last", () => {
    const q = new QueryDict("a=1&a=2&a=3");
    expect(q.get("a")).toBe("1");
    expect(q.getAll("a")).toEqual(["1", "2", "3"]);
  });
  test("it can be changed in place", () => {
    const q = new QueryDict("a=1");
    q.set("a", "2");
    expect(q.toString()).toBe("a=2");
  });
});

describe("documented difference: no BigInt", () => {
  // Django's int converter and IntegerField give Python ints of any size; onefile gives a
  // JavaScript number, exact up to 2^53 - 1. A larger id should be matched as a string
  // (<str:id> or <slug:id>) and kept as one.
  test("the int converter gives a number; past 2^53 it is not exact", () => {
    const resolver = new URLResolver([path("n/<int:n>/", () => "")]);
    expect(resolver.resolve("/n/9007199254740991/")?.params.n).toBe(Number.MAX_SAFE_INTEGER);
    expect(resolver.resolve("/n/9007199254740993/")?.params.n).toBe(9007199254740992);
    expect(resolver.resolve("/n/9007199254740993/")?.params.n).not.toBe(9007199254740993n as unknown as number);
  });
});
