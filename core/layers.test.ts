/**
 * Dependencies in core/ point down. This test reads every non-test source file with the
 * TypeScript compiler's parser, builds the import graph, and fails on:
 *
 * - any import cycle through value imports (a type-only import is erased at run time, so it
 *   cannot make a module load before its dependency);
 * - a cycle through type-only imports that is not in `MUTUAL_TYPES` below, where each one is
 *   listed with the reason it is truly mutual;
 * - a lower layer importing `App` (core/app.ts): only the package entry and the test tools
 *   (core/test/), which sit above the app, may.
 *
 * (Code evaluated from strings is checked by runtime-neutral.test.ts.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const CORE = new URL(".", import.meta.url).pathname;

/** One import of one file: the file it names, and whether it is erased at run time. */
interface Edge {
  to: string;
  typeOnly: boolean;
}

/**
 * Type-only cycles that are allowed, each as the sorted list of its files and why.
 * A cycle not listed here fails the test; so does a listed one that no longer exists.
 */
const MUTUAL_TYPES: { files: string[]; why: string }[] = [
  {
    files: ["admin/model-admin.ts", "admin/site-api.ts"],
    why: "a model admin knows the site it is registered with, and the site lists its model admins",
  },
  {
    files: ["app.ts", "test/case.ts", "test/client.ts"],
    why: "app.test() keeps in-file test cases, whose context is the app and a test client of it",
  },
  {
    files: ["forms/bound-field.ts", "forms/form.ts", "forms/render.ts"],
    why: "a form makes its bound fields and renders them; a bound field and the renderer read their form",
  },
  {
    files: ["http/request.ts", "middleware/types.ts", "settings.ts"],
    why: "settings list MIDDLEWARE, whose type takes a request; a request shows its app's settings",
  },
];

/** The package's sources: what core/tsconfig.json compiles (tests and their testing.ts helpers left out). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === "testing" ? [] : sourceFiles(full);
    return /\.ts$/.test(name) && !/\.test\.ts$|\.test-d\.ts$|\.d\.ts$|^testing\.ts$/.test(name) ? [full] : [];
  });
}

/** The relative imports of one file (`import`, `export … from`, `import()`), type-only ones marked. */
export function importsOf(fileName: string, source: string): { spec: string; typeOnly: boolean }[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: { spec: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)));
      found.push({ spec: node.moduleSpecifier.text, typeOnly: allTypes });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const allTypes = node.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly));
      found.push({ spec: node.moduleSpecifier.text, typeOnly: allTypes });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push({ spec: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ spec: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found.filter((i) => i.spec.startsWith("."));
}

/** The import graph of core/, by path relative to core/. */
function coreGraph(): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  for (const full of sourceFiles(CORE)) {
    const edges = importsOf(full, readFileSync(full, "utf8")).map(({ spec, typeOnly }) => ({
      to: relative(CORE, resolve(dirname(full), spec)),
      typeOnly,
    }));
    graph.set(relative(CORE, full), edges);
  }
  return graph;
}

/** Strongly connected components with more than one file (or a file importing itself), each sorted. */
export function cycles(graph: Map<string, Edge[]>, includeTypes: boolean): string[][] {
  // Tarjan's algorithm, iterative enough for a few hundred files.
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const next = (node: string) => (graph.get(node) ?? []).filter((e) => includeTypes || !e.typeOnly).map((e) => e.to);
  const connect = (node: string): void => {
    indexOf.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const to of next(node)) {
      if (!indexOf.has(to)) {
        connect(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, indexOf.get(to)!));
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || next(node).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) connect(node);
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe("core/ layers", () => {
  const graph = coreGraph();

  it("has no import cycle through value imports", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles(graph, false)).toEqual([]);
  });

  it("has no type-only cycle except the truly mutual ones listed", () => {
    expect(cycles(graph, true)).toEqual(MUTUAL_TYPES.map((m) => m.files));
  });

  it("lets no lower layer import the App: only the package entry and the test tools above it", () => {
    const importers = [...graph].filter(([, edges]) => edges.some((e) => e.to === "app.ts")).map(([file]) => file);
    expect(importers.length).toBeGreaterThan(1);
    expect(importers.filter((file) => file !== "index.ts" && !file.startsWith("test/"))).toEqual([]);
  });

  it("the checks themselves catch offenders", () => {
    const g = new Map<string, Edge[]>([
      ["a.ts", [{ to: "b.ts", typeOnly: false }]],
      ["b.ts", [{ to: "c.ts", typeOnly: false }]],
      ["c.ts", [{ to: "a.ts", typeOnly: true }]],
      ["d.ts", [{ to: "d.ts", typeOnly: false }]],
    ]);
    expect(cycles(g, false)).toEqual([["d.ts"]]);
    expect(cycles(g, true)).toEqual([["a.ts", "b.ts", "c.ts"], ["d.ts"]]);
    expect(importsOf("x.ts", `import type { A } from "./a.ts"; import { type B } from "./b.ts"; import { C, type D } from "./c.ts"; export { E } from "./e.ts"; const f = import("./f.ts"); import x from "nunjucks";`)).toEqual([
      { spec: "./a.ts", typeOnly: true },
      { spec: "./b.ts", typeOnly: true },
      { spec: "./c.ts", typeOnly: false },
      { spec: "./e.ts", typeOnly: false },
      { spec: "./f.ts", typeOnly: false },
    ]);
  });
});
