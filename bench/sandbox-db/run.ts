/**
 * bench/sandbox-db: SQLite compiled to WebAssembly inside a service worker in headless
 * Chromium, one candidate engine per origin (`<candidate>.localhost`), measured the way the
 * sandbox uses a database: a preview request answered by the worker.
 *
 *   npx tsx bench/sandbox-db/run.ts [candidate…]      (all candidates when none is named)
 *   CONTEXT=worker npx tsx bench/sandbox-db/run.ts     (in a dedicated worker, as the runner)
 *
 * CONTEXT=service-worker (the default) runs each engine in the origin's service worker, reached
 * by fetch; CONTEXT=worker in a dedicated worker started by the page (the sandbox's runner),
 * reached by postMessage, where "stopping the worker" is `worker.terminate()` and a new one.
 *
 * For each candidate, in a fresh browser profile:
 * - size: the worker script and the .wasm, gzip -9;
 * - first open: the first request's time to load the engine and open the database (wasm from
 *   the network);
 * - workload: CREATE, 1,000 INSERTs in one transaction, then a SELECT, inside the worker;
 * - write: one autocommit INSERT, durable before it returns; median of 30, on a new database
 *   and again once the file holds 6 MB;
 * - cold restart: the browser stops the worker (CDP ServiceWorker.stopAllWorkers), then one
 *   request, timed from the page (median of RESTARTS, 6 MB database): worker start + engine
 *   open + query;
 * - stopped worker: 20 writes in flight, the worker is stopped as the 10th is acknowledged;
 *   every acknowledged write must be there afterwards;
 * - reopened profile: the browser context is closed and the same profile opened again; the
 *   rows must be there (and the first request is timed).
 */
import { chromium, type BrowserContext, type Page } from "playwright";
import { build } from "esbuild";
import { createServer, type Server } from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import { candidates, type Candidate } from "./candidates.ts";
import { median } from "../median.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const RESTARTS = Number(process.env["RESTARTS"] ?? 7);
const WRITES = 30;
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const CONTEXT = process.env["CONTEXT"] === "worker" ? "worker" : "service-worker";

interface Built {
  candidate: Candidate;
  script: string;
  wasm: Buffer;
  scriptGzip: number;
  wasmGzip: number;
}

