/**
 * Runs the code samples of the tutorials' prose, the ```ts blocks of every README.md, so they
 * cannot rot. Each sample becomes a module: the step's solution (for the tutorial's
 * introduction, the first step's starting file), then, in a block of their own so that they may
 * reuse the file's names, the sample's hidden harness (a `<!-- harness` comment right before the
 * block: what the sample takes as given, and `app.test`s that exercise it) and the sample.
 * All the modules are type-checked as one TypeScript program with the project's settings
 * (tsconfig.dev.json: strict); then each is imported, and its app's in-file tests are run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "onefile";
import { runTests } from "onefile/test";
import { codeSamples, readTutorials, type CodeSample } from "../app/build/tutorials.ts";
import { importFresh, problems, setupFor } from "./testing.ts";

const repo = fileURLToPath(new URL("../", import.meta.url));
const root = join(repo, "tutorials");
const out = mkdtempSync(join(tmpdir(), "onefile-samples-"));

/** One sample, made into a module. */
interface SampleModule {
  /** "django-in-one-file/03-url-patterns/README.md, sample 1 (line 12)": names it in failures. */
  name: string;
  /** The module's file (in a temporary folder) and its text. */
  file: string;
  text: string;
  /** Where the module's lines come from, to report an error at the README's own line. */
  where(moduleLine: number): string;
}

function sampleModule(readme: string, index: number, sample: CodeSample, base: { file: string; text: string }): SampleModule {
  const name = `${relative(root, readme)}, sample ${index + 1} (line ${sample.line})`;
  const head = `${base.text.replace(/\n*$/, "\n")}\n// ${name}: its harness and the sample, in a block of their own.\n{\n`;
  const text = `${head}${sample.harness}${sample.code}}\n`;
  const headLines = lineCount(head);
  const harnessLines = lineCount(sample.harness);
  const baseLines = lineCount(base.text);
  const where = (line: number) =>
    line <= baseLines
      ? `${relative(repo, base.file)} line ${line}`
      : line > headLines + harnessLines && line <= headLines + harnessLines + lineCount(sample.code)
        ? `${relative(repo, readme)} line ${sample.line + line - headLines - harnessLines - 1}`
        : line > headLines && line <= headLines + harnessLines
          ? `${relative(repo, readme)} line ${sample.harnessLine! + line - headLines - 1} (the harness)`
          : `line ${line} of the module made for it`;
  return { name, file: join(out, `${relative(root, readme).replace(/[/\\]/g, "_").replace(/\.md$/, "")}-${index + 1}.ts`), text, where };
}

function lineCount(text: string): number {
  return text.split("\n").length - 1;
}

const modules: SampleModule[] = [];
/** Fenced blocks found by a plain look at each README: each must be one of the samples above. */
const fences: { readme: string; language: string }[] = [];

for (const tutorial of readTutorials(root)) {
  const dir = join(root, tutorial.name);
  const parts = [
    { readme: join(dir, "README.md"), base: join(tutorial.steps[0]!.dir, "app.ts") },
    ...tutorial.steps.map((step) => ({ readme: join(step.dir, "README.md"), base: join(step.dir, "solution.ts") })),
  ];
  for (const { readme, base } of parts) {
    const markdown = readFileSync(readme, "utf8");
    const baseFile = { file: base, text: readFileSync(base, "utf8") };
    codeSamples(markdown).forEach((sample, index) => modules.push(sampleModule(readme, index, sample, baseFile)));
    for (const match of markdown.matchAll(/^ {0,3}(?:```|~~~)[ \t]*(\w*)/gm)) fences.push({ readme, language: match[1]!.toLowerCase() });
  }
}

/** The project's TypeScript settings, with "onefile" and its subpaths resolved to their sources (as vitest.config.ts does). */
function compilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(join(repo, "tsconfig.dev.json"), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  })!;
  const exports = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).exports as Record<string, string | Record<string, string>>;
  const paths: Record<string, string[]> = {};
  for (const [subpath, target] of Object.entries(exports)) {
    if (typeof target === "object" && target["onefile-source"]) paths[`onefile${subpath.slice(1)}`] = [join(repo, target["onefile-source"])];
  }
  return { ...config.options, paths, incremental: false, tsBuildInfoFile: undefined };
}

/** Each module's compile errors, "where: message". */
const errors = new Map<string, string[]>();

beforeAll(() => {
  for (const module of modules) writeFileSync(module.file, module.text);
  // One program for every sample: its cost is mostly reading the framework's types, once.
  const program = ts.createProgram(modules.map((module) => module.file), compilerOptions());
  const global = program.getOptionsDiagnostics().map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  for (const module of modules) {
    const source = program.getSourceFile(module.file)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    errors.set(module.file, [
      ...global,
      ...diagnostics.map((diagnostic) => {
        const line = diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
        return `${module.where(line)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
      }),
    ]);
  }
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the code samples of the tutorials' prose", () => {
  it("are found: every TypeScript block of every README is one", () => {
    expect(modules.length).toBeGreaterThan(0);
    const typescript = fences.filter(({ language }) => language === "ts" || language === "typescript");
    expect(modules.length, "fenced ts blocks seen, against samples found").toBe(typescript.length);
    // A block in another spelling of JavaScript or TypeScript would not be run: name it ts.
    const untested = fences.filter(({ language }) => /^(js|javascript|jsx|tsx|mjs|cjs|mts|cts)$/.test(language));
    expect(untested.map(({ readme, language }) => `${relative(repo, readme)}: \`\`\`${language}`)).toEqual([]);
  });

  for (const module of modules) {
    it(`${module.name} compiles, runs, and its app's tests pass`, async () => {
      expect(errors.get(module.file), `${module.name} does not compile`).toEqual([]);
      let app: App;
      try {
        app = (await importFresh<{ default: App }>(module.file)).default;
      } catch (error) {
        throw new Error(`${module.name} throws when its module is run: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      const run = await runTests(app, { setup: setupFor(app) });
      expect(problems(run), `${module.name}: the in-file tests of its app`).toEqual([]);
    });
  }
});
