import { describe, expect, test } from "vitest";
import { literalPrefix, regexTemplate, translateRegex } from "./regex.ts";

describe("translateRegex", () => {
  test("named groups (JS and Python) become plain groups with recorded positions", () => {
    const info = translateRegex("^a/(?P<y>[0-9]{4})/(x)?(?<m>\\d+)\\Z");
    expect(info.source).toBe("a/([0-9]{4})/(x)?(\\d+)$");
    expect(info.groupCount).toBe(3);
    expect(info.groups).toEqual([{ name: "y", index: 1, inner: "[0-9]{4}" }, { name: "m", index: 3, inner: "\\d+" }]);
  });

  test("lookarounds and classes are copied, not counted; top-level ^ of each alternative dropped", () => {
    const info = translateRegex("^(?=a)(?<!b)[(<]x|^y");
    expect(info.source).toBe("(?=a)(?<!b)[(<]x|y");
    expect(info.groupCount).toBe(0);
    expect(info.topLevelAlternation).toBe(true);
  });

  test.each([["(?<a>x)\\1"], ["(?<a>x)\\k<a>"], ["(?P<a>x)(?P=a)"]])("refuses the backreference in %s", (src) => {
    expect(() => translateRegex(src)).toThrow(/backreferences/);
  });

  test("refuses unbalanced groups and classes", () => {
    expect(() => translateRegex("(a")).toThrow(/unclosed '\('/);
    expect(() => translateRegex("a)")).toThrow(/unmatched '\)'/);
    expect(() => translateRegex("[a")).toThrow(/unclosed '\['/);
  });
});

describe("literalPrefix", () => {
  test.each([
    ["about/", "about/", true],
    ["blog/([0-9]+)/$", "blog/", false],
    ["v1\\.json", "v1.json", true],
    ["blog/?x", "blog", false],
    ["a\\d", "a", false],
  ])("%s", (source, text, whole) => {
    expect(literalPrefix(source)).toEqual({ text, whole });
  });
});

describe("regexTemplate (Django's normalize)", () => {
  test("literals, parameters, representative characters and optional parts", () => {
    expect(regexTemplate("a/([0-9]{4})/", new Map([[1, "y"]]))).toEqual(["a", "/", { param: "y" }, "/"]);
    expect(regexTemplate("v\\d+\\.[jx]s.", new Map())).toEqual(["v", "0", ".", "j", "s", "."]);
    expect(regexTemplate("p(?:/(\\d+))?/", new Map([[1, "n"]]))).toEqual(["p", { group: [{ group: ["/", { param: "n" }], optional: false }], optional: true }, "/"]);
    expect(regexTemplate("ab?c{2}", new Map())).toEqual(["a", "cc"]);
  });

  test("refuses what cannot be reversed", () => {
    expect(() => regexTemplate("a|b", new Map())).toThrow(/alternatives/);
    expect(() => regexTemplate("[^/]", new Map())).toThrow(/cannot be reversed/);
  });
});
