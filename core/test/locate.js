/**
 * Finds the line of the user's file where a test failed, from the error's stack: the host shows
 * it (the terminal prints it with its source line; the sandbox moves the editor there).
 */
import { isFrameworkFrame, parseStack } from "../debug/stack.js";
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
export function failureLocation(error, declaredAt) {
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
export function declarationLocation(declaredAt) {
    const frame = userFrames(declaredAt)[0];
    return frame ? toLocation(frame) : null;
}
function userFrames(error) {
    let stack;
    try {
        stack = error?.stack;
    }
    catch {
        return [];
    }
    return typeof stack === "string" ? parseStack(stack).filter((frame) => !isFrameworkFrame(frame) && frame.line !== null) : [];
}
function toLocation(frame) {
    return { file: frame.fileName, line: frame.line, column: frame.column };
}
