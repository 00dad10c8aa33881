/**
 * A learner's progress through one tutorial, kept in this browser (localStorage): which steps
 * pass their checks, the code last written for each step, and the code "Solve" replaced (so it
 * can be undone, even after a reload).
 */

interface Saved {
  done: string[];
  code: Record<string, string>;
  beforeSolve: Record<string, string>;
}

/**
 * Reads and writes one tutorial's progress. Storage that is missing, full or holds something
 * unreadable never stops the tutorial: progress then lives in memory until the page closes.
 *
 * @example
 * ```ts
 * const progress = new TutorialProgress(localStorage, "django-in-one-file");
 * progress.saveCode("01-a-view", source);
 * progress.markDone("01-a-view");
 * ```
 */
export class TutorialProgress {
  readonly #key: string;
  #saved: Saved;

  constructor(
    private readonly storage: Pick<Storage, "getItem" | "setItem"> | null,
    name: string,
  ) {
    this.#key = `onefile:tutorial:${name}`;
    this.#saved = this.#read();
  }

  /** The code the learner last had in this step, if any. */
  code(slug: string): string | undefined {
    return this.#saved.code[slug];
  }

  saveCode(slug: string, code: string): void {
    if (this.#saved.code[slug] === code) return;
    this.#saved.code[slug] = code;
    this.#write();
  }

  isDone(slug: string): boolean {
    return this.#saved.done.includes(slug);
  }

  markDone(slug: string): void {
    if (this.isDone(slug)) return;
    this.#saved.done.push(slug);
    this.#write();
  }

  /** The learner's code from before "Solve", while it can still be brought back. */
  beforeSolve(slug: string): string | undefined {
    return this.#saved.beforeSolve[slug];
  }

  setBeforeSolve(slug: string, code: string | undefined): void {
    if (code === undefined) delete this.#saved.beforeSolve[slug];
    else this.#saved.beforeSolve[slug] = code;
    this.#write();
  }

  #read(): Saved {
    const empty: Saved = { done: [], code: {}, beforeSolve: {} };
    let text: string | null = null;
    try {
      text = this.storage?.getItem(this.#key) ?? null;
    } catch {
      return empty;
    }
    if (!text) return empty;
    try {
      const value = JSON.parse(text) as Partial<Saved>;
      return {
        done: Array.isArray(value.done) ? value.done.filter((slug): slug is string => typeof slug === "string") : [],
        code: strings(value.code),
        beforeSolve: strings(value.beforeSolve),
      };
    } catch {
      return empty;
    }
  }

  #write(): void {
    try {
      this.storage?.setItem(this.#key, JSON.stringify(this.#saved));
    } catch {
      // Full or refused: keep going with what is in memory.
    }
  }
}

/** Only string values survive from what storage held: anything else was not written by us. */
function strings(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
