import { afterEach, describe, expect, it } from "vitest";
import { compile } from "../app/compile.ts";
import { evaluate, FIRST_LINE_OFFSET, locateRuntimeError, USER_FILE } from "./evaluate.ts";
import { LoopGuard } from "./guard.ts";
import { ColumnMap, formatStack, type CallSite } from "./stack.ts";

const original = (Error as { prepareStackTrace?: unknown }).prepareStackTrace;
afterEach(() => {
  (Error as { prepareStackTrace?: unknown }).prepareStackTrace = original;
});

/** Runs `source` as the runner does (stacks formatted with the build's map) and returns what it throws. */
async function thrownBy(source: string): Promise<Error> {
  const result = compile(source);
  if (!result.ok) throw new Error(result.error.message);
  const user = { fileName: USER_FILE, firstLineOffset: FIRST_LINE_OFFSET, map: new ColumnMap(result.columns) };
  (Error as { prepareStackTrace?: unknown }).prepareStackTrace = (error: unknown, sites: CallSite[]) => formatStack(error, sites, user);
  const guard = new LoopGuard(1000);
  const exports = await evaluate(result.code, { modules: { onefile: { HttpResponse: class {} } }, console, guard: guard.check });
  try {
    (exports["run"] as () => void)();
  } catch (error) {
    void (error as Error).stack; // V8 formats the stack when it is first read.
    return error as Error;
  }
  throw new Error("nothing was thrown");
}

describe("stack traces in the user's terms", () => {
  it("gives the source's column on a line the compiler lengthened, and the function's own name", async () => {
    const source = [
      'import { HttpResponse } from "onefile";',
      "function boom() {",
      "  for (const x of [1]) { new HttpResponse(x); throw new Error(`kaboom ${x}`); }",
      "}",
      "const route = { func: boom };",
      "export function run() { route.func(); }",
    ].join("\n");
    const error = await thrownBy(source);
    const frame = error.stack!.split("\n")[1]!.trim();
    const column = source.split("\n")[2]!.indexOf("new Error") + 1;
    expect(frame).toBe(`at boom (app.ts:3:${column})`);
    expect(locateRuntimeError(error)).toEqual({ message: "Error: kaboom 1", line: 3, column });
  });

  it("keeps class names for methods and says `new` for constructors", async () => {
    const source = ["class Poll {", "  constructor() { this.check(); }", "  check() { throw new TypeError('no'); }", "}", "export function run() { new Poll(); }"].join("\n");
    const lines = (await thrownBy(source)).stack!.split("\n").map((line) => line.trim());
    expect(lines[1]).toMatch(/^at Poll\.check \(app\.ts:3:/);
    expect(lines[2]).toMatch(/^at new Poll \(app\.ts:2:/);
  });

  it("fixes line 1's columns for the wrapper the code runs in", async () => {
    const error = await thrownBy("export function run() { throw new Error('first line'); }");
    expect(error.stack!.split("\n")[1]!.trim()).toBe(`at run (app.ts:1:${"export function run() { throw ".length + 1})`);
  });
});
