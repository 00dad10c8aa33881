import { describe, expect, it } from "vitest";
import { compile } from "../app/compile.ts";
import { evaluate } from "./evaluate.ts";
import { LoopGuard, LoopGuardError } from "./guard.ts";

/** Compiles and runs `body` as the module's code under a guard with a 50 ms budget. */
async function runGuarded(body: string): Promise<{ error: unknown; guard: LoopGuard }> {
  const compiled = compile(body);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const guard = new LoopGuard(50);
  guard.arm();
  const error = await evaluate(compiled.code, { modules: {}, console, guard: guard.check }).then(
    () => null,
    (e: unknown) => e,
  );
  return { error, guard };
}

describe("LoopGuard", () => {
  it("stops a loop that holds the thread past the budget", async () => {
    const { error, guard } = await runGuarded("let n = 0;\nwhile (true) { n++; }\n");
    expect(String(error)).toMatch(/LoopGuardError: A loop ran for more than 50 ms/);
    expect(guard.tripped).toBe(true);
  });

  it("stops a loop that only awaits settled promises, which starves the event loop too", async () => {
    const { error } = await runGuarded("let n = 0;\nwhile (true) { n++; await null; }\n");
    expect(String(error)).toMatch(/LoopGuardError/);
  });

  it("lets a loop that waits on timers run well past the budget (polling, a long stream)", async () => {
    const started = Date.now();
    const { error, guard } = await runGuarded(
      "for (let round = 0; round < 40; round++) {\n  for (let i = 0; i < 5000; i++) {}\n  await new Promise((resolve) => setTimeout(resolve, 5));\n}\n",
    );
    expect(error).toBeNull();
    expect(guard.tripped).toBe(false);
    expect(Date.now() - started).toBeGreaterThan(150); // three budgets: the old per-request clock would have stopped it
  });

  it("starts afresh when re-armed after it fired", async () => {
    // A budget a busy machine cannot overrun between two statements (20 ms was, under load).
    const guard = new LoopGuard(200);
    guard.arm();
    const spin = () => {
      for (;;) guard.check();
    };
    expect(spin).toThrow(LoopGuardError);
    guard.arm();
    expect(guard.tripped).toBe(false);
    // A short loop right after is not blamed for the earlier one.
    expect(() => {
      for (let i = 0; i < 100; i++) guard.check();
    }).not.toThrow();
  });
});
