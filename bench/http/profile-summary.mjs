// Summarises a .cpuprofile (from `node --cpu-prof`): self time per function and per file, so a
// benchmark miss can be explained by where the time goes.  node bench/http/profile-summary.mjs FILE [N]
import { readFileSync } from "node:fs";

// Optional third argument: skip the first S seconds (startup) of the profile.
const [file, top = "25", skip = "0"] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
let clock = 0;
for (let i = 0; i < profile.samples.length; i++) {
  clock += dt[i] ?? 0;
  if (clock < Number(skip) * 1e6) continue;
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const files = new Map();
for (const [id, t] of self) {
  const { callFrame: c } = byId.get(id);
  const where = c.url ? c.url.replace(/^file:\/\/.*?\/(node_modules|core|cli|bench)\//, "$1/") : "(native)";
  const key = `${c.functionName || "(anonymous)"}  ${where}:${c.lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + t);
  files.set(where, (files.get(where) ?? 0) + t);
}
const show = (map, n) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`).join("\n");
console.log(`total ${(total / 1000).toFixed(0)} ms sampled\n\nBy function (self):\n${show(fn, Number(top))}\n\nBy file (self):\n${show(files, 20)}`);
