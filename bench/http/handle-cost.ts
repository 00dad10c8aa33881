/**
 * The core's share of a request, without sockets: CPU time of `app.handle()` (plus the
 * `headerList()` and `bodyBytes()` the Node adapter calls) for the two HTTP-bench workloads,
 * against what the raw node:http peer does for them (a regex and a string; nunjucks' render).
 * Measured in CPU time (process.cpuUsage), so it is steadier than req/s on a shared machine.
 * The HTTP bench's per-request budget is small: raw node:http spends roughly 30–40 µs of CPU on
 * a hello request, so 10 % is 3–4 µs for everything onefile adds.
 *
 *   npx tsx bench/http/handle-cost.ts
 */
import type { App } from "../../core/app.ts";
import type { IncomingRequest } from "../../core/http/incoming.ts";
import { env } from "./peers/nunjucks-env.mjs";
import { PAGE_CONTEXT } from "./shared.mjs";

const incoming = (target: string): IncomingRequest => ({
  method: "GET",
  target,
  scheme: "http",
  header: (name) => (name === "host" ? "127.0.0.1:8000" : null),
  headers: () => new Headers({ host: "127.0.0.1:8000" }),
  hasBody: false,
  readBody: async () => new Uint8Array(0),
});

async function cpuPerOp(fn: () => unknown, n: number): Promise<number> {
  for (let i = 0; i < n / 4; i++) await fn(); // warm-up: JIT and caches
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

async function freshApp(tag: string): Promise<App> {
  // A query string gives a fresh module instance, so each variant has its own App.
  return (await import(`./onefile-app.ts?${tag}`)).default as App;
}

const withMiddleware = await freshApp("default");
const bare = await freshApp("bare");
bare.configure({ MIDDLEWARE: [] });
const hello = incoming("/hello/42/");
const page = incoming("/page/");
const encoder = new TextEncoder();

const cases: [string, () => unknown, number][] = [
  ["hello  onefile app.handle (default middleware)", () => run(withMiddleware, hello), 100_000],
  ["hello  onefile app.handle (MIDDLEWARE: [])", () => run(bare, hello), 100_000],
  ["hello  raw: regex + string + encode", () => encoder.encode(`Hello, ${Number(/^\/hello\/([0-9]+)\/$/.exec("/hello/42/")![1])}`), 100_000],
  ["page   onefile app.handle (default middleware)", () => run(withMiddleware, page), 20_000],
  ["page   onefile app.handle (MIDDLEWARE: [])", () => run(bare, page), 20_000],
  ["page   raw: nunjucks render + encode", () => encoder.encode(env.render("page.html", PAGE_CONTEXT)), 20_000],
];

async function run(app: App, request: IncomingRequest): Promise<void> {
  const response = await app.handle(request);
  response.headerList();
  response.bodyBytes();
}

const results = new Map<string, number[]>();
for (let round = 0; round < 3; round++) {
  for (const [name, fn, n] of cases) results.set(name, [...(results.get(name) ?? []), await cpuPerOp(fn, n)]);
}
for (const [name, runs] of results) {
  const median = [...runs].sort((a, b) => a - b)[1]!;
  console.log(`${name.padEnd(50)} ${median.toFixed(2).padStart(7)} µs CPU per request (median of 3)`);
}
