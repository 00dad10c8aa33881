/**
 * bench/fetch: `app.fetch` requests per second, in-process, for a hello view, a template view
 * and a 404, against a bare `new Response()` handler measured in the same run; plus the
 * template view's render cost against nunjucks `renderString` on the same template.
 *
 * Run: npm run bench:fetch   (env ROUNDS, MS_PER_CASE to change the length)
 *
 * Cases run in alternating rounds and each figure is the median round, so a noisy neighbour
 * on a shared machine skews every case alike rather than one of them.
 */
import nunjucks from "nunjucks";
import { App, path, render, HttpResponse, type HttpRequest } from "../../core/index.ts";
import { PAGE_TEMPLATES, pageContext } from "./page.ts";
import { median } from "../median.ts";

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const MS_PER_CASE = Number(process.env.MS_PER_CASE ?? 300);

const app = new App({ DEBUG: false, ALLOWED_HOSTS: ["localhost"], TEMPLATES: PAGE_TEMPLATES });
const filler = Array.from({ length: 18 }, (_, i) => path(`filler${i}/<int:id>/`, () => "x", { name: `filler${i}` }));
app.urlpatterns = [
  ...filler,
  path("hello/<int:id>/", (request: HttpRequest, { id }: { id: number }) => new HttpResponse(`Hello, ${id}`, { contentType: "text/plain" })),
  path("page/", (request: HttpRequest) => render(request, "page.html", pageContext())),
];

type Case = { name: string; run: () => Promise<unknown> | unknown };
const bare = async (request: Request) => new Response("Hello, 42", { headers: { "content-type": "text/plain" } });
const env = new nunjucks.Environment(null, { autoescape: true });
const request = (url: string) => new Request(`http://localhost${url}`);

const cases: Case[] = [
  { name: "baseline: bare new Response()", run: async () => (await bare(request("/hello/42/"))).arrayBuffer() },
  { name: "app.fetch hello view", run: async () => (await app.fetch(request("/hello/42/"))).arrayBuffer() },
  { name: "app.fetch template view", run: async () => (await app.fetch(request("/page/"))).arrayBuffer() },
  { name: "app.fetch 404", run: async () => (await app.fetch(request("/nowhere/"))).arrayBuffer() },
  { name: "render: onefile engine (cached)", run: () => app.templates.render("page.html", pageContext()) },
  {
    name: "render: nunjucks renderString",
    run: () => env.renderString(PAGE_TEMPLATES["page.html"]!.replace('{% extends "base.html" %}', ""), pageContext()),
  },
];

async function measure(c: Case): Promise<number> {
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < MS_PER_CASE) {
    for (let i = 0; i < 50; i++) await c.run();
    ops += 50;
    now = performance.now();
  }
  return (ops / (now - start)) * 1000;
}

// Sanity: every case must answer what it claims before it is timed.
const check = async (url: string, status: number) => {
  const response = await app.fetch(request(url));
  if (response.status !== status) throw new Error(`${url} answered ${response.status}, expected ${status}`);
};
await check("/hello/42/", 200);
await check("/page/", 200);
await check("/nowhere/", 404);

const results = new Map<string, number[]>(cases.map((c) => [c.name, []]));
for (const c of cases) await measure(c); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (const c of cases) results.get(c.name)!.push(await measure(c));
}
const baseline = median(results.get(cases[0]!.name)!);
const renderString = median(results.get("render: nunjucks renderString")!);

console.log(`bench/fetch — ${ROUNDS} rounds × ${MS_PER_CASE} ms, median ops/s (Node ${process.version})\n`);
console.log("case".padEnd(36) + "ops/s".padStart(12) + "   ratio");
for (const c of cases) {
  const ops = median(results.get(c.name)!);
  const ratio = c.name.startsWith("render:") ? `${(ops / renderString).toFixed(2)}× renderString` : `${(ops / baseline).toFixed(2)}× bare Response`;
  console.log(c.name.padEnd(36) + Math.round(ops).toLocaleString("en").padStart(12) + "   " + ratio);
}
