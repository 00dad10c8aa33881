/**
 * The tutorial page: the step's prose beside the sandbox's editor and preview, with "Check",
 * "Solve" (undoable) and "Next", a table of contents that marks the steps done, and the
 * learner's code per step kept in the browser. Every step has its own address; moving between
 * steps changes the address without reloading the sandbox.
 */
import { findStep, stepPath, type StepData, type TutorialData } from "./catalog.ts";
import type { TutorialProgress } from "./progress.ts";
import { renderReport, type CheckOutcome } from "./report.ts";
import "./tutorial.css";

/** What the tutorial needs from the sandbox around it. */
export interface TutorialDriver {
  getSource(): string;
  /** Puts code in the editor (one undoable edit) and runs it; resolves when the preview shows it. */
  setSource(code: string): Promise<void>;
  /** Runs a step's checks (their TypeScript source) against the code now running. */
  check(checks: string): Promise<CheckOutcome>;
  /** Moves the editor to a line. */
  reveal(line: number, column: number): void;
}

/** The elements the page builds, for the layout and the tests. */
interface Elements {
  pane: HTMLElement;
  toc: HTMLOListElement;
  tocSummary: HTMLElement;
  prose: HTMLElement;
  report: HTMLElement;
  check: HTMLButtonElement;
  solve: HTMLButtonElement;
  next: HTMLAnchorElement;
}

/**
 * Runs one tutorial in the page. Its pane goes right after `mount` (the top bar).
 *
 * @example
 * ```ts
 * const page = new TutorialPage(topbar, tutorial, "01-a-view", progress, driver);
 * editor.onChange(() => page.edited());
 * ```
 */
export class TutorialPage {
  readonly elements: Elements;
  #step: StepData;
  #checking = false;

