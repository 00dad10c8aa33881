/**
 * Runs declared tests against an app, one after another, each with a fresh `Client`, the
 * host's per-test setup (a fresh database, once models exist) and a time limit. Results are
 * plain data, so the sandbox's service worker can post them to the page as they are.
 */
import type { App } from "../app.ts";
import type { TestCase } from "./case.ts";
import { type SourceLocation } from "./locate.ts";
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
    serverErrors: {
        message: string;
        location: SourceLocation | null;
    }[];
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
export declare function runTests(app: App, options?: RunOptions, tests?: readonly TestCase[]): Promise<TestRun>;
/** A test that ran out of time. */
export declare class TestTimeout extends Error {
    name: string;
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
export declare function matchesPattern(name: string, pattern: string): boolean;
