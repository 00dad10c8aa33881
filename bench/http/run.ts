/**
 * HTTP benchmark: `onefile serve --workers 1` against raw node:http (+ nunjucks), Fastify, Hono on
 * @hono/node-server, Express and (when Debian's python3-django and gunicorn are installed) Django,
 * each as one process, on two workloads:
 *
 *   hello  GET /hello/42/  an int route among 20 routes, plain text
 *   page   GET /page/      a template with inheritance looping over 20 autoescaped items
 *
 * Load comes from wrk (Debian's `wrk`, one thread, in its own process); servers take turns round
 * by round so drift on a shared machine hits all of them alike. Prints the median req/s of the
 * rounds and the ratio to raw node:http measured in the same run.
 *
 *   npm run bench:http                       # everything (~2–3 minutes)
 *   npm run bench:http -- --only onefile,raw --duration 5 --rounds 5
 *   npm run bench:http -- --only onefile --cpu-prof /tmp/prof   # CPU profile of the onefile worker
 *   npm run bench:http -- --pin              # servers on core 1, wrk on core 0 (quiet machines)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { PAGE_CONTEXT, ROUTES, TEMPLATES } from "./shared.mjs";
import { median } from "../median.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HERE = fileURLToPath(new URL("./", import.meta.url));

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    duration: { type: "string", default: "3" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "32" },
    workload: { type: "string", default: "hello,page" },
    "cpu-prof": { type: "string" },
    pin: { type: "boolean" },
  },
});
/**
 * With --pin (and two or more cores), servers run on core 1 and wrk on core 0 (taskset), so the
 * load generator never competes with the server it measures. Off by default: on a machine shared
 * with other work a pinned process cannot move away from a busy core, which is worse.
 */
const PIN = !!values.pin && availableParallelism() >= 2 && spawnSync("taskset", ["-c", "0", "true"]).status === 0;
const pinned = (core: number, command: string, args: string[]): [string, string[]] =>
  PIN ? ["taskset", ["-c", String(core), command, ...args]] : [command, args];
const DURATION = Number(values.duration);
const ROUNDS = Number(values.rounds);
const CONNECTIONS = Number(values.connections);

interface Peer {
  name: string;
  command: string;
  args: (port: number) => string[];
  env?: NodeJS.ProcessEnv;
  available: () => string | null; // null when usable, else why not
}

const hasCommand = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
/** A Python that has both Django and gunicorn (Debian's /usr/bin/python3 first: a pyenv shim may hide it). */
function djangoPython(): string | null {
  return ["/usr/bin/python3", "python3"].find((py) => hasCommand(py, ["-c", "import django, gunicorn"])) ?? null;
}
const nodePeer = (name: string, file: string): Peer => ({
  name,
  command: process.execPath,
  args: (port) => [`${HERE}peers/${file}`, String(port)],
  available: () => null,
});

const PEERS: Peer[] = [
  nodePeer("raw node:http", "raw.mjs"),
  {
    name: "onefile",
    command: process.execPath,
    args: (port) => [
      ...(values["cpu-prof"] ? ["--cpu-prof", "--cpu-prof-dir", values["cpu-prof"]] : []),
      `${ROOT}cli/bin.js`, "serve", `${HERE}onefile-app.ts`, `127.0.0.1:${port}`, "--workers", "1",
    ],
    available: () => null,
  },
  nodePeer("fastify", "fastify.mjs"),
  nodePeer("hono", "hono.mjs"),
  nodePeer("express", "express.mjs"),
  {
    name: "django",
    command: djangoPython() ?? "python3",
    args: (port) => ["-m", "gunicorn", "--workers", "1", "--bind", `127.0.0.1:${port}`, "--chdir", `${HERE}peers`, "--log-level", "warning", "django_app:application"],
    env: { TEMPLATES_JSON: JSON.stringify(TEMPLATES), ROUTES_JSON: JSON.stringify(ROUTES), PAGE_JSON: JSON.stringify(PAGE_CONTEXT) },
    available: () => (djangoPython() ? null : "skipped: install Debian's python3-django and gunicorn to include it"),
  },
];

const WORKLOADS: Record<string, { path: string; check: (body: string) => boolean }> = {
  hello: { path: "/hello/42/", check: (body) => body === "Hello, 42" },
  page: {
    path: "/page/",
    check: (body) => (body.match(/<li id="item-\d+">Item &lt;\d+&gt; &amp; (&quot;|&#34;)friends(&quot;|&#34;): \d+<\/li>/g) ?? []).length === 20,
  },
};

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(port: number, child: ChildProcess, name: string): Promise<void> {
  // Generous: on a busy shared machine a server that loads TypeScript can take half a minute.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before answering`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/hello/42/`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not answer within 60 s`);
}

/**
 * CPU time (µs) used so far by a process and its descendants, from /proc (Linux). On a shared
 * machine req/s depends on what else runs; CPU time per request much less so.
 */
function cpuMicros(pid: number): number {
  let total = 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    total += (Number(fields[11]) + Number(fields[12])) * (1_000_000 / 100); // utime + stime, in ticks of 10 ms
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) {
      total += cpuMicros(Number(child));
    }
  } catch {
    return total; // not Linux, or the process is gone
  }
  return total;
}

function runWrk(port: number, path: string, seconds: number, pid?: number): { rps: number; cpuPerRequest: number; errors: string | null } {
  const before = pid ? cpuMicros(pid) : 0;
  const result = spawnSync(...pinned(0, "wrk", ["-t1", `-c${CONNECTIONS}`, `-d${seconds}s`, `http://127.0.0.1:${port}${path}`]), { encoding: "utf8" });
  const used = pid ? cpuMicros(pid) - before : NaN;
  const out = result.stdout ?? "";
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN);
  const problems = [/Non-2xx or 3xx responses: \d+/.exec(out)?.[0], /Socket errors:.*/.exec(out)?.[0]].filter(Boolean);
  return { rps, cpuPerRequest: used / requests, errors: problems.length ? problems.join("; ") : null };
}

