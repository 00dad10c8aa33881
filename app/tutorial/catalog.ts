/**
 * The tutorials as the sandbox receives them (from `virtual:onefile-tutorials`), and where a
 * `/tutorial/<name>/<step>/` address points in them.
 */

/** One step: prose (safe HTML), the starting file, the solution and the checks' source. */
export interface StepData {
  slug: string;
  title: string;
  html: string;
  start: string;
  solution: string;
  checks: string;
}

/** One tutorial. */
export interface TutorialData {
  name: string;
  title: string;
  /** The introduction (safe HTML). */
  html: string;
  steps: StepData[];
}

/** A tutorial address: which tutorial, and which step (null for the first). */
export interface TutorialRoute {
  name: string;
  step: string | null;
}

const TUTORIAL_PATH = /^\/tutorial\/([a-z0-9-]+)\/(?:([a-z0-9-]+)\/?)?$/;

/**
 * Reads `/tutorial/<name>/<step>/` (or `/tutorial/<name>/`) from a page's path; null for any
 * other path.
 *
 * @example
 * ```ts
 * parseTutorialPath("/tutorial/django-in-one-file/03-url-patterns/"); // { name: "django-in-one-file", step: "03-url-patterns" }
 * parseTutorialPath("/"); // null
 * ```
 */
export function parseTutorialPath(pathname: string): TutorialRoute | null {
  const match = TUTORIAL_PATH.exec(pathname);
  return match ? { name: match[1]!, step: match[2] ?? null } : null;
}

/**
 * The step an address names: by folder name ("03-url-patterns") or by its number in the list
 * of steps ("3", as the page numbers them: "Step 3 of 10"); the first step when none is named.
 * Null when there is no such step.
 *
 * @example
 * ```ts
 * findStep(tutorial, "3")?.slug; // "03-url-patterns"
 * ```
 */
export function findStep(tutorial: TutorialData, step: string | null): StepData | null {
  if (step === null) return tutorial.steps[0] ?? null;
  const byNumber = /^\d+$/.test(step) ? tutorial.steps[Number(step) - 1] : undefined;
  return tutorial.steps.find((s) => s.slug === step) ?? byNumber ?? null;
}

/**
 * The address of a step.
 *
 * @example
 * ```ts
 * stepPath("django-in-one-file", "01-a-view"); // "/tutorial/django-in-one-file/01-a-view/"
 * ```
 */
export function stepPath(name: string, slug: string): string {
  return `/tutorial/${name}/${slug}/`;
}
