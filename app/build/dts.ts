/**
 * Build-time helper (Node): the core's public declarations, for the sandbox editor's
 * IntelliSense. TypeScript emits one `.d.ts` per core file; they are placed where the editor's
 * TypeScript service looks for an installed package, `file:///node_modules/onefile/…`, so
 * `import … from "onefile"` in the editor resolves exactly as it does in a real project.
 */
import ts from "typescript";
import { join, relative } from "node:path";

/**
 * Returns virtual file name → declaration text for every file reachable from core/index.ts,
 * plus a package.json naming index.d.ts as the types entry.
 *
 * @example
 * const files = coreDeclarations("/work/main");
 * files["file:///node_modules/onefile/index.d.ts"]; // "export { App, … } from './app';"
 */
export function coreDeclarations(root: string): Record<string, string> {
  const coreDir = join(root, "core");
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    declaration: true,
    emitDeclarationOnly: true,
    skipLibCheck: true,
    strict: true,
    esModuleInterop: true,
    types: [],
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
  };
  const program = ts.createProgram([join(coreDir, "index.ts")], options);
  const files: Record<string, string> = {
    "file:///node_modules/onefile/package.json": JSON.stringify({ name: "onefile", types: "index.d.ts" }),
  };
  program.emit(undefined, (fileName, text) => {
    const rel = relative(coreDir, fileName).split("\\").join("/");
    if (rel.startsWith("..") || !rel.endsWith(".d.ts") || rel.endsWith(".test.d.ts")) return;
    files[`file:///node_modules/onefile/${rel}`] = stripTsExtensions(text);
  });
  return files;
}

/**
 * Rewrites `"./x.ts"` specifiers to `"./x"` so the editor's classic resolution finds `x.d.ts`.
 *
 * @example
 * stripTsExtensions(`export { App } from "./app.ts";`); // → `export { App } from "./app";`
 */
export function stripTsExtensions(text: string): string {
  return text.replace(/((?:from|import)\s*\(?\s*)(["'])(\.{1,2}\/[^"']+?)\.ts\2/g, "$1$2$3$2");
}
