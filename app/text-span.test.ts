import { describe, expect, it } from "vitest";
import { changedSpan } from "./text-span.ts";

/** Applies the span as an editor would: the old text with only the span replaced. */
function apply(before: string, after: string): string {
  const { start, oldEnd, newEnd } = changedSpan(before, after);
  return before.slice(0, start) + after.slice(start, newEnd) + before.slice(oldEnd);
}

describe("changedSpan", () => {
  it("finds the one changed part of a file", () => {
    const before = 'app.urlpatterns = [path("", () => "<h1>Warm 1</h1>")];\nexport default app;\n';
    const after = before.replace("Warm 1", "Warm 12");
    const at = before.indexOf("</h1>"); // "2" goes in just before it
    expect(changedSpan(before, after)).toEqual({ start: at, oldEnd: at, newEnd: at + 1 });
  });

  it("rebuilds the new text for insertions, deletions, repeats and whole replacements", () => {
    const cases: [string, string][] = [
      ["abcd", "abXd"],
      ["aa", "aaa"],
      ["aaa", "aa"],
      ["", "new"],
      ["old", ""],
      ["same", "same"],
      ["abc", "xyz"],
      ["line 1\nline 2\n", "line 1\nline 1.5\nline 2\n"],
    ];
    for (const [before, after] of cases) expect(apply(before, after)).toBe(after);
  });

  it("never splits a surrogate pair", () => {
    // 😀 and 😃 share their high surrogate; 😀 and 🙀 share their low one.
    for (const [before, after] of [["x😀y", "x😃y"], ["x😀y", "x🙀y"]] as const) {
      const { start, oldEnd, newEnd } = changedSpan(before, after);
      expect([start, oldEnd, newEnd]).toEqual([1, 3, 3]);
      expect(apply(before, after)).toBe(after);
    }
  });
});
