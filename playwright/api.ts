/**
 * The sandbox's scripting API, as the sandbox page publishes it on `window.sandbox` (and, for a
 * page that embeds the sandbox, as postMessage messages). Types only: the page (app/api.ts)
 * implements them, and `onefile/playwright` exports them for tests written against the sandbox.
 */

import type { TestRun } from "onefile/test";

/**
 * `window.sandbox`: it exists as soon as the sandbox page's HTML is parsed; every method waits
 * for the sandbox to boot.
 *
 * @example
 * await page.goto("http://127.0.0.1:4173/#code=…");
 * await page.evaluate(() => window.sandbox.ready);
 * await page.evaluate((code) => window.sandbox.setSource(code), source); // resolves when the preview shows it
 */
export interface SandboxApi {
  /**
   * Resolves once the first preview has shown, or the page waits for the user: for "Run" (the
   * last run hung or crashed), or for "Stop" (the code holds its runner).
   */
  ready: Promise<void>;
  /** The code in the editor. */
  getSource(): Promise<string>;
  /** Replaces the code; resolves when the preview shows the new code. */
  setSource(code: string): Promise<void>;
  /** The path the preview shows, on the project's own origin (`/about/?x=1`). */
  previewPath(): Promise<string>;
  /** The project's preview origin (`http://<id>.localhost:<port>`). */
  previewOrigin(): Promise<string>;
  /**
   * Runs the code's `app.test()`s on a fresh copy of the project and resolves with the results
   * (the Tests panel shows them too); rejects when the code does not compile or load.
   */
  runTests(): Promise<TestRun>;
}

/** What {@link SandboxApi.runTests} resolves with: every test's outcome, got/want and line. */
export type { TestRun, TestResult, TestFailure } from "onefile/test";

/**
 * A message an embedding page posts to an embedded sandbox (`?view=embed`); each gets one
 * `{ type: "onefile:reply", requestId, ok, result?, error? }`.
 *
 * @example
 * frame.contentWindow.postMessage({ type: "onefile:setSource", requestId: 1, code }, "http://127.0.0.1:4173");
 */
export type SandboxMessage =
  | { type: "onefile:ready"; requestId?: unknown }
  | { type: "onefile:getSource"; requestId?: unknown }
  | { type: "onefile:setSource"; requestId?: unknown; code: string }
  | { type: "onefile:previewPath"; requestId?: unknown }
  | { type: "onefile:previewOrigin"; requestId?: unknown }
  | { type: "onefile:runTests"; requestId?: unknown };

declare global {
  interface Window {
    sandbox: SandboxApi;
  }
}
