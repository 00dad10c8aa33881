/**
 * Cold import benchmark: how long a new Node process takes to `import("onefile")`.
 *
 * - after: the compiled package, `npm pack`ed and installed into a scratch project, imported by
 *   plain `node -e 'import("onefile")'`, as a user's program does;
 * - before: the TypeScript sources through tsx, as the package worked until it was compiled
 *   (tsx keeps a cache of what it compiled: measured warm, and with `TSX_DISABLE_CACHE=1`);
 * - Node alone (`node -e 0`) and tsx alone, the floors under each.
 *
 * Every round runs each command once, in a shuffled order, so a busy neighbour slows all of them
 * alike; the table gives medians and the before/after ratio.
 *
 * Run: `npm run bench:import` (ROUNDS=40 for more rounds; the default is 20).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "../median.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ROUNDS = Number(process.env.ROUNDS ?? 20);
const IMPORT = 'import("onefile")';

const project = mkdtempSync(join(tmpdir(), "onefile-import-"));
try {
  const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", project], ROOT)) as { filename: string }[];
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "import-bench", private: true }));
  npm(["install", join(project, packed!.filename), "--prefer-offline", "--no-audit", "--no-fund"], project);

  const commands: { name: string; cwd: string; args: string[]; env?: Record<string, string> }[] = [
    { name: "Node alone: node -e 0", cwd: project, args: ["-e", "0"] },
    { name: "after: compiled package", cwd: project, args: ["-e", IMPORT] },
    { name: "tsx alone: node --import tsx -e 0", cwd: ROOT, args: ["--import", "tsx", "-e", "0"] },
    { name: "before: sources via tsx (cache warm)", cwd: ROOT, args: ["--import", "tsx", "--conditions=onefile-source", "-e", IMPORT] },
    { name: "before: sources via tsx (no cache)", cwd: ROOT, args: ["--import", "tsx", "--conditions=onefile-source", "-e", IMPORT], env: { TSX_DISABLE_CACHE: "1" } },
  ];
  const runOnce = ({ name, cwd, args, env }: (typeof commands)[number]): number => {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, env: { ...process.env, ...env }, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${name} failed:\n${result.stderr}`);
    return performance.now() - start;
  };

  for (const command of commands) runOnce(command); // warms tsx's cache and the file cache
  const times = commands.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    const order = commands.map((_, i) => i).sort(() => Math.random() - 0.5);
    for (const i of order) times[i]!.push(runOnce(commands[i]!));
  }

  const medians = times.map(median);
  console.log(`Cold import of onefile, median of ${ROUNDS} interleaved runs each (ms):\n`);
  for (const [i, { name }] of commands.entries()) console.log(`  ${name.padEnd(40)} ${medians[i]!.toFixed(0).padStart(6)}`);
  const [node, after, , warm, cold] = medians as [number, number, number, number, number];
  console.log(`\n  before (cache warm) / after: ${(warm / after).toFixed(1)}×; above Node alone: ${(warm - node).toFixed(0)} ms vs ${(after - node).toFixed(0)} ms`);
  console.log(`  before (no cache) / after:   ${(cold / after).toFixed(1)}×`);
} finally {
  rmSync(project, { recursive: true, force: true });
}
