/**
 * What the editor shows when a project's code holds its runner (a hang the loop guard cannot
 * see), or its preview stops answering altogether (a crash, out of memory say): a banner with
 * "Stop", then the "Run" gate, which is also what the next visit shows.
 */

/** The elements the notices are built from (index.html). */
export interface StallElements {
  banner: HTMLElement;
  stop: HTMLButtonElement;
  gate: HTMLElement;
  run: HTMLButtonElement;
}

/** Why the project is not running: its code held the thread, or its preview stopped answering. */
export type StallKind = "hung" | "crashed";

const GATE_TEXT: Record<StallKind, [string, string]> = {
  hung: [
    "The last run of this project did not finish.",
    "Its code held the thread without a break: an endless loop, or a pattern the loop guard cannot see (a catastrophic regular expression, say). Fix the code, or run it again.",
  ],
  crashed: [
    "The last run of this project crashed its preview.",
    "It stopped answering: it may allocate memory without end. Fix the code, or run it again.",
  ],
};

/**
 * The banner and the gate.
 *
 * @example
 * const stall = new StallNotice(elements, { stop: () => host.stop(), run: () => pipeline.run() });
 * stall.busy(3000);   // banner: "busy for 3 s" + Stop
 * stall.gate("hung"); // the Run gate
 */
export class StallNotice {
  private kind: StallKind | null = null;

  constructor(
    private readonly el: StallElements,
    actions: { stop: (kind: StallKind) => Promise<void>; run: () => void },
  ) {
    el.stop.addEventListener("click", () => {
      const kind = this.kind ?? "hung";
      el.stop.disabled = true;
      void actions.stop(kind).finally(() => {
        el.stop.disabled = false;
        this.hide();
        this.gate(kind);
      });
    });
    el.run.addEventListener("click", () => {
      el.gate.hidden = true;
      actions.run();
    });
  }

  /** The runner has not answered for `ms`. */
  busy(ms: number): void {
    this.show("hung", `The project's code has been running for ${Math.round(ms / 1000)} s without a break (an endless loop the guard cannot see, such as a catastrophic regular expression?). The editor still works.`);
  }

  /** The preview stopped answering (`lost`), or answers again. */
  unresponsive(lost: boolean): void {
    if (lost) this.show("crashed", "The preview stopped answering: it crashed (out of memory?) or one of its pages holds the thread. The editor still works.");
    else if (this.kind === "crashed") this.hide();
  }

  /** The runner answers again; true when that ends a "busy" banner. */
  idle(): boolean {
    if (this.kind !== "hung") return false;
    this.hide();
    return true;
  }

  /** Shows the "Run" gate, saying why the project is not running. */
  gate(kind: StallKind): void {
    const [title, why] = GATE_TEXT[kind];
    this.el.gate.querySelector(".title")!.textContent = title;
    this.el.gate.querySelector(".why")!.textContent = why;
    this.el.gate.hidden = false;
  }

  /** True while the banner shows. */
  get showing(): boolean {
    return this.kind !== null;
  }

  private show(kind: StallKind, text: string): void {
    this.kind = kind;
    this.el.banner.querySelector(".why")!.textContent = text;
    this.el.banner.hidden = false;
  }

  private hide(): void {
    this.kind = null;
    this.el.banner.hidden = true;
  }
}
