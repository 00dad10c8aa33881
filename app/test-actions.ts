/**
 * Running tests from the page: the file's own `app.test()`s (Tests panel, `window.sandbox.runTests()`)
 * and a tutorial step's checks ("Check"). Both make sure the preview runs the code in the editor
 * first, then ask the project's runner, on its own origin, to test a fresh copy of it.
 */
import type { TestRun } from "../core/test/runner.ts";
import type { SourceEditor } from "./editor.ts";
import type { HostLink } from "./host-link.ts";
import { loadCompiler, type Pipeline } from "./pipeline.ts";
import { readTestReply } from "./test-results.ts";
import type { CheckOutcome } from "./tutorial/report.ts";

/** What the page runs tests with. */
export interface TestActions {
  /** The file's tests; rejects with a readable message when the code does not compile or load. */
  runTests(): Promise<TestRun>;
  /** A tutorial step's checks (their TypeScript source) against the code in the editor. */
  runChecks(checks: string): Promise<CheckOutcome>;
}

/**
 * Builds the actions for one page.
 *
 * @example
 * ```ts
 * const actions = testActions(editor, pipeline, host);
 * const run = await actions.runTests();
 * ```
 */
export function testActions(editor: SourceEditor, pipeline: Pipeline, host: HostLink): TestActions {
  const compiledChecks = new Map<string, Promise<string>>();

  /** Runs the editor's code (if it is not what the preview shows yet); a compile error is returned, not run. */
  async function runCurrent(): Promise<CheckOutcome | null> {
    const source = editor.getValue();
    const compiled = (await loadCompiler()).compile(source);
    if (!compiled.ok) return { error: compiled.error };
    await pipeline.edit(source, { immediate: true });
    return null;
  }

  /** A step's checks compile once per page. */
  function compileChecks(checks: string): Promise<string> {
    let code = compiledChecks.get(checks);
    if (!code) {
      code = loadCompiler().then(({ compile }) => {
        const result = compile(checks);
        if (!result.ok) throw new Error(`This step's checks do not compile (line ${result.error.line}): ${result.error.message}`);
        return result.code;
      });
      compiledChecks.set(checks, code);
    }
    return code;
  }

  return {
    async runTests() {
      const problem = await runCurrent();
      if (problem && "error" in problem) throw new Error(`The code does not compile (line ${problem.error.line}): ${problem.error.message}`);
      const reply = readTestReply(await host.test());
      if (!reply.ok) throw new Error(`The code does not load${reply.error.line ? ` (line ${reply.error.line})` : ""}: ${reply.error.message}`);
      return reply.run;
    },
    async runChecks(checks) {
      const [problem, code] = await Promise.all([runCurrent(), compileChecks(checks)]);
      if (problem) return problem;
      const reply = readTestReply(await host.test(code));
      return reply.ok ? { run: reply.run } : { error: reply.error };
    },
  };
}
