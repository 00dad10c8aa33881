/**
 * Finds the line of the user's file where a test failed, from the error's stack: the host shows
 * it (the terminal prints it with its source line; the sandbox moves the editor there).
 */
import { isFrameworkFrame, parseStack, type StackFrame } from "../debug/stack.ts";

/** A position in a source file (1-based). */
export interface SourceLocation {
  /** As the stack names it: a path, a `file:` URL, or "app.ts" in the sandbox. */
  file: string;
  line: number;
  column: number | null;
}

/**
 * The user's frame nearest the throw: preferably one in the file that declared the test (so a
 * helper in another module is reported where the test called it), else any frame outside the
 * framework and its dependencies. Null when the stack has none (a non-Error was thrown).
 *
 * @example
 * ```ts
 * failureLocation(error, test.declaredAt); // → { file: "file:///site/app.ts", line: 42, column: 5 }
 * ```
 */
export function failureLocation(error: unknown, declaredAt?: Error): SourceLocation | null {
  const frames = userFrames(error);
  const home = declaredAt ? declarationLocation(declaredAt)?.file : undefined;
  const frame = (home && frames.find((f) => f.fileName === home)) ?? frames[0];
  return frame ? toLocation(frame) : null;
}

/**
 * Where a test was declared: the first user frame of the Error made by the declaration.
 *
 * @example
 * ```ts
 * declarationLocation(test.declaredAt); // → { file: "app.ts", line: 30, column: 5 }
 * ```
 */
export function declarationLocation(declaredAt: Error): SourceLocation | null {
  const frame = userFrames(declaredAt)[0];
  return frame ? toLocation(frame) : null;
}

function userFrames(error: unknown): StackFrame[] {
  let stack: unknown;
  try {
    stack = (error as { stack?: unknown } | null)?.stack;
  } catch {
    return [];
  }
  return typeof stack === "string" ? parseStack(stack).filter((frame) => !isFrameworkFrame(frame) && frame.line !== null) : [];
}

function toLocation(frame: StackFrame): SourceLocation {
  return { file: frame.fileName!, line: frame.line!, column: frame.column };
}
