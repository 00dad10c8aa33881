/**
 * The traceback part of the DEBUG 500 page: the thrown value described, its
 * frames with source lines for the user's own files, framework frames folded
 * away, and the `cause` chain.
 */
import { escapeHtml } from "./escape.js";
import { formatValue } from "./format.js";
import { safeSource, sourceContext, sourceTable } from "./source.js";
import { isFrameworkFrame, parseStack } from "./stack.js";
/**
 * Describes any thrown value. Errors (and error-like objects) give their name,
 * message and parsed stack; anything else is shown as a value.
 *
 * @example
 * describeError(new TypeError("x")).type;  // → "TypeError"
 * describeError("oops").type;              // → "Non-Error value (string)"
 */
export function describeError(error) {
    if (error !== null && typeof error === "object" && ("stack" in error || error instanceof Error)) {
        const e = error;
        const stack = readString(() => e.stack);
        const name = readString(() => e.name) || readString(() => e.constructor?.name) || "Error";
        return { type: name, message: readString(() => e.message), frames: parseStack(stack), stack };
    }
    if (error !== null && typeof error === "object") {
        const name = readString(() => error.constructor?.name) || "Object";
        return { type: `Non-Error value (${name})`, message: formatValue(error), frames: [], stack: "" };
    }
    return { type: `Non-Error value (${typeof error})`, message: typeof error === "string" ? error : formatValue(error), frames: [], stack: "" };
}
/**
 * Follows `error.cause` (Django's "direct cause") and returns the chain after
 * the error itself, stopping at cycles and after 10 links.
 *
 * @example
 * causeChain(new Error("a", { cause: new Error("b") })).map((e) => (e as Error).message); // → ["b"]
 */
export function causeChain(error) {
    const chain = [];
    const seen = new Set([error]);
    let current = error;
    while (chain.length < 10 && current !== null && typeof current === "object") {
        let cause;
        try {
            if (!("cause" in current))
                break;
            cause = current.cause;
        }
        catch {
            break;
        }
        if (cause === undefined || seen.has(cause))
            break;
        seen.add(cause);
        chain.push(cause);
        current = cause;
    }
    return chain;
}
/**
 * Tells whether a frame is framework code, honouring the host's override.
 *
 * @example
 * frameIsFramework(frame, { isFrameworkFile: (f) => f.includes("/vendor/") });
 */
export function frameIsFramework(frame, options) {
    if (options.isFrameworkFile && frame.fileName !== null && !frame.isNative) {
        try {
            return options.isFrameworkFile(frame.fileName);
        }
        catch {
            // Fall through to the built-in rule if the host's callback fails.
        }
    }
    return isFrameworkFrame(frame);
}
/**
 * Returns the first user frame (Django's "Exception Location"), or undefined.
 *
 * @example
 * firstUserFrame(describeError(err).frames, {})?.line; // → 12
 */
export function firstUserFrame(frames, options) {
    return frames.find((f) => !frameIsFramework(f, options));
}
/**
 * Returns the frame list as HTML: user frames first-class with source lines,
 * runs of framework frames folded into a `<details>` (open when the whole stack
 * is framework code, so a framework bug is not hidden).
 *
 * @example
 * framesHtml(describeError(err).frames, { sourceFor: (f) => (f === "app.ts" ? source : undefined) });
 * // → '<ul class="traceback"><li class="frame user">…</li><li><details class="framework">…</details></li></ul>'
 */
export function framesHtml(frames, options) {
    if (frames.length === 0)
        return `<p class="notice">No stack trace is available for this value.</p>`;
    const allFramework = frames.every((f) => frameIsFramework(f, options));
    const items = [];
    let run = [];
    const flush = () => {
        if (run.length === 0)
            return;
        const label = `${run.length} framework frame${run.length === 1 ? "" : "s"}`;
        const inner = run.map((f) => `<li class="frame framework">${locationHtml(f)}</li>`).join("");
        items.push(`<li><details class="framework"${allFramework ? " open" : ""}><summary>${label}</summary><ul>${inner}</ul></details></li>`);
        run = [];
    };
    for (const frame of frames) {
        if (frameIsFramework(frame, options)) {
            run.push(frame);
            continue;
        }
        flush();
        const source = frame.fileName === null ? undefined : safeSource(options.sourceFor, frame.fileName);
        const context = source !== undefined && frame.line !== null ? sourceContext(source, frame.line, frame.column) : null;
        items.push(`<li class="frame user">${locationHtml(frame)}${context ? sourceTable(context) : ""}</li>`);
    }
    flush();
    return `<ul class="traceback">${items.join("")}</ul>`;
}
/** `file`, line N, column C, in fn — Django's frame heading. */
function locationHtml(frame) {
    const fn = frame.functionName ?? "(top level)";
    const prefix = frame.isAsync ? "async " : "";
    if (frame.fileName === null) {
        return `<div class="loc"><code>${escapeHtml(frame.raw.replace(/^at\s+/, ""))}</code></div>`;
    }
    const where = frame.line === null ? "" : `, line ${frame.line}${frame.column === null ? "" : `, column ${frame.column}`}`;
    const evalNote = frame.evalOrigin ? ` <span class="notice">(${escapeHtml(frame.evalOrigin)})</span>` : "";
    return (`<div class="loc"><code>${escapeHtml(displayFileName(frame.fileName))}</code>${escapeHtml(where)}, ` +
        `in <code class="fn">${escapeHtml(prefix + fn)}</code>${evalNote}</div>`);
}
/**
 * Returns a file name as shown on the page: `file://` URLs as plain paths, which
 * is how editors and terminals show them.
 *
 * @example
 * displayFileName("file:///home/ann/hello.ts"); // → "/home/ann/hello.ts"
 */
export function displayFileName(fileName) {
    if (!fileName.startsWith("file://"))
        return fileName;
    try {
        return decodeURIComponent(fileName.slice("file://".length).replace(/^\/([A-Za-z]:\/)/, "$1"));
    }
    catch {
        return fileName.slice("file://".length);
    }
}
function readString(read) {
    try {
        const value = read();
        return typeof value === "string" ? value : "";
    }
    catch {
        return "";
    }
}
