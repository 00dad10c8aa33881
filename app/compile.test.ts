import { describe, expect, it } from "vitest";
import { compile, insertLoopGuards } from "./compile.ts";
import { GUARD_NAME } from "../worker/protocol.ts";
import { ColumnMap } from "../worker/stack.ts";

describe("compile", () => {
  it("strips types, maps the onefile import to require, and keeps every line in place", () => {
    const source = [
      'import { App, path, type HttpRequest } from "onefile";',
      "const n: number = 1;",
      "function view(request: HttpRequest): string {",
      "  return `n=${n}`;",
      "}",
      "export default new App({});",
    ].join("\n");
    const result = compile(source);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lines = result.code.split("\n");
    expect(lines[0]).toContain("require('onefile')");
    expect(lines[1]).toContain("const n = 1;");
    expect(lines[2]).toContain("function view(request)");
    expect(lines[5]).toContain("exports. default");
  });

  it("locates a syntax error at the user's line and 1-based column", () => {
    const result = compile("const a = 1;\nconst b = (;\n");
    expect(result).toEqual({ ok: false, error: { message: expect.stringMatching(/^SyntaxError: /), line: 2, column: 12 } });
  });

  it("reports errors only the JavaScript parser catches with their line", () => {
    const result = compile("let ok = 1;\nlet let = 2;\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.line).toBe(2);
  });
});

describe("insertLoopGuards", () => {
  it("guards every kind of loop without moving lines", () => {
    const js = ["while (a) { x(); }", "for (;;) y();", "do { z(); } while (b);", "for (const k in o) {}", "for (const v of l)\n  w(v);"].join("\n");
    const out = insertLoopGuards(js);
    expect(out.split(GUARD_NAME).length - 1).toBe(5);
    expect(out.split("\n").length).toBe(js.split("\n").length);
    expect(out).toContain(`for (;;) {${GUARD_NAME}();y();}`);
    expect(out).toContain(`while (a) {${GUARD_NAME}(); x(); }`);
  });

  it("guards nested loops and loops inside functions", () => {
    const out = insertLoopGuards("function f() { for (;;) { while (true) {} } }");
    expect(out.split(GUARD_NAME).length - 1).toBe(2);
  });
});

describe("compile: what the runner needs beside the code", () => {
  it("lists the names imported from onefile as values, where the source imports them", () => {
    const source = ['import { App, path, Nope, type HttpRequest } from "onefile";', "const app = new App({});", "console.log(Nope, path);", "export default app;"].join("\n");
    const result = compile(source);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.imports.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: "App", line: 1, column: 10 },
      { name: "Nope", line: 1, column: 21 },
      { name: "path", line: 1, column: 15 },
    ]);
  });

  it("leaves out imports used only as types, or not at all, as TypeScript on Node does", () => {
    const result = compile('import { App, Unused, type HttpRequest } from "onefile";\nexport default new App({});\n');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.imports.map((i) => i.name)).toEqual(["App"]);
  });

  it("lists a default import, which onefile does not have", () => {
    const result = compile('import onefile from "onefile";\nexport default onefile;\n');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.imports).toEqual([{ name: "default", line: 1, column: 8 }]);
  });

  it("maps compiled columns back to the source's, through the import rewrite and the loop guards", () => {
    const source = ['import { HttpResponse } from "onefile";', "while (false) {}", "const r = new HttpResponse(String(boom));"].join("\n");
    const result = compile(source);
    if (!result.ok) throw new Error(result.error.message);
    const map = new ColumnMap(result.columns);
    const compiledLine = result.code.split("\n")[2]!;
    // `boom` moved right in the compiled line (`new (0, _onefile.HttpResponse)`); the map brings it back.
    expect(map.column(3, compiledLine.indexOf("boom") + 1)).toBe(source.split("\n")[2]!.indexOf("boom") + 1);
    const guarded = result.code.split("\n")[1]!;
    expect(guarded).toContain(GUARD_NAME);
    expect(map.column(2, guarded.indexOf("}") + 1)).toBe("while (false) {".length + 1);
  });

  it("reports a parse error that only the JavaScript parser sees at the source's column", () => {
    const result = compile('import { App } from "onefile";\nconst x = new App({}); let let = 1;\n');
    expect(result).toMatchObject({ ok: false, error: { line: 2 } });
  });
});
