/**
 * Runs declared tests against an app, one after another, each with a fresh `Client`, the
 * host's per-test setup (a fresh database, once models exist) and a time limit. Results are
 * plain data, so the sandbox's service worker can post them to the page as they are.
 */
import type { App } from "../app.ts";
import { describeError } from "../debug/traceback.ts";
import type { TestCase } from "./case.ts";
import { Client } from "./client.ts";
import { AssertionFailure, expect } from "./expect.ts";
import { declarationLocation, failureLocation, type SourceLocation } from "./locate.ts";

/**
 * Work a host does around every test: set-up before it, and the returned function (if any)
 * after it, pass or fail. The Node host gives each test a fresh database this way.
 */
export type TestSetup = (app: App) => void | (() => void | Promise<void>) | Promise<void | (() => void | Promise<void>)>;

/** Options of {@link runTests}. */
export interface RunOptions {
  /** Only tests whose name matches (see {@link matchesPattern}); all when empty. */
  patterns?: string[];
  /** Per-test set-up and tear-down, outermost first. */
  setup?: TestSetup[];
  /** Milliseconds a test may take before it fails as hung (default 5000). */
  timeout?: number;
  /** Called as each test finishes, for hosts that print progress (dots). */
  onResult?: (result: TestResult) => void;
}

/** Django's outcomes: a failed assertion is a failure, any other exception an error. */
export type TestOutcome = "pass" | "fail" | "error";

/** Why a test did not pass. */
export interface TestFailure {
  /** "expect(got).toBe(want)", or the error's "TypeError: x is not a function". */
  message: string;
  /** What the assertion got and wanted, as text (assertion failures only). */
  got?: string;
  want?: string;
  /** The user's line where it failed, or null when the stack does not say. */
  location: SourceLocation | null;
  /** The raw stack, for hosts that print a traceback. */
  stack: string;
  /** Errors the app logged while the test ran (a view that raised and became a 500). */
  serverErrors: { message: string; location: SourceLocation | null }[];
}

/** One test's result. */
export interface TestResult {
  name: string;
  outcome: TestOutcome;
  ms: number;
  /** Where the test was declared, for a click that jumps to it. */
  declared: SourceLocation | null;
  failure?: TestFailure;
}

/** All results of one run, with the counts hosts print. */
export interface TestRun {
  results: TestResult[];
  ms: number;
  passed: number;
  failures: number;
  errors: number;
}

/**
 * Runs `tests` (default: the app's own, `app.tests`) in declaration order and returns every result.
 * Never throws for a failing test; a set-up that throws fails the test it was setting up.
 *
 * @example
 * ```ts
 * const run = await runTests(app, { patterns: ["login"] });
 * run.failures; // 0
 * run.results[0]; // { name: "login redirects", outcome: "pass", ms: 3.2, declared: {…} }
 * ```
 */
export async function runTests(app: App, options: RunOptions = {}, tests: readonly TestCase[] = app.tests): Promise<TestRun> {
  const started = performance.now();
  const selected = tests.filter((test) => matchesAny(test.name, options.patterns ?? []));
  const results: TestResult[] = [];
  for (const test of selected) {
    const result = await runOne(app, test, options);
    results.push(result);
    options.onResult?.(result);
  }
  return {
    results,
    ms: performance.now() - started,
    passed: results.filter((r) => r.outcome === "pass").length,
    failures: results.filter((r) => r.outcome === "fail").length,
    errors: results.filter((r) => r.outcome === "error").length,
  };
}

async function runOne(app: App, test: TestCase, options: RunOptions): Promise<TestResult> {
  const started = performance.now();
  const logged: unknown[] = [];
  const logError = app.logError;
  // A view that raises becomes a 500 the test may well expect; its traceback is kept for the
  // report of a failing test instead of being printed in the middle of the dots.
  app.logError = (error) => logged.push(error);
  const teardowns: (() => void | Promise<void>)[] = [];
  let thrown: unknown = null;
  let failed = false;
  try {
    for (const setup of options.setup ?? []) {
      const teardown = await setup(app);
      if (typeof teardown === "function") teardowns.unshift(teardown);
    }
    await withTimeout(Promise.resolve().then(() => test.fn({ client: new Client(app), expect, app })), options.timeout ?? 5000, test.name);
  } catch (error) {
    [thrown, failed] = [error, true];
  }
  for (const teardown of teardowns) {
    try {
      await teardown();
    } catch (error) {
      if (!failed) [thrown, failed] = [error, true];
    }
  }
  app.logError = logError;
  const result: TestResult = { name: test.name, outcome: "pass", ms: performance.now() - started, declared: declarationLocation(test.declaredAt) };
  if (failed) {
    result.outcome = thrown instanceof AssertionFailure ? "fail" : "error";
    result.failure = describeFailure(thrown, test, logged);
  }
  return result;
}

function describeFailure(error: unknown, test: TestCase, logged: unknown[]): TestFailure {
  const described = describeError(error);
  const failure: TestFailure = {
    message: error instanceof AssertionFailure ? error.message : `${described.type}: ${described.message}`,
    location: failureLocation(error, test.declaredAt),
    stack: described.stack,
    serverErrors: logged.map((e) => {
      const d = describeError(e);
      return { message: `${d.type}: ${d.message}`, location: failureLocation(e, test.declaredAt) };
    }),
  };
  if (error instanceof AssertionFailure) [failure.got, failure.want] = [error.got, error.want];
  return failure;
}

/** A test that never settles (an await on something that never comes) fails instead of hanging the run. */
function withTimeout(promise: Promise<void>, ms: number, name: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TestTimeout(`The test "${name}" did not finish within ${ms / 1000} s: is it awaiting something that never happens?`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** A test that ran out of time. */
export class TestTimeout extends Error {
  override name = "TestTimeout";
}

/**
 * Django's (unittest's) `-k`: a pattern with `*` is a wildcard match of the whole name; any other
 * pattern matches as a case-sensitive substring.
 *
 * @example
 * ```ts
 * matchesPattern("login redirects home", "redirect");  // true
 * matchesPattern("login redirects home", "login*home"); // true
 * matchesPattern("login redirects home", "Login");      // false
 * ```
 */
export function matchesPattern(name: string, pattern: string): boolean {
  if (!pattern.includes("*")) return name.includes(pattern);
  const source = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${source}$`, "s").test(name);
}

function matchesAny(name: string, patterns: string[]): boolean {
  return patterns.length === 0 || patterns.some((pattern) => matchesPattern(name, pattern));
}
