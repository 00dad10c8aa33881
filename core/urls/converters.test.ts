import { describe, expect, test } from "vitest";
import { ConverterRegistry, DEFAULT_CONVERTERS, ImproperlyConfigured } from "./index.ts";

const full = (name: string) => new RegExp(`^(?:${DEFAULT_CONVERTERS[name]!.regex})$`);

describe("default converters", () => {
  test.each([
    ["str", ["a", "a b", "é", "x.y"], ["", "a/b"]],
    ["int", ["0", "42", "007"], ["", "-1", "1.5", "x"]],
    ["slug", ["a", "a-b_c9"], ["", "a b", "é", "a.b"]],
    ["uuid", ["123e4567-e89b-12d3-a456-426614174000"], ["123E4567-E89B-12D3-A456-426614174000", "123e4567e89b12d3a456426614174000", "x"]],
    ["path", ["a", "a/b/c"], [""]],
  ])("%s matches what Django's does", (name, good, bad) => {
    for (const text of good) expect(full(name).test(text), text).toBe(true);
    for (const text of bad) expect(full(name).test(text), text).toBe(false);
  });

  test("int converts to a number; the others keep the text", () => {
    expect(DEFAULT_CONVERTERS.int!.toValue("007")).toBe(7);
    expect(DEFAULT_CONVERTERS.slug!.toValue("a-b")).toBe("a-b");
    expect(DEFAULT_CONVERTERS.int!.toUrl(7)).toBe("7");
  });
});

describe("ConverterRegistry.register", () => {
  const ok = { regex: "[0-9]{4}", toValue: Number, toUrl: String };

  test("registers and lists", () => {
    const registry = new ConverterRegistry();
    registry.register("year", ok);
    expect(registry.get("year")).toBe(ok);
    expect(registry.names()).toEqual(["str", "int", "slug", "uuid", "path", "year"]);
    expect(registry.closeNames("yaer")).toContain("year");
  });

  test.each([
    ["bad name", "my-year", ok, /not valid/],
    ["taken name", "int", ok, /already registered/],
    ["missing toUrl", "y", { regex: "x", toValue: Number }, /must be an object/],
    ["invalid regex", "y", { regex: "([0-9]", toValue: Number, toUrl: String }, /invalid regex/],
  ])("refuses a %s", (_, name, converter, message) => {
    expect(() => new ConverterRegistry().register(name, converter as never)).toThrow(ImproperlyConfigured);
    expect(() => new ConverterRegistry().register(name, converter as never)).toThrow(message);
  });
});
