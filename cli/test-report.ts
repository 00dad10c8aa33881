/**
 * `onefile test`'s output, in Django's (unittest's) words: a dot per passing test (or
 * `name ... ok` with --verbose), a block per failure with the user's line and got/want, then
 * `Ran N tests in Xs` and `OK` or `FAILED (failures=N, errors=M)`.
 */
import { fileURLToPath } from "node:url";
import type { SourceLocation } from "../core/test/locate.ts";
import type { TestResult, TestRun } from "../core/test/runner.ts";
import { codeFrame } from "./load-error.ts";
import { displayPath } from "./load.ts";

const THICK = "=".repeat(70);
const THIN = "-".repeat(70);
const MARK = { pass: ".", fail: "F", error: "E" } as const;
const WORD = { pass: "ok", fail: "FAIL", error: "ERROR" } as const;

/**
 * What to print as one test finishes: its mark, or with `verbose` its name and verdict.
 *
 * @example
 * ```ts
 * progress(result, false); // "."
 * progress(result, true);  // "the home page says hello ... ok\n"
 * ```
 */
export function progress(result: TestResult, verbose: boolean): string {
  return verbose ? `${result.name} ... ${WORD[result.outcome]}\n` : MARK[result.outcome];
}

/**
 * The end of the report: every failure in full, then the summary line and verdict.
 *
 * @example
 * ```ts
 * summary(run); // "\n" + failure blocks + "-----…\nRan 3 tests in 0.012s\n\nOK\n"
 * ```
 */
export function summary(run: TestRun): string {
  const parts = ["\n"];
  for (const result of run.results) if (result.failure) parts.push(failureBlock(result));
  const count = run.results.length;
  parts.push(`${THIN}\nRan ${count} test${count === 1 ? "" : "s"} in ${(run.ms / 1000).toFixed(3)}s\n\n`);
  if (count === 0) parts.push("NO TESTS RAN\n");
  else if (run.failures + run.errors === 0) parts.push("OK\n");
  else {
    const counts = [run.failures && `failures=${run.failures}`, run.errors && `errors=${run.errors}`].filter(Boolean);
    parts.push(`FAILED (${counts.join(", ")})\n`);
  }
  return parts.join("");
}

function failureBlock(result: TestResult): string {
  const failure = result.failure!;
  const lines = [THICK, `${WORD[result.outcome]}: ${result.name}`, THIN];
  if (failure.location) {
    const file = localPath(failure.location.file);
    lines.push(`  File "${displayPath(file)}", line ${failure.location.line}`);
    const frame = codeFrame({ file, line: failure.location.line, column: failure.location.column ?? 1 });
    if (frame) lines.push(indent(frame, "  "));
    lines.push("");
  }
  lines.push(failure.message);
  if (failure.got !== undefined) lines.push(`  got:  ${indent(failure.got, "        ").trimStart()}`);
  if (failure.want !== undefined) lines.push(`  want: ${indent(failure.want, "        ").trimStart()}`);
  if (result.outcome === "error" && !failure.location) lines.push("", failure.stack);
  if (failure.serverErrors.length) {
    const n = failure.serverErrors.length;
    lines.push("", `The app logged ${n} error${n === 1 ? "" : "s"} while this test ran:`);
    for (const error of failure.serverErrors) lines.push(`  ${error.message}${error.location ? ` (${where(error.location)})` : ""}`);
  }
  return lines.join("\n") + "\n\n";
}

function where(location: SourceLocation): string {
  return `${displayPath(localPath(location.file))}, line ${location.line}`;
}

function localPath(file: string): string {
  return file.startsWith("file:") ? fileURLToPath(file) : file;
}

function indent(text: string, prefix: string): string {
  return text.split("\n").map((line) => prefix + line).join("\n");
}
