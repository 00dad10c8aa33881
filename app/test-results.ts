/**
 * Test results arrive from the project's preview origin, where the project's own code runs and
 * can send anything. Before the editor shows them, they are copied field by field into the
 * shape the Tests panel and "Check" expect: strings as strings (bounded), numbers as numbers,
 * nothing else. The panel then renders them as text only.
 */
import type { SourceLocation } from "../core/test/locate.ts";
import type { TestFailure, TestOutcome, TestResult, TestRun } from "../core/test/runner.ts";
import type { TestReply } from "../worker/project-tests.ts";

const MAX_TEXT = 20_000;
const MAX_RESULTS = 2000;
const OUTCOMES: readonly TestOutcome[] = ["pass", "fail", "error"];

type Loose = Record<string, unknown> | null | undefined;

/**
 * A clean copy of a runner's reply to a test request.
 *
 * @throws Error when the value is not a test reply at all.
 * @example
 * ```ts
 * const reply = readTestReply(await host.test(checks));
 * if (reply.ok) panel.show(reply.run);
 * ```
 */
export function readTestReply(value: unknown): TestReply {
  const reply = value as Loose;
  if (!reply || typeof reply !== "object") throw new Error("The preview sent no test results.");
  if (reply["ok"] === true) return { ok: true, run: readRun(reply["run"] as Loose) };
  const error = (reply["error"] ?? {}) as Loose;
  return {
    ok: false,
    phase: reply["phase"] === "checks" ? "checks" : "load",
    error: { message: text(error?.["message"]), line: count(error?.["line"]), column: count(error?.["column"]) },
  };
}

function readRun(run: Loose): TestRun {
  const results = Array.isArray(run?.["results"]) ? (run!["results"] as Loose[]).slice(0, MAX_RESULTS).map(readResult) : [];
  return {
    results,
    ms: number(run?.["ms"]),
    passed: results.filter((r) => r.outcome === "pass").length,
    failures: results.filter((r) => r.outcome === "fail").length,
    errors: results.filter((r) => r.outcome === "error").length,
  };
}

function readResult(result: Loose): TestResult {
  const outcome = OUTCOMES.includes(result?.["outcome"] as TestOutcome) ? (result!["outcome"] as TestOutcome) : "error";
  const clean: TestResult = { name: text(result?.["name"]), outcome, ms: number(result?.["ms"]), declared: location(result?.["declared"] as Loose) };
  const failure = result?.["failure"] as Loose;
  if (outcome !== "pass") clean.failure = readFailure(failure);
  return clean;
}

function readFailure(failure: Loose): TestFailure {
  const clean: TestFailure = {
    message: text(failure?.["message"]),
    location: location(failure?.["location"] as Loose),
    stack: text(failure?.["stack"]),
    serverErrors: Array.isArray(failure?.["serverErrors"])
      ? (failure!["serverErrors"] as Loose[]).slice(0, 20).map((e) => ({ message: text(e?.["message"]), location: location(e?.["location"] as Loose) }))
      : [],
  };
  if (typeof failure?.["got"] === "string") [clean.got, clean.want] = [text(failure["got"]), text(failure["want"])];
  return clean;
}

function location(value: Loose): SourceLocation | null {
  if (!value || typeof value !== "object" || typeof value["file"] !== "string") return null;
  const line = count(value["line"]);
  return line > 0 ? { file: text(value["file"]), line, column: count(value["column"]) || null } : null;
}

function text(value: unknown): string {
  const s = typeof value === "string" ? value : "";
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}… (${s.length - MAX_TEXT} more characters)` : s;
}

function number(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
}

/** A 1-based line or column; 0 when missing or not a whole number. */
function count(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : 0;
}
