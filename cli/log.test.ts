import { describe, expect, it } from "vitest";
import { logTimestamp, requestLogLine } from "./log.ts";

describe("requestLogLine", () => {
  it("matches Django's runserver format", () => {
    const when = new Date(2026, 10, 23, 19, 7, 0);
    expect(requestLogLine(when, "GET", "/x/?a=1", "HTTP/1.1", 200, 123)).toBe('[23/Nov/2026 19:07:00] "GET /x/?a=1 HTTP/1.1" 200 123');
  });

  it("logs an unknown length as -", () => {
    expect(requestLogLine(new Date(2026, 0, 5, 9, 3, 7), "POST", "/", "HTTP/1.0", 302, null)).toBe('[05/Jan/2026 09:03:07] "POST / HTTP/1.0" 302 -');
  });

  it("pads day and time fields", () => {
    expect(logTimestamp(new Date(2026, 2, 1, 0, 0, 5))).toBe("01/Mar/2026 00:00:05");
  });
});
