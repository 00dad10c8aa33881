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
 *
 * Columns do move (`HttpResponse` becomes `_onefile.HttpResponse`), so the build carries a
 * column map, sucrase's composed with the guards', which the runner's stack traces use. The
 * compiler also lists the names imported from "onefile" as values: the runner checks them
 * before running anything, as Node does when it links the module.
 */
import { transform } from "sucrase";
import { parse } from "acorn";
import { simple } from "acorn-walk";
import type { Node } from "acorn";
import { decode, encode, type SourceMapSegment } from "@jridgewell/sourcemap-codec";
import { GUARD_NAME, type CompileError, type ImportedName } from "../worker/protocol.ts";
import { ColumnMap } from "../worker/stack.ts";

/** The outcome of {@link compile}: JavaScript with what the runner needs beside it, or a located error. */
export type CompileResult = { ok: true; code: string; imports: ImportedName[]; columns: string } | { ok: false; error: CompileError };

/**
 * Compiles TypeScript source into guarded CommonJS with unchanged line numbers.
 *
 * @example
 * const result = compile(`import { App } from "onefile";\nexport default new App({});`);
 * if (result.ok) evaluate(result.code, …); else showError(result.error.line, result.error.column);
 */
export function compile(source: string): CompileResult {
  let js: string;
  let mappings: string;
  try {
    const result = transform(source, {
      transforms: ["typescript", "imports"],
      production: true,
      filePath: "app.ts",
      sourceMapOptions: { compiledFilename: "app.js" },
    });
    js = result.code;
    mappings = result.sourceMap?.mappings ?? "";
  } catch (error) {
    // sucrase reports 1-based columns and appends "(line:column)" to the message.
    return { ok: false, error: locate(error, 0) };
  }
  let ast: Node;
  try {
    ast = parseScript(js);
  } catch (error) {
    // acorn reports 0-based columns of sucrase's output; the map gives the source's.
    const located = locate(error, 1);
    located.column = new ColumnMap(mappings).column(located.line, located.column);
    return { ok: false, error: located };
  }
  const edits = guardEdits(ast);
  return {
    ok: true,
    code: applyEdits(js, edits),
    imports: locateImports(source, onefileValueNames(ast)),
    columns: shiftColumns(mappings, js, edits),
  };
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

function parseScript(js: string): Node {
  return parse(js, {
    ecmaVersion: "latest",
    sourceType: "script",
    allowAwaitOutsideFunction: true,
    allowReturnOutsideFunction: true,
    locations: true,
  });
}

type LoopNode = Node & { body: Node };
/** Text inserted into the compiled code at an offset. */
interface Edit {
  at: number;
  text: string;
}

/** The guard calls for every loop body; bodies that are not blocks get braces, on the same lines. */
function guardEdits(ast: Node): Edit[] {
  const edits: Edit[] = [];
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
  return edits;
}

function applyEdits(js: string, edits: Edit[]): string {
  // Apply from the end so earlier offsets stay valid.
  const ordered = [...edits].sort((a, b) => b.at - a.at);
  let out = js;
  for (const edit of ordered) out = out.slice(0, edit.at) + edit.text + out.slice(edit.at);
  return out;
}

/**
 * Inserts `GUARD_NAME();` at the start of every loop body. Bodies that are not blocks
 * (`while (x) x--;`) are wrapped in braces, on the same lines, so nothing moves vertically.
 *
 * @example
 * insertLoopGuards("while (true) {}"); // → "while (true) {__onefileLoopGuard();}"
 */
export function insertLoopGuards(js: string): string {
  return applyEdits(js, guardEdits(parseScript(js)));
}

/** sucrase's column map, moved along by the text the guards inserted on each line. */
function shiftColumns(mappings: string, js: string, edits: Edit[]): string {
  const lines: SourceMapSegment[][] = decode(mappings);
  const starts = [0];
  for (let i = 0; i < js.length; i++) if (js.charCodeAt(i) === 10) starts.push(i + 1);
  const byLine = new Map<number, { column: number; length: number }[]>();
  for (const edit of edits) {
    let line = starts.length - 1;
    while (starts[line]! > edit.at) line--;
    const list = byLine.get(line) ?? [];
    list.push({ column: edit.at - starts[line]!, length: edit.text.length });
    byLine.set(line, list);
  }
  for (const [line, inserted] of byLine) {
    const segments = lines[line];
    if (!segments) continue;
    lines[line] = segments.map((segment) => {
      const shift = inserted.filter((insert) => insert.column <= segment[0]).reduce((sum, insert) => sum + insert.length, 0);
      return [segment[0] + shift, ...segment.slice(1)] as SourceMapSegment;
    });
  }
  return encode(lines);
}

/**
 * The names the compiled code reads from "onefile" (`_onefile.App`, or `default` through
 * sucrase's interop helper): the value imports that survived type elision, as on Node.
 */
function onefileValueNames(ast: Node): Set<string> {
  const modules = new Set<string>();
  const defaults = new Set<string>();
  const names = new Set<string>();
  type Declarator = Node & { id: Node & { name?: string }; init: (Node & { callee?: Node & { name?: string }; arguments?: (Node & { value?: unknown; name?: string })[] }) | null };
  simple(ast, {
    VariableDeclarator(node) {
      const { id, init } = node as Declarator;
      if (!id.name || init?.type !== "CallExpression") return;
      const [argument] = init.arguments ?? [];
      if (init.callee?.name === "require" && argument?.value === "onefile") modules.add(id.name);
      else if (init.callee?.name === "_interopRequireDefault" && argument?.name && modules.has(argument.name)) defaults.add(id.name);
    },
  });
  type Member = Node & { object: Node & { name?: string }; property: Node & { name?: string }; computed: boolean };
  simple(ast, {
    MemberExpression(node) {
      const { object, property, computed } = node as Member;
      if (computed || !object.name || !property.name) return;
      if (modules.has(object.name)) names.add(property.name);
      else if (defaults.has(object.name) && property.name === "default") names.add("default");
    },
  });
  return names;
}

/** Where the source imports each of `names` from "onefile" (line 1 when it cannot be found). */
function locateImports(source: string, names: Set<string>): ImportedName[] {
  const found = new Map<string, number>();
  for (const statement of source.matchAll(/\bimport\s+([\s\S]*?)\s*from\s*(["'])onefile\2/g)) {
    const clause = statement[1]!;
    const clauseAt = statement.index! + statement[0].indexOf(clause);
    const braces = clause.indexOf("{");
    const head = braces === -1 ? clause : clause.slice(0, braces);
    if (/^\s*[A-Za-z_$][\w$]*\s*(,|$)/.test(head) && !found.has("default")) found.set("default", clauseAt + head.search(/\S/));
    if (braces === -1) continue;
    for (const name of clause.slice(braces + 1).matchAll(/(?:^|,)\s*(?:type\s+)?([A-Za-z_$][\w$]*)/g)) {
      const at = clauseAt + braces + 1 + name.index! + name[0].indexOf(name[1]!);
      if (!found.has(name[1]!)) found.set(name[1]!, at);
    }
  }
  return [...names].map((name) => {
    const at = found.get(name);
    if (at === undefined) return { name, line: 1, column: 1 };
    const before = source.slice(0, at);
    const line = before.split("\n").length;
    return { name, line, column: at - before.lastIndexOf("\n") };
  });
}
