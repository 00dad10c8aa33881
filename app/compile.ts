/**
 * Turns the user's single TypeScript file into JavaScript the service worker can evaluate.
 *
 * The page compiles, not the worker: sucrase and acorn are over half of what a worker bundle
 * would hold, and Chromium compiles a service worker's whole script when it installs it, so
 * keeping them out of `sw.js` makes a first visit's worker ready hundreds of ms sooner. The
 * page loads this module while the worker installs, and stores each compiled version in
 * IndexedDB for the worker to rebuild from after a restart.
 *
 * Two steps, both keeping every line where it was so that stack traces, the DEBUG page and the
 * editor's error overlay all point at the user's own line numbers:
 *
 * 1. sucrase strips the types and rewrites `import … from "onefile"` into `require("onefile")`.
 *    CommonJS is deliberate: Chromium forbids dynamic `import()` inside service workers, so the
 *    module cannot be loaded from a blob URL; a function taking `require` can.
 * 2. acorn parses the result and a loop guard call is inserted at the top of every loop body
 *    (on the same line), so `while (true) {}` ends in an error instead of a dead worker.
 */
import { transform } from "sucrase";
import { parse } from "acorn";
import { simple } from "acorn-walk";
import type { Node } from "acorn";
import { GUARD_NAME, type CompileError } from "../worker/protocol.ts";

/** The outcome of {@link compile}: JavaScript, or a located error. */
export type CompileResult = { ok: true; code: string } | { ok: false; error: CompileError };

/**
 * Compiles TypeScript source into guarded CommonJS with unchanged line numbers.
 *
 * @example
 * const result = compile(`import { App } from "onefile";\nexport default new App({});`);
 * if (result.ok) evaluate(result.code, …); else showError(result.error.line, result.error.column);
 */
export function compile(source: string): CompileResult {
  let js: string;
  try {
    js = transform(source, { transforms: ["typescript", "imports"], production: true }).code;
  } catch (error) {
    // sucrase reports 1-based columns and appends "(line:column)" to the message.
    return { ok: false, error: locate(error, 0) };
  }
  try {
    return { ok: true, code: insertLoopGuards(js) };
  } catch (error) {
    // acorn reports 0-based columns. Columns on transformed lines can drift a little
    // (sucrase rewrites imports in place), but the line is always right.
    return { ok: false, error: locate(error, 1) };
  }
}

interface LocatedError {
  message?: unknown;
  loc?: { line: number; column: number };
}

function locate(error: unknown, columnOffset: number): CompileError {
  const e = (error ?? {}) as LocatedError;
  const raw = typeof e.message === "string" ? e.message : String(error);
  const message = raw.replace(/\s*\(\d+:\d+\)\s*$/, "");
  const line = e.loc?.line ?? 1;
  const column = (e.loc?.column ?? 0) + columnOffset;
  return { message: `SyntaxError: ${message}`, line, column: Math.max(1, column) };
}

type LoopNode = Node & { body: Node };

/**
 * Inserts `GUARD_NAME();` at the start of every loop body. Bodies that are not blocks
 * (`while (x) x--;`) are wrapped in braces, on the same lines, so nothing moves vertically.
 *
 * @example
 * insertLoopGuards("while (true) {}"); // → "while (true) {__onefileLoopGuard();}"
 */
export function insertLoopGuards(js: string): string {
  const ast = parse(js, {
    ecmaVersion: "latest",
    sourceType: "script",
    allowAwaitOutsideFunction: true,
    allowReturnOutsideFunction: true,
    locations: true,
  });
  const edits: { at: number; text: string }[] = [];
  const guard = (node: Node) => {
    const body = (node as LoopNode).body;
    if (body.type === "BlockStatement") {
      edits.push({ at: body.start + 1, text: `${GUARD_NAME}();` });
    } else {
      edits.push({ at: body.start, text: `{${GUARD_NAME}();` });
      edits.push({ at: body.end, text: "}" });
    }
  };
  simple(ast, {
    WhileStatement: guard,
    DoWhileStatement: guard,
    ForStatement: guard,
    ForInStatement: guard,
    ForOfStatement: guard,
  });
  // Apply from the end so earlier offsets stay valid.
  edits.sort((a, b) => b.at - a.at);
  let out = js;
  for (const edit of edits) out = out.slice(0, edit.at) + edit.text + out.slice(edit.at);
  return out;
}
