import { describe, expect, it } from "vitest";
import { compile } from "../app/compile.ts";
import { evaluate, locateRuntimeError } from "./evaluate.ts";
import { LoopGuard } from "./guard.ts";

function build(source: string): string {
  const result = compile(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.code;
}

const scope = (guard = new LoopGuard(50)) => ({ modules: { onefile: { answer: 42 } }, console, guard: guard.check });

describe("evaluate", () => {
  it("runs the module with onefile mapped and returns its exports", async () => {
    const exports = await evaluate(build('import { answer } from "onefile";\nexport default answer + 1;'), scope());
    expect(exports["default"]).toBe(43);
  });

  it("refuses other imports with a clear message", async () => {
    await expect(evaluate(build('import fs from "node:fs";\nexport default fs;'), scope())).rejects.toThrow(/only "onefile"/);
  });

  it("reports a thrown error at the user's own line", async () => {
    const code = build("const a: number = 1;\n\nthrow new TypeError('boom');\n");
    const error = await evaluate(code, scope()).catch((e: unknown) => e);
    expect(locateRuntimeError(error)).toMatchObject({ message: "TypeError: boom", line: 3 });
  });

  it("stops an endless loop with the guard", async () => {
    const guard = new LoopGuard(50);
    guard.arm();
    const error = await evaluate(build("let i = 0;\nwhile (true) { i++; }\n"), scope(guard)).catch((e: unknown) => e);
    expect(String(error)).toMatch(/LoopGuardError: A loop ran for more than 50 ms/);
    expect(guard.tripped).toBe(true);
  });
});
