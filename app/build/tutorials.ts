/**
 * Reads the tutorials in `tutorials/` (Node, at build time and in tests). The format:
 *
 * ```
 * tutorials/<name>/README.md            # "# Title", then the introduction
 * tutorials/<name>/<NN-slug>/README.md  # "# Step title", then the prose (Markdown)
 * tutorials/<name>/<NN-slug>/app.ts     # the starting file; without it, the previous step's solution
 * tutorials/<name>/<NN-slug>/solution.ts
 * tutorials/<name>/<NN-slug>/checks.ts  # it() tests from "onefile/test", run against the learner's app
 * ```
 *
 * Steps are ordered by folder name; the slug is the step's URL segment. Prose is rendered with
 * markdown-it with raw HTML off, so a tutorial cannot put markup or scripts on the page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";

/** One step, ready for the sandbox and for the tests. */
export interface TutorialStep {
  /** The folder name, e.g. "01-a-view": the step's URL segment. */
  slug: string;
  title: string;
  /** The prose as HTML (safe: no raw HTML from the Markdown). */
  html: string;
  /** The starting file: the step's own app.ts, or the previous step's solution. */
  start: string;
  startsFromPrevious: boolean;
  solution: string;
  checks: string;
  /** The step's folder (absolute). */
  dir: string;
}

/** A tutorial: its title, introduction and steps in order. */
export interface Tutorial {
  /** The folder name: the tutorial's URL segment. */
  name: string;
  title: string;
  html: string;
  steps: TutorialStep[];
}

/** A tutorial folder that does not follow the format; the message names the file and the fix. */
export class TutorialFormatError extends Error {
  override name = "TutorialFormatError";
}

const STEP_FOLDER = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
// Links that leave the sandbox open in a new tab, so the learner keeps their place.
const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  if (/^https?:\/\//i.test(String(token.attrGet("href") ?? ""))) {
    token.attrSet("target", "_blank");
    token.attrSet("rel", "noopener noreferrer");
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/**
 * Renders tutorial Markdown to HTML. Raw HTML in the source is shown as text, and links with
 * unsafe schemes (`javascript:`, `vbscript:`, `file:`, most `data:`) are not made links.
 *
 * @example
 * ```ts
 * renderMarkdown("# Hi\n\n<script>x</script> `code`");
 * // "<h1>Hi</h1>\n<p>&lt;script&gt;x&lt;/script&gt; <code>code</code></p>\n"
 * ```
 */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

/**
 * Reads every tutorial under `root`, sorted by name.
 *
 * @example
 * ```ts
 * const [django] = readTutorials("/repo/tutorials");
 * django.steps[0].slug; // "01-a-view"
 * ```
 */
export function readTutorials(root: string): Tutorial[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort()
    .map((name) => readTutorial(join(root, name), name));
}

/**
 * Reads one tutorial folder, checking the format.
 *
 * @throws TutorialFormatError naming the file that is missing or wrong.
 */
export function readTutorial(dir: string, name: string): Tutorial {
  if (!NAME.test(name)) throw new TutorialFormatError(`Tutorial folder "${name}": use lowercase letters, digits and dashes, e.g. "django-in-one-file".`);
  const intro = splitTitle(readRequired(join(dir, "README.md")), join(dir, "README.md"));
  const folders = readdirSync(dir).filter((entry) => statSync(join(dir, entry)).isDirectory()).sort();
  const wrong = folders.find((folder) => !STEP_FOLDER.test(folder));
  if (wrong) throw new TutorialFormatError(`${join(dir, wrong)}: a step folder is named NN-slug, e.g. "01-a-view".`);
  if (folders.length === 0) throw new TutorialFormatError(`${dir} has no steps: add a folder such as 01-a-view.`);
  const steps: TutorialStep[] = [];
  for (const slug of folders) {
    const stepDir = join(dir, slug);
    const prose = splitTitle(readRequired(join(stepDir, "README.md")), join(stepDir, "README.md"));
    const solution = readRequired(join(stepDir, "solution.ts"));
    const checks = readRequired(join(stepDir, "checks.ts"));
    const own = join(stepDir, "app.ts");
    const previous = steps.at(-1);
    if (!existsSync(own) && !previous) throw new TutorialFormatError(`${own} is missing: the first step needs a starting file.`);
    const start = existsSync(own) ? readFileSync(own, "utf8") : previous!.solution;
    steps.push({ slug, title: prose.title, html: renderMarkdown(prose.body), start, startsFromPrevious: !existsSync(own), solution, checks, dir: stepDir });
  }
  return { name, title: intro.title, html: renderMarkdown(intro.body), steps };
}

function readRequired(file: string): string {
  if (!existsSync(file)) throw new TutorialFormatError(`${file} is missing.`);
  return readFileSync(file, "utf8");
}

/** A README starts with "# Title"; the title is taken out of the prose (the page shows it apart). */
function splitTitle(source: string, file: string): { title: string; body: string } {
  const match = /^# +(.+?)\s*\n/.exec(source);
  if (!match) throw new TutorialFormatError(`${file} must start with a "# Title" line.`);
  return { title: match[1]!, body: source.slice(match[0].length) };
}
