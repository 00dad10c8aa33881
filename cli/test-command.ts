/**
 * `onefile test [file] [-k pattern]`: loads the app, runs Django's system checks, collects the
 * tests declared in the file (`app.test`) and in the project's test files, runs them, and prints
 * Django's report. Exit code 0 when all pass, 1 on a failure, 5 when no test ran (as unittest).
 */
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { App } from "../core/app.ts";
import type { TestCase } from "../core/test/case.ts";
import { matchesPattern, runTests } from "../core/test/runner.ts";
import { collectTests } from "../core/test/suite.ts";
import type { ParsedArgs } from "./args.ts";
import { consoleOutput, type Output } from "./commands.ts";
import { describeLoadError, formatForTerminal } from "./load-error.ts";
import { displayPath, loadApp, resolveAppFile } from "./load.ts";
import { progress, summary } from "./test-report.ts";
import { findTestFiles } from "./test-files.ts";
import { useTestDatabase } from "./db/open.ts";

/** Exit code when nothing ran (a filter that matches nothing, a file without tests): unittest's 5. */
export const NO_TESTS_RAN = 5;

/** Where the report goes: `write` for progress and the report, `err` for load errors. */
export interface TestOutput {
  write: (text: string) => void;
  err: Output["err"];
}

const terminal: TestOutput = { write: (text) => void process.stdout.write(text), err: consoleOutput.err };

/**
 * Runs the tests of one project and returns the exit code.
 *
 * @example
 * ```ts
 * const code = await testCommand({ file: "app.ts", patterns: ["login"], verbose: false });
 * ```
 */
export async function testCommand(args: Pick<ParsedArgs, "file" | "patterns" | "verbose">, output: TestOutput = terminal): Promise<number> {
  const appFile = resolveAppFile(args.file);
  let app: App;
  let tests: TestCase[];
  try {
    app = await loadApp(appFile);
    const inFile = [...app.tests];
    tests = [...inFile, ...(await testsFromFiles(app, appFile, args.verbose, output))];
  } catch (error) {
    output.err(formatForTerminal(describeLoadError(error)));
    return 1;
  }
  const problems = app.check();
  if (problems.length) {
    output.err(`SystemCheckError: System check identified ${problems.length} issue${problems.length === 1 ? "" : "s"}:`);
    for (const problem of problems) output.err(`  - ${problem}`);
    return 1;
  }
  const found = args.patterns.length ? tests.filter((t) => args.patterns.some((p) => matchesPattern(t.name, p))).length : tests.length;
  output.write(`Found ${found} test(s).\nSystem check identified no issues (0 silenced).\n`);
  // Each test gets a fresh in-memory database with every model's table, as Django's test runner does.
  const setup = app.db.models.size ? [freshDatabase] : [];
  const run = await runTests(app, { patterns: args.patterns, setup, onResult: (result) => output.write(progress(result, args.verbose)) }, tests);
  output.write(summary(run));
  if (run.results.length === 0) {
    const why = tests.length === 0
      ? `${displayPath(appFile)} declares no tests. Add one next to your views:\n\n  app.test("the home page answers", async ({ client, expect }) => {\n    expect(await client.get("/")).toHaveStatus(200);\n  });\n`
      : `No test name matches ${args.patterns.map((p) => `-k "${p}"`).join(" or ")}.\n`;
    output.write("\n" + why);
    return NO_TESTS_RAN;
  }
  return run.failures + run.errors === 0 ? 0 : 1;
}

async function freshDatabase(app: App): Promise<() => Promise<void>> {
  await useTestDatabase(app);
  return () => app.db.close();
}

/**
 * Imports the project's test files one by one. Each may add to the app with `app.test` or
 * declare `describe`/`it` tests; both kinds come back in file order.
 */
async function testsFromFiles(app: App, appFile: string, verbose: boolean, output: TestOutput): Promise<TestCase[]> {
  const { files, skipped } = findTestFiles(appFile);
  if (verbose) {
    for (const { file, runner, command } of skipped) output.write(`Skipped ${relative(process.cwd(), file)}: it imports ${runner}; run it with ${command}.\n`);
  }
  const tests: TestCase[] = [];
  for (const file of files) {
    const before = app.tests.length;
    const declared = await collectTests(() => import(pathToFileURL(file).href));
    tests.push(...app.tests.slice(before), ...declared);
  }
  return tests;
}
