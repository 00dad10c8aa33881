/**
 * Which `*.test.ts` files `onefile test app.ts` runs besides the tests inside app.ts: those beside
 * the file and those under a `tests/` folder beside it, so a project can move its tests out of
 * the single file as it grows. A file written for another runner (it imports vitest, Jest,
 * node:test, Playwright…) is left to that runner.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** What discovery found: files to run, and files left to another runner (with the command that runs them). */
export interface TestFiles {
  files: string[];
  skipped: { file: string; runner: string; command: string }[];
}

const RUNNER_COMMANDS: Record<string, string> = {
  vitest: "npx vitest",
  "@playwright/test": "npx playwright test",
  "node:test": "node --test",
  "@jest/globals": "npx jest",
  jest: "npx jest",
  mocha: "npx mocha",
  "bun:test": "bun test",
};

const TEST_FILE = /\.test\.m?ts$/;
const OTHER_RUNNER = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)["'](vitest|@playwright\/test|node:test|@jest\/globals|jest|mocha|bun:test)["']/;

/**
 * Finds the test files of the project whose main file is `appFile`, sorted by path.
 *
 * @example
 * ```ts
 * findTestFiles("/site/app.ts");
 * // → { files: ["/site/app.test.ts", "/site/tests/api.test.ts"], skipped: [{ file: "/site/ui.test.ts", runner: "vitest", command: "npx vitest" }] }
 * ```
 */
export function findTestFiles(appFile: string): TestFiles {
  const dir = dirname(appFile);
  const candidates = [...listTestFiles(dir, false), ...listTestFiles(join(dir, "tests"), true)].filter((file) => file !== appFile).sort();
  const result: TestFiles = { files: [], skipped: [] };
  for (const file of candidates) {
    const runner = OTHER_RUNNER.exec(readFileSync(file, "utf8"))?.[1];
    if (runner) result.skipped.push({ file, runner, command: RUNNER_COMMANDS[runner]! });
    else result.files.push(file);
  }
  return result;
}

function listTestFiles(dir: string, recursive: boolean): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    if (entry.name.startsWith(".") || entry.name === "node_modules") return [];
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return recursive ? listTestFiles(full, true) : [];
    return entry.isFile() && TEST_FILE.test(entry.name) ? [full] : [];
  });
}
