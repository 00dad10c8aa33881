/**
 * Router benchmark: how resolving cost grows with the size of the URL table.
 *
 * For tables of 10 and 1,000 routes it times resolving the LAST static route and the LAST
 * parametrised route (the worst place for Django's linear scan), with the compiled
 * URLResolver and with the linear Django-style LinearResolver measured in the same run.
 * The number that matters is the 1000/10 ratio of each resolver; the target for the
 * compiled one is ≤ 1.5×.
 *
 * Each cell is the fastest of 11 batches timed round-robin across all cells, so load from
 * other processes (this machine is shared) inflates the cells as little as possible.
 *
 * Run: `npx tsx bench/router/run.ts` (or `npm run bench:router`).
 */
import { path, URLResolver, type URLPattern } from "../../core/urls/index.ts";
import { LinearResolver } from "../../core/urls/linear-resolver.ts";

const view = () => "ok";

/** `size` routes, alternating static and parametrised ones, as a typical app has. */
function table(size: number): URLPattern[] {
  const patterns: URLPattern[] = [];
  for (let i = 0; i < size / 2; i++) {
    patterns.push(path(`page${i}/about/`, view, { name: `static${i}` }));
    patterns.push(path(`items${i}/<int:id>/<slug:slug>/`, view, { name: `dynamic${i}` }));
  }
  return patterns;
}

/** A table whose routes all start with a parameter: no literal segment to dispatch on. */
function paramFirstTable(size: number): URLPattern[] {
  return Array.from({ length: size }, (_, i) => path(`<slug:user>/tab${i}/`, view, { name: `tab${i}` }));
}

interface Case {
  label: string;
  build: (size: number) => URLPattern[];
  path: (size: number) => string;
}

const cases: Case[] = [
  { label: "static route, last in table", build: table, path: (n) => `/page${n / 2 - 1}/about/` },
  { label: "param route, last in table", build: table, path: (n) => `/items${n / 2 - 1}/42/hello-world/` },
  { label: "no match (404 / APPEND_SLASH probe)", build: table, path: () => "/nothing/here" },
  { label: "param-first routes, last (worst case)", build: paramFirstTable, path: (n) => `/joe/tab${n - 1}/` },
];

let sink = 0;

/** Calls per timed batch so one batch takes about 5 ms. */
function calibrate(resolve: (p: string) => unknown, pathInfo: string): number {
  let batch = 64;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) if (resolve(pathInfo)) sink++;
    if (performance.now() - start > 5) return batch;
    batch *= 2;
  }
}

/** ns per call of one batch. */
function sample(resolve: (p: string) => unknown, pathInfo: string, batch: number): number {
  const start = performance.now();
  for (let i = 0; i < batch; i++) if (resolve(pathInfo)) sink++;
  return ((performance.now() - start) * 1e6) / batch;
}

interface Task {
  key: string;
  resolve: (p: string) => unknown;
  pathInfo: string;
  batch: number;
  samples: number[];
}

// Build every (case, size, resolver) first, then time them round-robin: on a shared machine a
// burst of load then hits every task alike instead of skewing one ratio.
const tasks: Task[] = [];
for (const [index, item] of cases.entries()) {
  for (const size of [10, 1000]) {
    const patterns = item.build(size);
    const pathInfo = item.path(size);
    const compiled = new URLResolver(patterns);
    const linear = new LinearResolver(patterns);
    const expected = linear.resolve(pathInfo)?.urlName ?? null;
    if ((compiled.resolve(pathInfo)?.urlName ?? null) !== expected) throw new Error(`resolvers disagree on ${pathInfo}`);
    for (const [name, resolve] of [["compiled", (p: string) => compiled.resolve(p)], ["linear", (p: string) => linear.resolve(p)]] as const) {
      tasks.push({ key: `${index}:${name}${size}`, resolve, pathInfo, batch: calibrate(resolve, pathInfo), samples: [] });
    }
  }
}
const ROUNDS = 11;
for (let round = 0; round < ROUNDS; round++) for (const task of tasks) task.samples.push(sample(task.resolve, task.pathInfo, task.batch));
// The fastest batch is the best estimate of the code's own cost: other processes only ever add time.
const ns = new Map(tasks.map((task) => [task.key, Math.min(...task.samples)]));

const rows = cases.map((item, index) => {
  const get = (key: string) => ns.get(`${index}:${key}`)!;
  const [c10, c1000, l10, l1000] = [get("compiled10"), get("compiled1000"), get("linear10"), get("linear1000")];
  return [item.label, c10.toFixed(0), c1000.toFixed(0), (c1000 / c10).toFixed(2) + "×", l10.toFixed(0), l1000.toFixed(0), (l1000 / l10).toFixed(1) + "×", (l1000 / c1000).toFixed(1) + "×"];
});

const header = ["case (ns/op)", "compiled 10", "compiled 1000", "1000/10", "linear 10", "linear 1000", "1000/10", "linear/compiled @1000"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
console.log(`node ${process.version}; fastest of ${ROUNDS} round-robin batches of ~5 ms per cell, after warmup`);
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of rows) console.log(line(row));
console.log("Target: compiled 1000/10 ≤ 1.5× for the static and param rows (the param-first row is the documented worst case).");
if (sink < 0) console.log(sink);
