/**
 * `onefile/test`: what tests use. In the single file, tests are declared with `app.test(...)`
 * and need no import; a project whose tests move to their own files imports these.
 *
 * @example
 * ```ts
 * // tests/api.test.ts, run by "npx onefile test app.ts"
 * import { describe, it } from "onefile/test";
 *
 * describe("the API", () => {
 *   it("lists todos", async ({ client, expect }) => {
 *     expect(await client.get("/api/todos/")).toHaveStatus(200);
 *   });
 * });
 * ```
 * @module
 */
export { Client, type TestResponse, type RequestOptions } from "./client.ts";
export { expect, AssertionFailure, type Expect, type Assertion, type Matchers } from "./expect.ts";
export { describe, it, test, beforeEach, afterEach, collectTests } from "./suite.ts";
export { runTests, matchesPattern, TestTimeout, type RunOptions, type TestRun, type TestResult, type TestFailure, type TestOutcome, type TestSetup } from "./runner.ts";
export type { TestCase, TestContext, TestFunction } from "./case.ts";
export type { SourceLocation } from "./locate.ts";
