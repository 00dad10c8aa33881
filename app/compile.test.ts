import { describe, expect, it } from "vitest";
import { compile, insertLoopGuards } from "./compile.ts";
import { GUARD_NAME } from "../worker/protocol.ts";

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
