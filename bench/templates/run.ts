/**
 * Template render cost: a child template extending a base, looping over 20
 * items whose text needs escaping.
 *
 * - engine:       onefile's TemplateEngine (compiled once, cached)
 * - renderString: nunjucks compiling the child and its base on every render
 *                 (what rendering without a cache costs)
 * - floor:        a bare nunjucks Environment rendering its cached templates
 *
 * Run: npx tsx bench/templates/run.ts
 */
import nunjucks from "nunjucks";
import { TemplateEngine } from "../../core/templates/index.ts";

const BASE = `<!doctype html><html><head><title>{% block title %}Site{% endblock %}</title></head>
<body><header><a href="{{ url('index') }}">Home</a></header><main>{% block body %}{% endblock %}</main></body></html>`;
const PAGE = `{% extends "base.html" %}{% block title %}{{ title }}{% endblock %}{% block body %}
<ul>{% for item in items %}<li class="{{ 'odd' if loop.index is odd else 'even' }}">{{ item.name }} — {{ item.note }}</li>{% endfor %}</ul>
{% endblock %}`;
const TEMPLATES: Record<string, string> = { "base.html": BASE, "page.html": PAGE };
const url = (name: string) => `/${name}/`;
const context = {
  title: "Items & <things>",
  items: Array.from({ length: 20 }, (_, i) => ({ name: `Item <${i}>`, note: `"quoted" & 'single' ${i}` })),
};

const engine = new TemplateEngine({ templates: TEMPLATES, globals: { url }, debug: false });

// nunjucks with a plain loader: noCache makes it recompile the base every time too.
function nunjucksEnv(noCache: boolean) {
  const loader = { getSource: (name: string) => ({ src: TEMPLATES[name]!, path: name, noCache }) };
  const env = new nunjucks.Environment([loader], { autoescape: true });
  env.addGlobal("url", url);
  return env;
}
const uncached = nunjucksEnv(true);
const cached = nunjucksEnv(false);

const cases: [string, () => string][] = [
  ["floor: nunjucks Environment, cached", () => cached.render("page.html", context)],
  ["onefile TemplateEngine, cached", () => engine.render("page.html", context)],
  ["nunjucks renderString, compiles every time", () => uncached.renderString(PAGE, context)],
];

// All three must produce the same HTML, or the comparison means nothing.
const expected = cases[0]![1]();
for (const [name, fn] of cases) if (fn() !== expected) throw new Error(`${name} renders different HTML`);

/** ns/op of one ~150 ms round. */
function round(fn: () => string): number {
  let sink = 0;
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < 150) {
    for (let i = 0; i < 50; i++) sink += fn().length;
    n += 50;
    now = performance.now();
  }
  if (sink === 0) throw new Error("unreachable");
  return ((now - start) * 1e6) / n;
}

// Warm up, then interleave rounds so load from other processes on this shared
// machine hits every case alike; report each case's median round.
for (const [, fn] of cases) round(fn);
const samples: number[][] = cases.map(() => []);
for (let r = 0; r < 7; r++) cases.forEach(([, fn], i) => samples[i]!.push(round(fn)));
const results = cases.map(([name], i) => ({ name, ns: samples[i]!.sort((a, b) => a - b)[3]! }));
const floor = results[0]!.ns;
console.log(`template: extends + loop over ${context.items.length} autoescaped items, ${expected.length} bytes of HTML\n`);
for (const { name, ns } of results) {
  console.log(`${name.padEnd(46)} ${ns.toFixed(0).padStart(9)} ns/op   ${(ns / floor).toFixed(2)}x floor`);
}
const [, ours, noCache] = results;
console.log(`\nrenderString / engine: ${(noCache!.ns / ours!.ns).toFixed(1)}x (what the compile cache saves)`);
