/**
 * Stack trace parsing for the DEBUG 500 page. `Error.prototype.stack` is not
 * standardised, so this reads the two formats that engines actually produce:
 * V8's (Node, Chromium, Deno: `    at fn (file:line:col)`) and the
 * SpiderMonkey/JavaScriptCore one (Firefox, Safari: `fn@file:line:col`).
 */
/** One call site of a stack trace, most recent first as the engine lists them. */
export interface StackFrame {
    /** The function as the engine names it: `"inner"`, `"Object.meth"`, `"new Foo"`; null for top-level code. */
    functionName: string | null;
    /** The script: `"file:///x/app.ts"`, `"app.ts"` (a `//# sourceURL`), `"<anonymous>"`; null for native code. */
    fileName: string | null;
    /** 1-based line, or null when the engine gives none. */
    line: number | null;
    /** 1-based column, or null when the engine gives none. */
    column: number | null;
    /** True for V8's `at async fn (...)` frames, which continue after an `await`. */
    isAsync: boolean;
    /** True for built-ins without a script position (`Array.map (<anonymous>)`, `[native code]`). */
    isNative: boolean;
    /** Where `eval`/`new Function` code came from, e.g. `"eval at run (file:///x.js:3:15)"`. */
    evalOrigin: string | null;
    /** The line of the stack this frame was read from, trimmed. */
    raw: string;
}
/**
 * Parses an `error.stack` string into frames. Header lines (the `TypeError: msg`
 * that V8 puts first) and anything unrecognised are skipped, so the result is
 * empty, never an exception, for a stack this does not understand.
 *
 * @example
 * parseStack("TypeError: x\n    at index (file:///p/app.ts:12:5)\n    at async run (file:///p/core/h.ts:3:1)");
 * // → [{ functionName: "index", fileName: "file:///p/app.ts", line: 12, column: 5, isAsync: false, … },
 * //    { functionName: "run", fileName: "file:///p/core/h.ts", line: 3, column: 1, isAsync: true, … }]
 */
export declare function parseStack(stack: string): StackFrame[];
/**
 * Tells whether a frame belongs to the framework or a dependency rather than to
 * the user's project: native code, Node internals, anything under
 * `node_modules/`, and onefile's own `core/` (or its bundle). The DEBUG page
 * shows these collapsed so the user's frames stand out.
 *
 * @example
 * isFrameworkFrame(parseStack("E\n    at x (file:///p/node_modules/nunjucks/index.js:1:1)")[0]!); // → true
 * isFrameworkFrame(parseStack("E\n    at index (file:///p/hello.ts:9:3)")[0]!);                    // → false
 */
export declare function isFrameworkFrame(frame: StackFrame): boolean;
