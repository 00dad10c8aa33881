/**
 * Evaluates compiled user code (see app/compile.ts) as a CommonJS-style module.
 *
 * The code is wrapped in a function expression that starts on the same line as the user's first
 * line, and is named with `//# sourceURL`, so stack frames read `app.ts:LINE:COL` with the user's
 * own line numbers. Indirect eval is used rather than `new Function`, whose hidden header lines
 * would shift every line number by two.
 */
import { GUARD_NAME, type CompileError } from "./protocol.ts";

/** The file name user code runs under; stack frames and the DEBUG page use it. */
export const USER_FILE = "app.ts";

/** What the evaluated module can see besides globals. */
export interface ModuleScope {
  /** Resolves `require("…")`; only "onefile" exists in the sandbox. */
  modules: Record<string, unknown>;
  /** The console the user's code writes to (the worker forwards it to the page's log). */
  console: Console;
  /** The loop guard function the compiled loops call. */
  guard: () => void;
}

const PREFIX = `(async function (require, exports, module, console, ${GUARD_NAME}) {`;

/** Characters of wrapper before the user's first line: line 1's columns are off by this much. */
export const FIRST_LINE_OFFSET = PREFIX.length;

/**
 * Runs the module and returns its `exports` object (`exports.default` is the app). Stack frames
 * name it `fileName` (the user's file unless told otherwise).
 *
 * @example
 * const exports = await evaluate(compiled, { modules: { onefile }, console, guard: guard.check });
 * const app = exports.default;
 */
export async function evaluate(code: string, scope: ModuleScope, fileName = USER_FILE): Promise<Record<string, unknown>> {
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string): unknown => {
    if (Object.hasOwn(scope.modules, name)) return scope.modules[name];
    throw new Error(`Cannot find module "${name}": only "onefile" can be imported in the sandbox.`);
  };
  // fileName names the code in stack frames: the user's file, or a tutorial's checks.
  const wrapped = `${PREFIX}${code}\n})\n//# sourceURL=${fileName}`;
  // Indirect eval: evaluates in the global scope, so the worker's own variables stay invisible.
  const factory = (0, eval)(wrapped) as (...args: unknown[]) => Promise<void>;
  await factory(require, module.exports, module, scope.console, scope.guard);
  return module.exports;
}

/**
 * Finds where in the user's file an error was thrown, from its stack. The columns are the
 * user's own once the runner formats stacks (worker/stack.ts); the line always is.
 *
 * @example
 * locateRuntimeError(new Error("boom")); // → { message: "Error: boom", line: 3, column: 9 } or with line 0 if unknown
 */
export function locateRuntimeError(error: unknown): CompileError {
  const e = error instanceof Error ? error : new Error(String(error));
  const message = `${e.name}: ${e.message}`;
  const frame = new RegExp(`${USER_FILE.replace(".", "\\.")}:(\\d+):(\\d+)`).exec(e.stack ?? "");
  if (!frame) return { message, line: 0, column: 0 };
  return { message, line: Number(frame[1]), column: Number(frame[2]) };
}
