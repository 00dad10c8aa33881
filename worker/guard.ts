/**
 * The runtime half of the loop guard that app/compile.ts inserts into every loop body.
 *
 * The guard is armed when the worker starts evaluating the module or handling a request; a loop
 * that is still spinning when the budget runs out throws {@link LoopGuardError}. Checking the
 * clock costs more than counting, so the clock is read once every 1024 iterations.
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
 * runUserCode(guard.check); // throws LoopGuardError if a loop spins for more than 1 s
 * if (guard.tripped) markHung();
 */
export class LoopGuard {
  /** True once the guard has fired since the last {@link arm}. */
  tripped = false;
  private deadline = Number.POSITIVE_INFINITY;
  private count = 0;

  constructor(readonly budgetMs: number) {}

  /** Starts a new budget, e.g. at the start of each request. */
  arm(): void {
    this.deadline = Date.now() + this.budgetMs;
    this.tripped = false;
  }

  /** The function user code calls on every loop iteration (kept as a bound arrow). */
  readonly check = (): void => {
    if ((++this.count & 1023) !== 0) return;
    if (Date.now() > this.deadline) {
      this.tripped = true;
      throw new LoopGuardError(
        `A loop ran for more than ${this.budgetMs} ms and was stopped (infinite loop?).`,
      );
    }
  };
}
