import { readFileSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * Keeps the README honest: every TypeScript block in it must be a file of this repo, quoted
 * whole (its first line names the file), and every `npm run x` it mentions must be a script.
 * The files themselves are run by the other tests here, so a README example cannot rot.
 */
const root = new URL("../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe("README", () => {
  it("has TypeScript examples", () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((block) => [block.split("\n", 1)[0]!, block]))("quotes %s exactly", (firstLine, block) => {
    const file = /^\/\/ ((?:examples|e2e|package)\/[\w./-]+\.ts)\b/.exec(firstLine)?.[1];
    expect(file, `a README ts block must start with "// examples/<file>.ts": ${firstLine}`).toBeDefined();
    const url = new URL(file!, root);
    expect(existsSync(url), `${file} exists`).toBe(true);
    expect(block).toBe(readFileSync(url, "utf8"));
  });

  it("mentions only npm scripts that exist", () => {
    const scripts = JSON.parse(readFileSync(new URL("package.json", root), "utf8")).scripts as Record<string, string>;
    const used = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    for (const name of used) expect(Object.keys(scripts)).toContain(name);
    expect(scripts.test).toBeDefined();
    expect(scripts.start).toBeDefined();
  });
});
