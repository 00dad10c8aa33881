/**
 * What "Check" says: how many checks pass, each check with its verdict (a failing one with what
 * it got and wanted), and what to do next.
 */
import type { TestRun } from "../../core/test/runner.ts";
import { resultItem } from "../tests-panel.ts";

/** The outcome of "Check": the checks ran, or the learner's file did not load. */
export type CheckOutcome = { run: TestRun } | { error: { message: string; line: number; column: number } };

/** What the report offers to do next. */
export interface ReportNext {
  /** The next step's title, or null at the end of the tutorial. */
  nextTitle: string | null;
}

/**
 * Fills `container` with the report of one "Check".
 *
 * @example
 * ```ts
 * renderReport(element, await driver.check(step.checks), { nextTitle: "Settings in code" });
 * ```
 */
export function renderReport(container: HTMLElement, outcome: CheckOutcome, next: ReportNext): boolean {
  const parts: HTMLElement[] = [];
  let passed = false;
  if ("error" in outcome) {
    container.dataset["state"] = "fail";
    parts.push(paragraph("verdict", "Your file does not run yet, so the checks could not start."));
    const message = document.createElement("pre");
    message.className = "message";
    message.textContent = outcome.error.message;
    parts.push(message);
    if (outcome.error.line > 0) parts.push(jumpButton(outcome.error.line, outcome.error.column));
    parts.push(paragraph("advice", "Fix the error shown in the editor, then press Check again."));
  } else {
    const { run } = outcome;
    const total = run.results.length;
    const good = run.passed;
    passed = total > 0 && good === total;
    container.dataset["state"] = passed ? "pass" : "fail";
    parts.push(paragraph("verdict", passed ? `All ${total} checks pass.` : `${good} of ${total} checks pass.`));
    const list = document.createElement("ol");
    list.className = "tests-list";
    for (const result of run.results) list.append(resultItem(result));
    parts.push(list);
    parts.push(
      paragraph(
        "advice",
        passed
          ? next.nextTitle
            ? `Well done. Next: ${next.nextTitle}.`
            : "Well done: that was the last step. Your file runs on Node as it is: npx onefile runserver app.ts"
          : "Fix the first check marked ✗, then press Check again. Stuck? Solve shows an answer, and Undo brings your code back.",
      ),
    );
  }
  container.replaceChildren(...parts);
  container.hidden = false;
  return passed;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
}

function jumpButton(line: number, column: number): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "line link";
  button.dataset["line"] = String(line);
  button.dataset["column"] = String(column || 1);
  button.textContent = `Show line ${line}`;
  return button;
}
