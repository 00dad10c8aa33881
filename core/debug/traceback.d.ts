/**
 * The traceback part of the DEBUG 500 page: the thrown value described, its
 * frames with source lines for the user's own files, framework frames folded
 * away, and the `cause` chain.
 */
import { type StackFrame } from "./stack.ts";
/** A thrown value reduced to what the page shows. */
export interface ErrorDescription {
    /** `"TypeError"`, or for a non-Error value e.g. `"Non-Error value (string)"`. */
    type: string;
    message: string;
    frames: StackFrame[];
    /** The raw stack text, for the copy-and-paste view; "" when there is none. */
    stack: string;
}
/** Options shared by the traceback renderers. */
export interface TracebackOptions {
    sourceFor?: ((fileName: string) => string | undefined) | undefined;
    /** Overrides the built-in framework/user split for one file: true means framework. */
    isFrameworkFile?: ((fileName: string) => boolean) | undefined;
}
/**
 * Describes any thrown value. Errors (and error-like objects) give their name,
 * message and parsed stack; anything else is shown as a value.
 *
 * @example
 * describeError(new TypeError("x")).type;  // → "TypeError"
 * describeError("oops").type;              // → "Non-Error value (string)"
 */
export declare function describeError(error: unknown): ErrorDescription;
/**
 * Follows `error.cause` (Django's "direct cause") and returns the chain after
 * the error itself, stopping at cycles and after 10 links.
 *
 * @example
 * causeChain(new Error("a", { cause: new Error("b") })).map((e) => (e as Error).message); // → ["b"]
 */
export declare function causeChain(error: unknown): unknown[];
/**
 * Tells whether a frame is framework code, honouring the host's override.
 *
 * @example
 * frameIsFramework(frame, { isFrameworkFile: (f) => f.includes("/vendor/") });
 */
export declare function frameIsFramework(frame: StackFrame, options: TracebackOptions): boolean;
/**
 * Returns the first user frame (Django's "Exception Location"), or undefined.
 *
 * @example
 * firstUserFrame(describeError(err).frames, {})?.line; // → 12
 */
export declare function firstUserFrame(frames: StackFrame[], options: TracebackOptions): StackFrame | undefined;
/**
 * Returns the frame list as HTML: user frames first-class with source lines,
 * runs of framework frames folded into a `<details>` (open when the whole stack
 * is framework code, so a framework bug is not hidden).
 *
 * @example
 * framesHtml(describeError(err).frames, { sourceFor: (f) => (f === "app.ts" ? source : undefined) });
 * // → '<ul class="traceback"><li class="frame user">…</li><li><details class="framework">…</details></li></ul>'
 */
export declare function framesHtml(frames: StackFrame[], options: TracebackOptions): string;
/**
 * Returns a file name as shown on the page: `file://` URLs as plain paths, which
 * is how editors and terminals show them.
 *
 * @example
 * displayFileName("file:///home/ann/hello.ts"); // → "/home/ann/hello.ts"
 */
export declare function displayFileName(fileName: string): string;
