/**
 * The commands that run once and exit: `new`, `check` and `routes`. Each returns its exit code
 * and writes to the streams it is given, so tests can read what a user would see.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import type { ParsedArgs } from "./args.ts";
import { describeLoadError, formatForTerminal } from "./load-error.ts";
import { displayPath, loadApp, resolveAppFile } from "./load.ts";
import { starterSource } from "./starter.ts";

/** Where a command writes: stdout for results, stderr for problems. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const consoleOutput: Output = {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
};

/**
 * `onefile new [file]`: writes the starter, never over an existing file (unless --force).
 *
 * @example
 * ```ts
 * newProject({ file: "blog.ts", force: false } as ParsedArgs, consoleOutput); // 0
 * ```
 */
export function newProject(args: Pick<ParsedArgs, "file" | "force">, output: Output = consoleOutput): number {
  const full = resolve(args.file);
  if (!/\.(ts|mts|tsx)$/.test(full)) {
    output.err(`"${args.file}" does not end in .ts; name the file like "app.ts" so it loads as TypeScript.`);
    return 1;
  }
  if (existsSync(full) && !args.force) {
    output.err(`${args.file} already exists; not overwriting it. Pick another name, or add --force to replace it.`);
    return 1;
  }
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, starterSource().replaceAll("${FILE}", basename(full)));
  output.out(`Wrote ${displayPath(full)}. Start it with:\n\n  npx onefile runserver ${displayPath(full)}\n`);
  return 0;
}

/**
 * `onefile check [file]`: loads the app (settings are validated by the App itself) and runs
 * `app.check()`; exits 1 with one line per problem.
 *
 * @example
 * ```ts
 * const code = await check({ file: "app.ts" } as ParsedArgs, consoleOutput);
 * ```
 */
export async function check(args: Pick<ParsedArgs, "file">, output: Output = consoleOutput): Promise<number> {
  let problems: string[];
  try {
    const app = await loadApp(resolveAppFile(args.file));
    problems = app.check();
  } catch (error) {
    output.err(formatForTerminal(describeLoadError(error)));
    output.err("System check identified 1 issue: the file does not load.");
    return 1;
  }
  if (problems.length === 0) {
    output.out("System check identified no issues.");
    return 0;
  }
  output.err(`System check identified ${problems.length} issue${problems.length === 1 ? "" : "s"}:`);
  for (const problem of problems) output.err(`  - ${problem}`);
  return 1;
}

/**
 * `onefile routes [file]`: a table of patterns, names and views, in matching order.
 *
 * @example
 * ```ts
 * await routes({ file: "app.ts" } as ParsedArgs, consoleOutput);
 * // Pattern            Name   View
 * // /                  index  index
 * // /hello/<int:id>/   hello  hello
 * ```
 */
export async function routes(args: Pick<ParsedArgs, "file">, output: Output = consoleOutput): Promise<number> {
  let rows: { pattern: string; name: string | null; view: string }[];
  try {
    const app = await loadApp(resolveAppFile(args.file));
    rows = app.routes();
  } catch (error) {
    output.err(formatForTerminal(describeLoadError(error)));
    return 1;
  }
  if (rows.length === 0) {
    output.out("No URL patterns. Add some with app.urlpatterns = [path(...)].");
    return 0;
  }
  // Shown as URL paths ("/hello/<int:id>/"); regular expressions (rePath) are shown as written.
  const shown = (pattern: string) => (pattern.startsWith("^") ? pattern : "/" + pattern);
  const table = [["Pattern", "Name", "View"], ...rows.map((r) => [shown(r.pattern), r.name ?? "-", r.view])];
  const widths = [0, 1].map((col) => Math.max(...table.map((row) => row[col]!.length)));
  for (const row of table) output.out(`${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}`.trimEnd());
  return 0;
}
