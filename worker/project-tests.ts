/**
 * Runs a project's tests, or a tutorial step's checks, where the project runs: on a fresh copy
 * of its build, so tests never change the state of the preview the learner is looking at (as
 * Django's tests never touch the development database).
 */
import * as onefile from "../core/index.ts";
import * as onefileTest from "../core/test/index.ts";
import { collectTests, runTests, type TestSetup } from "../core/test/index.ts";
import { evaluate } from "./evaluate.ts";
import type { Build, LogEntry, TestReply } from "./protocol.ts";
import { buildRuntime, type RuntimeHost } from "./runtime.ts";

/** The name a tutorial's checks run under in stack frames (so they are never taken for the user's lines). */
export const CHECKS_FILE = "checks.ts";

/** A database for one test: attached to the app (tables made), then closed. worker/db's ProjectDatabase is one. */
export interface ScratchDatabase {
  attach(app: onefile.App): Promise<unknown>;
  close(): Promise<void>;
}

/** What to run: the file's own `app.test()`s, or the compiled checks of a tutorial step. */
export interface TestRequest {
  /** Compiled checks (app/compile.ts): `it()` tests from "onefile/test", run instead of the file's tests. */
  checks?: string;
  /** Only tests whose names match (see `matchesPattern`). */
  patterns?: string[];
}

export type { TestReply } from "./protocol.ts";

/**
 * Evaluates `build` anew and runs its tests (or `request.checks`) against that fresh app. An app
 * with models gets a new database from `scratch` for each test, as Django's test runner gives
 * each test a clean database; the project's own database is never touched.
 *
 * @example
 * const reply = await runProjectTests(build, {}, log, { hostname: location.hostname }, () => ProjectDatabase.scratch());
 * if (reply.ok) post({ type: "tested", run: reply.run });
 */
export async function runProjectTests(
  build: Build,
  request: TestRequest,
  log: (entry: LogEntry) => void,
  host: RuntimeHost = {},
  scratch?: () => Promise<ScratchDatabase>,
): Promise<TestReply> {
  const runtime = await buildRuntime(build, log, host);
  if (!("app" in runtime)) return { ok: false, error: runtime.error, phase: "load" };
  // The project's own errors are for the test report, not the log; tests set this per test too.
  runtime.app.logError = () => {};
  let tests = runtime.app.tests;
  if (request.checks !== undefined) {
    const code = request.checks;
    try {
      runtime.guard.arm();
      tests = await collectTests(() =>
        evaluate(code, { modules: { onefile, "onefile/test": onefileTest }, console, guard: runtime.guard.check }, CHECKS_FILE),
      );
    } catch (error) {
      return { ok: false, phase: "checks", error: { message: `The checks could not load: ${String(error)}`, line: 0, column: 0 } };
    }
  }
  runtime.guard.arm();
  const setup: TestSetup[] = [];
  if (runtime.app.db.models.size > 0) {
    if (!scratch) return { ok: false, phase: "load", error: { message: "This project has models, and no database is available for its tests here.", line: 0, column: 0 } };
    setup.push(async (app) => {
      const database = await scratch();
      await database.attach(app);
      return () => database.close();
    });
  }
  const run = await runTests(runtime.app, { setup, ...(request.patterns ? { patterns: request.patterns } : {}) }, tests);
  return { ok: true, run };
}
