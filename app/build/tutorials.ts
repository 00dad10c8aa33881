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
 * markdown-it with raw HTML off, so a tutorial cannot put markup or scripts on the page. An HTML
 * comment on lines of its own is the author's note and is not shown; a `<!-- harness` comment
 * right before a ```ts block is the code that block's test runs first (see `codeSamples`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt, { type StateBlock } from "markdown-it";

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
 * An HTML comment that starts a line and ends at the end of a line (`<!-- … -->`, over one line
 * or several): a note for the tutorial's authors and tests, so it renders as nothing. Without
 * this rule, raw HTML being off, the page would show it as text. It only ever removes text, so
 * it cannot put markup on the page.
 */
function hiddenComment(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const lineText = (line: number) => state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
  if (state.sCount[startLine]! - state.blkIndent >= 4 || !lineText(startLine).startsWith("<!--")) return false;
  let last = startLine;
  while (last < endLine && !lineText(last).slice(last === startLine ? 4 : 0).includes("-->")) last++;
  if (last === endLine) return false;
  const closing = lineText(last).trimEnd();
  // "-->" must end the line, once: anything after it would vanish with the comment.
  if (!closing.endsWith("-->") || closing.indexOf("-->", last === startLine ? 4 : 0) !== closing.length - 3) return false;
  if (silent) return true;
  const token = state.push("hidden_comment", "", 0);
  token.content = state.getLines(startLine, last + 1, state.sCount[startLine]!, false);
  token.map = [startLine, last + 1];
  state.line = last + 1;
  return true;
}
markdown.block.ruler.before("paragraph", "hidden_comment", hiddenComment, { alt: ["paragraph", "reference", "blockquote"] });
markdown.renderer.rules.hidden_comment = () => "";

/** A TypeScript code block of tutorial prose, and the hidden harness its test runs before it. */
export interface CodeSample {
  /** The block's code. */
  code: string;
  /** The code of a `<!-- harness` comment right before the block, or "" without one. */
  harness: string;
  /** The 1-based line of the Markdown where the code starts (after the opening fence). */
  line: number;
  /** The 1-based line where the harness code starts, when there is one. */
  harnessLine?: number;
}

/** Fence languages that are TypeScript: their blocks are code samples. */
const TYPESCRIPT = new Set(["ts", "typescript"]);

/**
 * The TypeScript blocks of a Markdown text, in order, each with its harness: the tutorial tests
 * compile and run every one (tutorials/samples.test.ts), so the prose's code cannot rot. A
 * harness stands in for what the sample takes as given (another model, a view), and may declare
 * `app.test`s that run the sample:
 *
 * @example
 * ````md
 * <!-- harness: the contact view the sample routes
 * function contact(request: HttpRequest) {
 *   return "Write to us";
 * }
 * -->
 * ```ts
 * app.urlpatterns = [path("contact/", contact)];
 * ```
 * ````
 */
export function codeSamples(source: string): CodeSample[] {
  const tokens = markdown.parse(source, {});
  const samples: CodeSample[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "fence" || !TYPESCRIPT.has(token.info.trim().split(/\s+/, 1)[0]!.toLowerCase())) return;
    const sample: CodeSample = { code: token.content, harness: "", line: token.map![0] + 2 };
    const before = tokens[index - 1];
    if (before?.type === "hidden_comment" && /^<!--\s*harness\b/.test(before.content)) {
      const lines = before.content.split("\n");
      if (lines.at(-1) === "") lines.pop();
      if (lines.at(-1)!.trim() !== "-->") throw new TutorialFormatError(`The harness before line ${sample.line - 1} must end with "-->" on a line of its own.`);
      sample.harness = lines.slice(1, -1).join("\n") + "\n";
      sample.harnessLine = before.map![0] + 2;
    }
    samples.push(sample);
  });
  return samples;
}

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