  constructor(
    mount: HTMLElement,
    private readonly tutorial: TutorialData,
    firstSlug: string,
    private readonly progress: TutorialProgress,
    private readonly driver: TutorialDriver,
  ) {
    this.#step = findStep(tutorial, firstSlug) ?? tutorial.steps[0]!;
    this.elements = build(tutorial);
    mount.after(this.elements.pane);
    document.documentElement.dataset["mode"] = "tutorial";
    const { check, solve, next, report, toc } = this.elements;
    check.addEventListener("click", () => void this.check());
    solve.addEventListener("click", () => void this.solveOrUndo());
    next.addEventListener("click", (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const target = this.#nextStep();
      if (!target) return;
      event.preventDefault();
      void this.go(target.slug);
    });
    toc.addEventListener("click", (event) => {
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>("a[data-slug]");
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      (toc.closest("details") as HTMLDetailsElement | null)?.removeAttribute("open");
      void this.go(link.dataset["slug"]!);
    });
    report.addEventListener("click", (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>("[data-line]");
      if (target) driver.reveal(Number(target.dataset["line"]), Number(target.dataset["column"] || 1));
    });
    addEventListener("popstate", () => {
      const slug = /\/tutorial\/[^/]+\/([^/]+)\/?$/.exec(location.pathname)?.[1];
      const step = slug ? findStep(tutorial, slug) : null;
      if (step && step !== this.#step) void this.go(step.slug, { push: false });
    });
    this.#render();
  }

  /** The step shown now. */
  get step(): StepData {
    return this.#step;
  }

  /** The code this step starts with for this learner: what they last wrote, else the step's start. */
  startingSource(): string {
    return this.progress.code(this.#step.slug) ?? this.#step.start;
  }

  /** The learner changed the code: keep it, and "Solve" is no longer undoable once it differs. */
  edited(): void {
    const source = this.driver.getSource();
    this.progress.saveCode(this.#step.slug, source);
    if (this.progress.beforeSolve(this.#step.slug) !== undefined && source !== this.#step.solution) {
      this.progress.setBeforeSolve(this.#step.slug, undefined);
    }
    this.#renderSolve();
  }

  /** Opens another step: its prose, its code (as the learner left it), and its address. */
  async go(slug: string, { push = true } = {}): Promise<void> {
    const step = findStep(this.tutorial, slug);
    if (!step) return;
    this.#step = step;
    if (push) history.pushState(history.state, "", stepPath(this.tutorial.name, step.slug) + location.search);
    this.#render();
    this.elements.prose.scrollTop = 0;
    await this.driver.setSource(this.startingSource());
  }

  /** Runs the checks and shows what passed and what to do next. */
  async check(): Promise<boolean> {
    if (this.#checking) return false;
    this.#checking = true;
    const { check, report } = this.elements;
    check.disabled = true;
    check.textContent = "Checking…";
    report.setAttribute("aria-busy", "true");
    try {
      const outcome = await this.driver.check(this.#step.checks).catch(
        (error: unknown): CheckOutcome => ({ error: { message: error instanceof Error ? error.message : String(error), line: 0, column: 0 } }),
      );
      const passed = renderReport(report, outcome, { nextTitle: this.#nextStep()?.title ?? null });
      // On a phone the report is below the prose: bring it into view.
      report.scrollIntoView({ block: "nearest" });
      if (passed) this.progress.markDone(this.#step.slug);
      this.#renderToc();
      this.#renderNext(passed);
      return passed;
    } finally {
      this.#checking = false;
      check.disabled = false;
      check.textContent = "Check";
      report.removeAttribute("aria-busy");
    }
  }

  /** "Solve" puts the solution in the editor; pressed again ("Undo"), it brings the learner's code back. */
  async solveOrUndo(): Promise<void> {
    const slug = this.#step.slug;
    const before = this.progress.beforeSolve(slug);
    if (before !== undefined) {
      this.progress.setBeforeSolve(slug, undefined);
      this.progress.saveCode(slug, before);
      this.#renderSolve();
      await this.driver.setSource(before);
      return;
    }
    this.progress.setBeforeSolve(slug, this.driver.getSource());
    this.progress.saveCode(slug, this.#step.solution);
    this.#renderSolve();
    await this.driver.setSource(this.#step.solution);
  }

  #nextStep(): StepData | null {
    const index = this.tutorial.steps.indexOf(this.#step);
    return this.tutorial.steps[index + 1] ?? null;
  }

  #render(): void {
    const { prose, report } = this.elements;
    const index = this.tutorial.steps.indexOf(this.#step);
    const title = document.createElement("h1");
    title.textContent = this.#step.title;
    const number = document.createElement("p");
    number.className = "step-number";
    number.textContent = `Step ${index + 1} of ${this.tutorial.steps.length}`;
    const body = document.createElement("div");
    // The prose was rendered at build time by markdown-it with raw HTML off (app/build/tutorials.ts).
    body.innerHTML = this.#step.html;
    prose.replaceChildren(number, title, body);
    report.hidden = true;
    report.replaceChildren();
    document.title = `${this.#step.title} · ${this.tutorial.title}`;
    this.#renderToc();
    this.#renderSolve();
    this.#renderNext(this.progress.isDone(this.#step.slug));
  }

  #renderToc(): void {
    const { toc, tocSummary } = this.elements;
    const done = this.tutorial.steps.filter((step) => this.progress.isDone(step.slug)).length;
    tocSummary.textContent = `${this.tutorial.title} · ${done} of ${this.tutorial.steps.length} done`;
    toc.replaceChildren(
      ...this.tutorial.steps.map((step, index) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = stepPath(this.tutorial.name, step.slug) + location.search;
        link.dataset["slug"] = step.slug;
        const isDone = this.progress.isDone(step.slug);
        item.dataset["done"] = String(isDone);
        link.textContent = `${index + 1}. ${step.title}`;
        if (isDone) link.title = "Done";
        if (step === this.#step) link.setAttribute("aria-current", "step");
        item.append(link);
        return item;
      }),
    );
  }

  #renderSolve(): void {
    const undoable = this.progress.beforeSolve(this.#step.slug) !== undefined;
    this.elements.solve.textContent = undoable ? "Undo Solve" : "Solve";
    this.elements.solve.title = undoable ? "Bring back your code" : "Show an answer in the editor (you can undo it)";
    this.elements.solve.dataset["state"] = undoable ? "undo" : "solve";
  }

  #renderNext(highlight: boolean): void {
    const next = this.#nextStep();
    const { next: link } = this.elements;
    link.hidden = !next;
    if (!next) return;
    link.href = stepPath(this.tutorial.name, next.slug) + location.search;
    // The title goes when the column is narrow (tutorial.css); "Next →" stays.
    const title = document.createElement("span");
    title.className = "next-title";
    title.textContent = `: ${next.title}`;
    link.replaceChildren("Next", title, " →");
    link.title = `Next: ${next.title}`;
    link.classList.toggle("primary", highlight);
  }
}

function build(tutorial: TutorialData): Elements {
  const pane = document.createElement("aside");
  pane.className = "tutorial-pane";
  pane.setAttribute("aria-label", `Tutorial: ${tutorial.title}`);
  const details = document.createElement("details");
  details.className = "tutorial-toc";
  const tocSummary = document.createElement("summary");
  const toc = document.createElement("ol");
  details.append(tocSummary, toc);
  const prose = document.createElement("article");
  prose.className = "tutorial-prose";
  const report = document.createElement("div");
  report.className = "tutorial-report";
  report.dataset["testid"] = "check-result";
  report.setAttribute("aria-live", "polite");
  report.hidden = true;
  const actions = document.createElement("div");
  actions.className = "tutorial-actions";
  const check = button("Check", "check", "primary");
  const solve = button("Solve", "solve", "");
  const next = document.createElement("a");
  next.className = "next button";
  next.dataset["testid"] = "next";
  actions.append(check, solve, next);
  pane.append(details, prose, report, actions);
  return { pane, toc, tocSummary, prose, report, check, solve, next };
}

function button(text: string, testid: string, className: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = text;
  element.dataset["testid"] = testid;
  if (className) element.className = className;
  return element;
}
