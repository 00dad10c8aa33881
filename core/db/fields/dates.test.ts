import { describe, expect, it } from "vitest";
import { parseStoredDateTime } from "./dates.ts";

describe("parseStoredDateTime", () => {
  it("gives what new Date() gives, for stored text and for anything else of the same length", () => {
    const texts = [
      "2024-05-01T10:00:00.000Z",
      "2024-12-31T23:59:59.999Z",
      "1970-01-01T00:00:00.000Z",
      "2000-02-29T12:34:56.789Z",
      "2023-02-29T00:00:00.000Z", // past the month's end
      "0050-01-01T00:00:00.000Z", // a two-digit year for Date.UTC
      "2024-13-01T00:00:00.000Z",
      "2024-00-10T00:00:00.000Z",
      "2024-1x-01T00:00:00.000Z",
      "2024-01-01T24:00:00.000Z",
      "2024-01-01 10:00:00.000Z",
      "+02024-01-01T10:00:00.0Z",
    ];
    for (const text of texts) expect(parseStoredDateTime(text).getTime(), text).toEqual(new Date(text).getTime());
  });

  it("reads the text toISOString() writes back to the same instant", () => {
    for (let t = Date.UTC(1969, 11, 31); t < Date.UTC(2031, 0, 1); t += 86_399_997 * 7 + 13) {
      const text = new Date(t).toISOString();
      expect(parseStoredDateTime(text).getTime()).toBe(t);
    }
  });
});
