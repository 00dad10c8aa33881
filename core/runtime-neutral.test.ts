import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * core/ must run in Node, a service worker and edge runtimes. The compiler keeps it to Web
 * standards: core/tsconfig.json loads no DOM and no Node types, only ES2023 and core/web.d.ts.
 * These tests guard that gate (a probe file using DOM and Node globals must not compile under
 * core's settings) and add what the compiler cannot refuse: code evaluated from strings
 * (`eval`, `new Function`), which the sandbox's and edge runtimes' content security forbid.
 */
const CONFIG = fileURLToPath(new URL("./tsconfig.json", import.meta.url));
const PROBE = fileURLToPath(new URL("./runtime-neutral.probe.ts", import.meta.url));

/** Lines that must not compile in core, one offender each. */
const FORBIDDEN = [
  `document.title;`,
  `window.location;`,
  `self.postMessage;`,
  `localStorage.getItem("x");`,
  `navigator.userAgent;`,
  `process.env;`,
  `Buffer.from("x");`,
  `setImmediate(() => {});`,
  `__dirname;`,
  `require("fs");`,
  `await import("node:fs");`,
];
/** Web standards core may use: these must compile, so the failures above are specific. */
const ALLOWED = [
  `new Response("x", { headers: new Headers({ a: "b" }) });`,
  `new URL("/x", "http://h/").searchParams.get("y");`,
  `crypto.subtle.digest("SHA-256", new TextEncoder().encode("x"));`,
  `new ReadableStream<Uint8Array>({ start: (c) => c.close() });`,
];

/**
 * The places core may evaluate generated code, with why. nunjucks compiles each template to
 * JavaScript source and runs it (its own `compile` does the same); onefile runs that source
 * itself only to name it with a sourceURL for the DEBUG page. Nothing else may.
 */
const KNOWN_EVALUATIONS: Record<string, number> = { "templates/compile.ts": 1 };

let program: ts.Program;

/** Core's program as core/tsconfig.json defines it, plus the probe file given as text. */
function coreProgram(probe: string): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(CONFIG, undefined, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n")); } })!;
  const options = { ...parsed.options, composite: false, noEmit: true, incremental: false };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === PROBE ? ts.createSourceFile(name, probe, language) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === PROBE || fileExists(name);
  return ts.createProgram([...parsed.fileNames, PROBE], options, host);
}

/**
 * Every place a file reaches the global `eval` or `Function` as a value: direct calls,
 * `new Function`, `globalThis.eval`, aliases. Type positions (`f: Function`) and
 * `Function.prototype` (to call its `toString`, say) are fine.
 */
export function stringEvaluations(program: ts.Program, file: ts.SourceFile): string[] {
  const checker = program.getTypeChecker();
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node)) return;
    if (ts.isIdentifier(node) && (node.text === "eval" || node.text === "Function") && !isFunctionPrototype(node)) {
      const symbol = checker.getSymbolAtLocation(node);
      const fromLib = symbol?.declarations?.some((d) => program.isSourceFileDefaultLibrary(d.getSourceFile()));
      if (fromLib) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        // Relative to core/ itself: the checkout's own path may contain "/core/" too.
        found.push(`${relative(dirname(PROBE), file.fileName)}:${line + 1} uses ${node.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function isFunctionPrototype(node: ts.Identifier): boolean {
  const parent = node.parent;
  return ts.isPropertyAccessExpression(parent) && parent.expression === node && parent.name.text === "prototype";
}

describe("core/ is runtime-neutral", () => {
  beforeAll(() => {
    program = coreProgram([...FORBIDDEN, ...ALLOWED, "export {};"].join("\n"));
  });

  it("does not compile DOM or Node globals under core/tsconfig.json, and does compile Web standards", () => {
    const probe = program.getSourceFile(PROBE)!;
    const failing = new Set(
      program.getSemanticDiagnostics(probe).map((d) => probe.getLineAndCharacterOfPosition(d.start!).line),
    );
    const lines = [...FORBIDDEN, ...ALLOWED];
    expect(lines.filter((_, i) => !failing.has(i) && i < FORBIDDEN.length)).toEqual([]);
    expect(lines.filter((_, i) => failing.has(i) && i >= FORBIDDEN.length)).toEqual([]);
  });

  it("evaluates no code from strings (eval, new Function)", () => {
    const sources = program.getSourceFiles().filter((f) => !f.isDeclarationFile && f.fileName !== PROBE && f.fileName.includes("/core/"));
    expect(sources.length).toBeGreaterThan(10);
    const found = sources.flatMap((file) => stringEvaluations(program, file));
    const perFile: Record<string, number> = {};
    for (const entry of found) {
      const file = entry.slice(0, entry.indexOf(":"));
      perFile[file] = (perFile[file] ?? 0) + 1;
    }
    expect(found.filter((entry) => !(entry.slice(0, entry.indexOf(":")) in KNOWN_EVALUATIONS))).toEqual([]);
    expect(perFile).toEqual(KNOWN_EVALUATIONS);
  });

  it("the string-evaluation check catches offenders and spares look-alikes", () => {
    const offenders = coreProgram(
      [
        `eval("1");`,
        `new Function("return 1");`,
        `Function("return 1")();`,
        `const F = Function;`,
        `globalThis.eval("2");`,
        `const o = { eval: (s: string) => s }; o.eval("fine");`,
        `let f: Function | undefined;`,
        `Function.prototype.toString.call(f);`,
        `export {};`,
      ].join("\n"),
    );
    const found = stringEvaluations(offenders, offenders.getSourceFile(PROBE)!);
    expect(found).toEqual([
      "runtime-neutral.probe.ts:1 uses eval",
      "runtime-neutral.probe.ts:2 uses Function",
      "runtime-neutral.probe.ts:3 uses Function",
      "runtime-neutral.probe.ts:4 uses Function",
      "runtime-neutral.probe.ts:5 uses eval",
    ]);
  });
});