async function bundle(candidate: Candidate): Promise<Built> {
  const result = await build({
    entryPoints: [join(here, "engines", candidate.entry)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    logLevel: "silent",
    external: ["fs", "path", "crypto", "module", "url", "worker_threads", "node:*"],
    alias: candidate.alias ?? {},
    define: { WASM_URL: JSON.stringify(`/wasm/${basename(candidate.wasm)}`), "import.meta.url": '""', ...(candidate.define ?? {}) },
  });
  const script = result.outputFiles[0]!.text;
  const wasm = readFileSync(candidate.wasm);
  return { candidate, script, wasm, scriptGzip: gzipSync(script, { level: 9 }).length, wasmGzip: gzipSync(wasm, { level: 9 }).length };
}

const PAGE = `<!doctype html><title>bench</title><script>
if (${JSON.stringify(CONTEXT)} === "worker") {
  let worker;
  let next = 0;
  const pending = new Map();
  const start = () => {
    worker = new Worker("/sw.js");
    worker.onmessage = (event) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
  };
  start();
  window.ready = Promise.resolve();
  window.stopWorkers = async () => {
    worker.terminate();
    for (const settle of pending.values()) settle({ error: "terminated" });
    pending.clear();
    start();
  };
  window.call = (op, body) => new Promise((resolve, reject) => {
    const started = performance.now();
    const id = next++;
    pending.set(id, (data) => (data.error ? reject(new Error(data.error)) : resolve({ ...data, roundTrip: performance.now() - started })));
    worker.postMessage({ id, op, body: body || {} });
  });
} else {
  window.ready = navigator.serviceWorker.register("/sw.js", { scope: "/" })
    .then(() => navigator.serviceWorker.ready)
    .then(() => navigator.serviceWorker.controller || new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r)));
  window.call = async (op, body) => {
    const started = performance.now();
    const response = await fetch("/api/" + op, { method: "POST", body: JSON.stringify(body || {}) });
    const json = await response.json();
    if (!response.ok) throw new Error(json.error);
    return { ...json, roundTrip: performance.now() - started };
  };
}
</script>`;

function serve(built: Map<string, Built>): Promise<Server> {
  const server = createServer((request, response) => {
    const name = (request.headers.host ?? "").split(".")[0] ?? "";
    const entry = built.get(name);
    const path = request.url ?? "/";
    if (!entry) return void response.writeHead(404).end();
    if (path === "/") return void response.writeHead(200, { "Content-Type": "text/html" }).end(PAGE);
    if (path === "/sw.js") return void response.writeHead(200, { "Content-Type": "text/javascript", "Cache-Control": "no-cache" }).end(entry.script);
    if (path.startsWith("/wasm/")) return void response.writeHead(200, { "Content-Type": "application/wasm", "Cache-Control": "max-age=3600" }).end(entry.wasm);
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(Number(process.env["BENCH_PORT"] ?? 0), "127.0.0.1", () => resolve(server)));
}

type Reply = Record<string, unknown> & { roundTrip: number; openMs: number; sinceStart: number };

function call(page: Page, op: string, body: Record<string, unknown> = {}): Promise<Reply> {
  return page.evaluate(([o, b]) => (window as unknown as { call(op: string, body: unknown): Promise<Reply> }).call(o, b), [op, body] as const);
}

async function openProfile(dir: string, origin: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}/`);
  await page.evaluate(() => (window as unknown as { ready: Promise<unknown> }).ready);
  return { context, page };
}

async function measure(entry: Built, origin: string) {
  const dir = mkdtempSync(join(tmpdir(), "bench-sandbox-db-"));
  let { context, page } = await openProfile(dir, origin);
  try {
    const workload = await call(page, "workload");
    const small = await call(page, "writes", { n: WRITES });
    await call(page, "grow", { bytes: 6_000_000 });
    const large = await call(page, "writes", { n: WRITES });
    const cdp = await context.newCDPSession(page);
    await cdp.send("ServiceWorker.enable");
    const stop = async () => {
      if (CONTEXT === "worker") await page.evaluate(() => (window as unknown as { stopWorkers(): Promise<void> }).stopWorkers());
      else await cdp.send("ServiceWorker.stopAllWorkers");
    };
    const restarts: number[] = [];
    const opens: number[] = [];
    for (let i = 0; i < RESTARTS; i++) {
      await stop();
      const reply = await call(page, "count");
      restarts.push(reply.roundTrip);
      opens.push(reply.openMs);
      if (process.env["VERBOSE"]) console.log(`  restart ${i}: ${reply.roundTrip.toFixed(1)} ms, worker ready at ${reply.sinceStart.toFixed(1)} ms, open ${JSON.stringify(reply["openSteps"])}`);
    }
    // Twenty writes in flight; the worker is stopped as soon as the tenth is acknowledged.
    if (CONTEXT === "service-worker") await page.exposeFunction("stopWorkers", () => cdp.send("ServiceWorker.stopAllWorkers"));
    const acknowledged = (await page.evaluate(async () => {
      const w = window as unknown as { call(op: string, body: unknown): Promise<unknown>; stopWorkers(): Promise<void> };
      const acked: string[] = [];
      let stopping: Promise<void> | undefined;
      await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          w.call("mark", { label: `m${i}` }).then(() => {
            acked.push(`m${i}`);
            if (acked.length === 10) stopping = w.stopWorkers();
          }),
        ),
      );
      await stopping;
      return acked;
    })) as string[];
    const present = new Set((await call(page, "marks")).labels as string[]);
    const lost = acknowledged.filter((label) => !present.has(label));
    const before = JSON.stringify((await call(page, "count")).rows);
    await context.close();
    ({ context, page } = await openProfile(dir, origin));
    const reopened = await call(page, "count");
    return {
      firstOpen: workload.openMs,
      workload: workload["ms"] as number,
      writeSmall: median(small["times"] as number[]),
      writeLarge: median(large["times"] as number[]),
      restart: median(restarts),
      restartOpen: median(opens),
      acknowledged: acknowledged.length,
      lost: lost.length,
      reopened: JSON.stringify(reopened.rows) === before ? `kept, ${reopened.roundTrip.toFixed(0)} ms` : `LOST (${JSON.stringify(reopened.rows)} vs ${before})`,
    };
  } finally {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

const only = process.argv.slice(2);
const chosen = candidates().filter((c) => (only.length === 0 || only.includes(c.name)) && (CONTEXT === "worker" || !c.workerOnly));
const built = new Map<string, Built>();
for (const candidate of chosen) built.set(candidate.name, await bundle(candidate));
const server = await serve(built);
const port = (server.address() as AddressInfo).port;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(`bench/sandbox-db in a ${CONTEXT}, Chromium ${CHROMIUM}, ${RESTARTS} restarts, ${WRITES} writes per size\n`);
console.log("| candidate | gzip (js + wasm) | first open | workload | write, new db | write, 6 MB db | cold restart (open) | stopped worker | reopened profile |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
try {
  for (const entry of built.values()) {
    const origin = `http://${entry.candidate.name}.localhost:${port}`;
    try {
      const r = await measure(entry, origin);
      console.log(
        `| ${entry.candidate.name} | ${kb(entry.scriptGzip + entry.wasmGzip)} (${kb(entry.scriptGzip)} + ${kb(entry.wasmGzip)}) | ${ms(r.firstOpen)} | ${ms(r.workload)} | ${ms(r.writeSmall)} | ${ms(r.writeLarge)} | ${ms(r.restart)} (${ms(r.restartOpen)}) | ${r.lost === 0 ? "none lost" : `${r.lost} LOST`} of ${r.acknowledged} acknowledged | ${r.reopened} |`,
      );
    } catch (error) {
      console.log(`| ${entry.candidate.name} | ${kb(entry.scriptGzip + entry.wasmGzip)} | failed: ${String(error).split("\n")[0]} |`);
    }
  }
  console.log("");
  for (const entry of built.values()) console.log(`- ${entry.candidate.name}: ${entry.candidate.description}`);
} finally {
  server.close();
}
