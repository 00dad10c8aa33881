/**
 * The runtime half of the loop guard that app/compile.ts inserts into every loop.
 *
 * A loop is stopped when it has run for longer than the budget without letting the event loop
 * take a turn: that is what freezes the worker. A loop that awaits timers or I/O (polling, a
 * long `StreamingHttpResponse`) lets go every time and runs as long as it likes; one that only
 * awaits settled promises (`while (true) await null`) starves the event loop and is stopped.
 * Reading the clock costs more than counting, so it is read once every 1024 iterations.
 */

/** Thrown inside user code when a loop runs past the guard's budget. */
export class LoopGuardError extends Error {
  override name = "LoopGuardError";
}

/**
 * A per-project loop budget.
 *
 * @example
 * const guard = new LoopGuard(1000);
 * guard.arm();
 * runUserCode(guard.check); // throws LoopGuardError if a loop holds the thread for more than 1 s
 * if (guard.tripped) markHung();
 */
export class LoopGuard {
  /** True once the guard has fired since the last {@link arm}. */
  tripped = false;
  private count = 0;
  /** When loops began holding the thread without a break (undefined: not since the last turn). */
  private holdingSince: number | undefined;

  constructor(readonly budgetMs: number) {}

  /** Starts afresh, e.g. at the start of each request. */
  arm(): void {
    this.tripped = false;
    this.holdingSince = undefined;
  }

  /** The function user code calls on every loop iteration (kept as a bound arrow). */
  readonly check = (): void => {
    if ((++this.count & 1023) !== 0) return;
    const now = Date.now();
    if (this.holdingSince === undefined) {
      this.holdingSince = now;
      // A timer runs only when the event loop gets a turn; until it has, the thread is held.
      setTimeout(() => (this.holdingSince = undefined), 0);
      return;
    }
    if (now - this.holdingSince > this.budgetMs) {
      this.tripped = true;
      this.holdingSince = undefined;
      throw new LoopGuardError(`A loop ran for more than ${this.budgetMs} ms and was stopped (infinite loop?).`);
    }
  };
}
