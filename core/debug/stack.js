/**
 * Stack trace parsing for the DEBUG 500 page. `Error.prototype.stack` is not
 * standardised, so this reads the two formats that engines actually produce:
 * V8's (Node, Chromium, Deno: `    at fn (file:line:col)`) and the
 * SpiderMonkey/JavaScriptCore one (Firefox, Safari: `fn@file:line:col`).
 */
const V8_FRAME = /^\s*at\s+/;
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
export function parseStack(stack) {
    if (typeof stack !== "string")
        return [];
    const lines = stack.split(/\r?\n/);
    // V8 puts the message first, and a message may itself contain "@", so once
    // any V8 frame is present only V8 frames are read.
    if (lines.some((l) => V8_FRAME.test(l))) {
        return lines.filter((l) => V8_FRAME.test(l)).map(parseV8Line);
    }
    const frames = [];
    for (const line of lines) {
        const frame = parseGeckoLine(line);
        if (frame)
            frames.push(frame);
    }
    return frames;
}
function emptyFrame(raw) {
    return { functionName: null, fileName: null, line: null, column: null, isAsync: false, isNative: false, evalOrigin: null, raw };
}
/** Reads `at [async] [name (]location[)]`, where location may be an eval chain. */
function parseV8Line(line) {
    const frame = emptyFrame(line.trim());
    let rest = line.replace(V8_FRAME, "").trim();
    if (rest.startsWith("async ")) {
        frame.isAsync = true;
        rest = rest.slice(6);
    }
    let location = rest;
    if (rest.endsWith(")")) {
        const open = matchingOpenParen(rest);
        if (open > 0) {
            frame.functionName = rest.slice(0, open).trim() || null;
            location = rest.slice(open + 1, -1);
        }
    }
    if (location.startsWith("eval at ")) {
        // "eval at outer (file:1:2), <anonymous>:3:7": the position after the last
        // top-level comma is the one inside the evaluated code.
        const comma = lastTopLevelComma(location);
        if (comma > 0) {
            frame.evalOrigin = location.slice(0, comma);
            location = location.slice(comma + 1).trim();
        }
    }
    applyLocation(frame, location);
    return frame;
}
/** Reads Firefox/Safari `name@location`, `@location` and `[native code]` lines. */
function parseGeckoLine(line) {
    const text = line.trim();
    if (text === "")
        return null;
    if (text === "[native code]")
        return { ...emptyFrame(text), isNative: true };
    const at = text.indexOf("@");
    if (at < 0)
        return null;
    const frame = emptyFrame(text);
    frame.functionName = text.slice(0, at) || null;
    let location = text.slice(at + 1);
    // Firefox names eval'd code "http://x/a.js line 2 > eval:3:7" (or "> Function").
    const evalMatch = /^(.*) line (\d+) > (eval|Function)(:\d+:\d+)$/.exec(location);
    if (evalMatch) {
        frame.evalOrigin = `${evalMatch[3]} at ${evalMatch[1]}:${evalMatch[2]}`;
        location = "<anonymous>" + evalMatch[4];
    }
    applyLocation(frame, location);
    return frame;
}
/** Splits `file:line:col` (or `file:line`) into the frame; other text marks it native. */
function applyLocation(frame, location) {
    const match = /^(.*?):(\d+)(?::(\d+))?$/.exec(location);
    if (match && match[1] !== "") {
        frame.fileName = match[1];
        frame.line = Number(match[2]);
        frame.column = match[3] === undefined ? null : Number(match[3]);
    }
    else if (location === "native" || location === "[native code]" || location === "<anonymous>" || /^index \d+$/.test(location)) {
        frame.isNative = true;
    }
    else if (location !== "") {
        frame.fileName = location;
    }
}
function matchingOpenParen(text) {
    let depth = 0;
    for (let i = text.length - 1; i >= 0; i--) {
        const ch = text[i];
        if (ch === ")")
            depth++;
        else if (ch === "(" && --depth === 0)
            return i;
    }
    return -1;
}
function lastTopLevelComma(text) {
    let depth = 0;
    let found = -1;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === "(")
            depth++;
        else if (ch === ")")
            depth--;
        else if (ch === "," && depth === 0)
            found = i;
    }
    return found;
}
/** Strips `file://`, a query or hash and Windows separators so paths compare reliably. */
function normalizePath(fileName) {
    return fileName.replace(/^file:\/\//, "").replace(/[?#].*$/, "").replace(/\\/g, "/");
}
/**
 * Where this framework's own code lives, found from a stack taken in this very
 * module: the `core/` folder when running from source (Node, Vite, Vitest), or
 * the bundle file when the framework is bundled (the service worker). Reading it
 * from a stack keeps core free of host APIs and of `import.meta.url`, which some
 * bundle formats cannot express.
 */
const FRAMEWORK_PREFIX = (() => {
    const here = parseStack(new Error().stack ?? "").find((f) => f.fileName !== null)?.fileName;
    if (!here)
        return null;
    const path = normalizePath(here);
    const source = /^(.*\/core\/)debug\/stack\.[cm]?[jt]s$/.exec(path);
    return source ? source[1] : path;
})();
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
export function isFrameworkFrame(frame) {
    if (frame.isNative || frame.fileName === null)
        return true;
    const path = normalizePath(frame.fileName);
    if (/^(node:|internal\/)/.test(path) || path.includes("/node_modules/"))
        return true;
    return FRAMEWORK_PREFIX !== null && path.startsWith(FRAMEWORK_PREFIX);
}
