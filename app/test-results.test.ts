import { describe, expect, it } from "vitest";
import { readTestReply } from "./test-results.ts";

describe("readTestReply", () => {
  it("keeps a well-formed run as it is, counting outcomes itself", () => {
    const run = {
      results: [
        { name: "a", outcome: "pass", ms: 1, declared: { file: "app.ts", line: 3, column: 1 } },
        { name: "b", outcome: "fail", ms: 2, declared: null, failure: { message: "expect(got).toBe(want)", got: "1", want: "2", location: { file: "app.ts", line: 9, column: 5 }, stack: "s", serverErrors: [] } },
      ],
      ms: 3,
      passed: 99,
      failures: 0,
      errors: 0,
    };
    const reply = readTestReply({ ok: true, run });
    expect(reply).toEqual({ ok: true, run: { ...run, passed: 1, failures: 1, errors: 0 } });
  });

  it("turns whatever else a preview sends into plain, bounded text and numbers", () => {
    const reply = readTestReply({
      ok: true,
      run: {
        ms: "fast",
        results: [
          { name: { toString: () => "x" }, outcome: "exploded", failure: { message: "m".repeat(30_000), got: 5, location: { file: "app.ts", line: -1 }, serverErrors: "no" } },
          null,
        ],
      },
    });
    if (!reply.ok) throw new Error("not ok");
    const [first, second] = reply.run.results;
    expect(first).toMatchObject({ name: "", outcome: "error", ms: 0, declared: null });
    expect(first!.failure!.message).toHaveLength(20_000 + "… (10000 more characters)".length);
    expect(first!.failure).toMatchObject({ location: null, serverErrors: [] });
    expect(first!.failure!.got).toBeUndefined();
    expect(second).toMatchObject({ name: "", outcome: "error", failure: { message: "" } });
    expect(reply.run).toMatchObject({ ms: 0, passed: 0, errors: 2 });
  });

  it("reads a failure to load, and refuses what is no reply at all", () => {
    expect(readTestReply({ ok: false, phase: "checks", error: { message: "bad", line: 2, column: 3 } })).toEqual({ ok: false, phase: "checks", error: { message: "bad", line: 2, column: 3 } });
    expect(readTestReply({ ok: "yes" })).toEqual({ ok: false, phase: "load", error: { message: "", line: 0, column: 0 } });
    expect(() => readTestReply(null)).toThrow("no test results");
  });
});
