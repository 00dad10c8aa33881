/**
 * The Tests panel (`data-testid=tests`): the results of the file's `app.test()`s, run in the
 * project's runner on request, and after every successful run while the panel is open. A
 * failure shows its message, got and want, and the line of the failing assertion; a click on
 * it moves the editor there.
 */
import type { TestResult, TestRun } from "../core/test/runner.ts";
import "./tests-panel.css";

/** What the panel needs from the page. */
export interface TestsPanelActions {
  /** Runs the tests of the current build; rejects with a message when they cannot run. */
  run(): Promise<TestRun>;
  /** Moves the editor to a line of the user's file. */
  jump(line: number, column: number): void;
}

/** The panel's elements (see index.html). */
export interface TestsPanelElements {
  /** The results (`data-testid=tests`). */
  results: HTMLElement;
  /** The button that runs the tests. */
  runButton: HTMLButtonElement;
  /** A short count shown on the panel's tab: "3 ✓", "1 ✗". */
  badge: HTMLElement;
}

/**
 * Runs and shows the tests. The page calls {@link TestsPanel.built} after each successful
 * build, and sets {@link TestsPanel.open} as the panel is shown or hidden.
 *
 * @example
 * ```ts
 * const panel = new TestsPanel(elements, { run: () => host.test(), jump: (line, column) => editor.reveal(line, column) });
 * panel.open = true; // runs now, and after each build
 * ```
 */
export class TestsPanel {
  #open = false;
  #running: Promise<TestRun | null> | null = null;
  #queued: Promise<TestRun | null> | null = null;
  /** The last completed run, for scripts (`window.sandbox.runTests()` returns a fresh one). */
  last: TestRun | null = null;

  constructor(
    private readonly elements: TestsPanelElements,
    private readonly actions: TestsPanelActions,
  ) {
    elements.runButton.addEventListener("click", () => void this.run());
    elements.results.addEventListener("click", (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>("[data-line]");
      if (target) actions.jump(Number(target.dataset["line"]), Number(target.dataset["column"] || 1));
    });
    this.#placeholder("Tests declared with app.test() run here.");
  }

  /** Whether the panel is showing; opening it runs the tests. */
  get open(): boolean {
    return this.#open;
  }
  set open(value: boolean) {
    const opening = value && !this.#open;
    this.#open = value;
    if (opening) void this.run();
  }

  /** A build just loaded: refresh the results if the panel is open. */
  built(): void {
    if (this.#open) void this.run();
  }

  /**
   * Runs the tests and shows the results. A run asked for while one is going starts right after
   * it, so the results always belong to the latest build. Resolves with the run, or null when
   * the tests could not run (the panel then says why).
   */
  run(): Promise<TestRun | null> {
    if (this.#running) {
      this.#queued ??= this.#running.then(() => {
        this.#queued = null;
        return this.run();
      });
      return this.#queued;
    }
    this.#running = this.#runOnce().finally(() => (this.#running = null));
    return this.#running;
  }

  async #runOnce(): Promise<TestRun | null> {
    const { results, runButton } = this.elements;
    results.setAttribute("aria-busy", "true");
    runButton.disabled = true;
    try {
      const run = await this.actions.run();
      this.show(run);
      return run;
    } catch (error) {
      this.#placeholder(`The tests could not run: ${error instanceof Error ? error.message : String(error)}`, true);
      return null;
    } finally {
      results.removeAttribute("aria-busy");
      runButton.disabled = false;
    }
  }

  /** Shows a run's results. */
  show(run: TestRun): void {
    this.last = run;
    const { results, badge } = this.elements;
    const failed = run.failures + run.errors;
    badge.textContent = run.results.length === 0 ? "" : failed ? `${failed} ✗` : `${run.passed} ✓`;
    badge.dataset["state"] = failed ? "fail" : "pass";
    if (run.results.length === 0) {
      this.#placeholder('No tests yet. Add one next to your views: app.test("the home page answers", async ({ client, expect }) => { … })');
      return;
    }
    const summary = document.createElement("p");
    summary.className = "tests-summary";
    summary.dataset["state"] = failed ? "fail" : "pass";
    summary.textContent = `${run.passed} passed${run.failures ? `, ${run.failures} failed` : ""}${run.errors ? `, ${run.errors} with errors` : ""} · ${Math.round(run.ms)} ms`;
    const list = document.createElement("ol");
    list.className = "tests-list";
    for (const result of run.results) list.append(resultItem(result));
    results.replaceChildren(summary, list);
  }

  #placeholder(text: string, error = false): void {
    const p = document.createElement("p");
    p.className = error ? "tests-summary" : "tests-empty";
    if (error) p.dataset["state"] = "fail";
    p.textContent = text;
    this.elements.results.replaceChildren(p);
  }
}

/** One test: its verdict and name; for a failure, the message, got/want and the line to jump to. */
export function resultItem(result: TestResult): HTMLLIElement {
  const item = document.createElement("li");
  item.className = `test ${result.outcome}`;
  item.dataset["outcome"] = result.outcome;
  const head = document.createElement("div");
  head.className = "test-head";
  const mark = document.createElement("span");
  mark.className = "mark";
  mark.textContent = result.outcome === "pass" ? "✓" : "✗";
  mark.setAttribute("aria-label", result.outcome === "pass" ? "passed" : result.outcome === "fail" ? "failed" : "error");
  const name = document.createElement("span");
  name.className = "name";
  name.textContent = result.name;
  head.append(mark, name);
  const where = result.failure?.location ?? result.declared;
  if (where && isUserFile(where.file)) head.append(lineButton(where.line, where.column));
  item.append(head);
  const failure = result.failure;
  if (failure) {
    const message = document.createElement("pre");
    message.className = "message";
    message.textContent = failure.message;
    item.append(message);
    if (failure.got !== undefined) item.append(valueRow("got", failure.got), valueRow("want", failure.want ?? ""));
    for (const error of failure.serverErrors) {
      const row = document.createElement("p");
      row.className = "server-error";
      row.textContent = `The app raised: ${error.message}`;
      if (error.location && isUserFile(error.location.file)) row.append(" ", lineButton(error.location.line, error.location.column));
      item.append(row);
    }
  }
  return item;
}

function valueRow(label: "got" | "want", value: string): HTMLElement {
  const row = document.createElement("div");
  row.className = `value ${label}`;
  const term = document.createElement("span");
  term.className = "label";
  term.textContent = label;
  const text = document.createElement("pre");
  text.textContent = value;
  row.append(term, text);
  return row;
}

function lineButton(line: number, column: number | null): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "line link";
  button.dataset["line"] = String(line);
  button.dataset["column"] = String(column ?? 1);
  button.textContent = `line ${line}`;
  button.title = `Show line ${line} in the editor`;
  return button;
}

/** The editor holds one file, app.ts; a location elsewhere (a check's file) has nothing to jump to. */
function isUserFile(file: string): boolean {
  return file === "app.ts" || file.endsWith("/app.ts");
}