async function main(): Promise<void> {
  if (!hasCommand("wrk", ["--version"]) && spawnSync("wrk", ["--version"]).error) {
    console.error("wrk is not installed. Install it with: sudo apt-get install wrk");
    process.exit(1);
  }
  const only = values.only?.split(",").map((s) => s.trim());
  const selected = PEERS.filter((p) => !only || only.some((o) => p.name.includes(o)));
  const workloads = values.workload!.split(",").filter((w) => w in WORKLOADS);
  const running: { peer: Peer; port: number; child: ChildProcess }[] = [];
  const cleanup = () => {
    for (const { child } of running) if (child.exitCode === null) child.kill("SIGTERM");
  };
  process.on("SIGINT", () => {
    cleanup();
    process.exit(130);
  });

  try {
    for (const peer of selected) {
      const why = peer.available();
      if (why) {
        console.log(`${peer.name}: ${why}`);
        continue;
      }
      const port = await freePort();
      const child = spawn(...pinned(1, peer.command, peer.args(port)), { cwd: ROOT, env: { ...process.env, ...peer.env }, stdio: ["ignore", "ignore", "inherit"] });
      running.push({ peer, port, child });
      await waitReady(port, child, peer.name);
      for (const w of workloads) {
        const body = await (await fetch(`http://127.0.0.1:${port}${WORKLOADS[w]!.path}`)).text();
        if (!WORKLOADS[w]!.check(body)) throw new Error(`${peer.name} answers ${WORKLOADS[w]!.path} wrongly:\n${body.slice(0, 400)}`);
      }
    }
    console.log(
      `wrk -t1 -c${CONNECTIONS}, ${DURATION} s × ${ROUNDS} rounds per server and workload, servers alternating` +
        `${PIN ? "; servers on core 1, wrk on core 0" : ""}\n`,
    );
    const results = new Map<string, number[]>();
    const cpu = new Map<string, number[]>();
    const errors: string[] = [];
    for (const w of workloads) {
      for (const { port } of running) runWrk(port, WORKLOADS[w]!.path, 1); // warm-up (JIT, caches)
      for (let round = 0; round < ROUNDS; round++) {
        // Rotate who goes first so no server always runs right after the same neighbour.
        const order = running.map((_, i) => running[(i + round) % running.length]!);
        for (const { peer, port, child } of order) {
          const { rps, cpuPerRequest, errors: problem } = runWrk(port, WORKLOADS[w]!.path, DURATION, child.pid);
          if (problem) errors.push(`${peer.name} ${w}: ${problem}`);
          const key = `${peer.name}|${w}`;
          results.set(key, [...(results.get(key) ?? []), rps]);
          cpu.set(key, [...(cpu.get(key) ?? []), cpuPerRequest]);
        }
      }
    }
    printTable(running.map((r) => r.peer.name), workloads, results, cpu);
    if (errors.length) console.log(`\nErrors reported by wrk:\n  ${errors.join("\n  ")}`);
  } finally {
    cleanup();
  }
}

function printTable(names: string[], workloads: string[], results: Map<string, number[]>, cpu: Map<string, number[]>): void {
  const baseline = "raw node:http";
  const header = ["server", ...workloads.flatMap((w) => [`${w} req/s`, `${w} ×raw`, `${w} µs CPU/req`, `×raw (CPU)`])];
  const rows = names.map((name) => [
    name,
    ...workloads.flatMap((w) => {
      const runs = results.get(`${name}|${w}`) ?? [NaN];
      const baseRuns = results.get(`${baseline}|${w}`) ?? [NaN];
      const us = cpu.get(`${name}|${w}`) ?? [NaN];
      const baseUs = cpu.get(`${baseline}|${w}`) ?? [NaN];
      // Ratios are taken round by round (the two runs were minutes apart at most) and then the
      // median is kept, so a slow spell on a shared machine does not favour either side.
      const ratio = median(runs.map((r, i) => r / baseRuns[i]!));
      const cpuRatio = median(us.map((u, i) => baseUs[i]! / u));
      return [median(runs).toFixed(0), ratio.toFixed(2), median(us).toFixed(1), cpuRatio.toFixed(2)];
    }),
  ]);
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => r[c]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "));
  console.log(
    `\n(page: the baseline is raw node:http + nunjucks.) Targets for onefile: hello ≥ 0.90× raw, page ≥ 0.95× raw.` +
      `\n"×raw (CPU)" is raw's server CPU time per request divided by this server's (all its processes): the` +
      `\nthroughput ratio a saturated core would give, and steadier than req/s when the machine is shared.`,
  );
  for (const w of workloads) {
    const runs = (name: string) => (results.get(`${name}|${w}`) ?? []).map((x) => x.toFixed(0)).join(", ");
    console.log(`  ${w} rounds: onefile [${runs("onefile")}], raw [${runs(baseline)}]`);
  }
}

await main();
