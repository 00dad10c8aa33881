import { describe, expect, it } from "vitest";
import { displayForValue, formatDate, formatDateTime, formatTime } from "./format.ts";

describe("the admin's value formats (Django's defaults)", () => {
  it("formats dates as N j, Y with AP month names", () => {
    expect(formatDate(new Date("2025-03-05T10:00:00Z"))).toBe("March 5, 2025");
    expect(formatDate(new Date("2025-09-01T00:00:00Z"))).toBe("Sept. 1, 2025");
    expect(formatDate(new Date("2025-11-30T23:59:00Z"))).toBe("Nov. 30, 2025");
  });

  it("formats times as P: midnight, noon, minutes only when set", () => {
    expect(formatTime(new Date("2025-01-01T00:00:00Z"))).toBe("midnight");
    expect(formatTime(new Date("2025-01-01T12:00:00Z"))).toBe("noon");
    expect(formatTime(new Date("2025-01-01T10:00:00Z"))).toBe("10 a.m.");
    expect(formatTime(new Date("2025-01-01T15:05:00Z"))).toBe("3:05 p.m.");
    expect(formatTime(new Date("2025-01-01T00:30:00Z"))).toBe("12:30 a.m.");
    expect(formatDateTime(new Date("2025-11-30T10:30:00Z"))).toBe("Nov. 30, 2025, 10:30 a.m.");
  });

  it("shows choices by label, empties as -, dates by field kind", () => {
    expect(displayForValue("d", { internalType: "CharField", choices: [["d", "Draft"]] })).toBe("Draft");
    expect(displayForValue("x", { internalType: "CharField", choices: [["d", "Draft"]] })).toBe("x");
    expect(displayForValue(null, { internalType: "CharField" })).toBe("-");
    expect(displayForValue("", { internalType: "CharField" }, "(none)")).toBe("(none)");
    expect(displayForValue(new Date("2025-11-30T10:30:00Z"), { internalType: "DateField" })).toBe("Nov. 30, 2025");
    expect(displayForValue(new Date("invalid"), { internalType: "DateTimeField" })).toBe("-");
    expect(displayForValue(true)).toBe("Yes");
    expect(displayForValue({ a: 1 })).toBe('{"a":1}');
    expect(displayForValue({ toString: () => "Question 1" })).toBe("Question 1");
    expect(displayForValue(["a", null])).toBe("a, -");
  });
});
