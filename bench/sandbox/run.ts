/**
 * bench/sandbox: the sandbox's speed in headless Chromium, against its targets.
 *
 *   npm run bench:sandbox      (builds a bench build into dist-bench/ first; BENCH_NO_BUILD=1 reuses it)
 *
 * The bench build is `npm run build` with ONEFILE_BENCH=1, which adds one endpoint to the
 * preview's service worker, `/__onefile/bench-raw` (a plain Response, no forwarding): it is
 * never in a production build.
 *
 * - Cold first preview: a share link opened in a fresh browser context, from navigation start
 *   until the preview shows the app (window.sandbox.ready). Target ≤ 1.5× the baseline measured
 *   in the same run: a bare page that registers a three-line service worker and shows one
 *   iframe answered by it, the floor for any sandbox built on a service worker.
 * - JavaScript transferred (gzip) before the first preview, editor and preview origins.
 * - Edit to preview: window.sandbox.setSource until the preview shows the new code. Target
 *   median < 100 ms.
 * - Worker overhead: the hello view from the preview's own origin (service worker → runner →
 *   service worker) versus a plain Response from the same service worker. Target: the 0.15 ms
 *   measured before previews had their own origins.
 * - Worker restart (for scale): ServiceWorker.stopAllWorkers, then the next preview request.
 * - A second project in a second origin: a new tab with another link in the warm browser,
 *   until its preview shows.
 *
 * VERBOSE=1 prints each cold run's timeline and where an edit's time goes; bench/sandbox/trace.ts
 * shows the same across every process and thread, from a Chromium trace.
 */
import { chromium, type Browser, type BrowserContext, type Frame } from "playwright";
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, get, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import { serveDist } from "../../app/dist-server.ts";
import { encodeShare } from "../../app/share.ts";
import { sandboxLaunchArgs } from "../../playwright/index.ts";
import { median } from "../median.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = `${root}dist-bench`;
const COLD_RUNS = Number(process.env["COLD_RUNS"] ?? 7);
const EDIT_RUNS = Number(process.env["EDIT_RUNS"] ?? 30);
const FETCH_RUNS = Number(process.env["FETCH_RUNS"] ?? 300);
const RESTART_RUNS = Number(process.env["RESTART_RUNS"] ?? 7);
const SECOND_RUNS = Number(process.env["SECOND_RUNS"] ?? 5);

function verdict(ok: boolean): string {
  return ok ? "OK  " : "MISS";
}

function hello(greeting: string): string {
  return `import { App, path, HttpResponse, type HttpRequest } from "onefile";
const app = new App({ DEBUG: true });
app.urlpatterns = [path("", (request: HttpRequest) => new HttpResponse("<h1>${greeting}</h1>"), { name: "index" })];
export default app;
`;
}

/** The cold-start floor: a page whose only work is a minimal service worker and one preview. */
const BARE_PAGE = `<!doctype html><title>bare</title><body><script>
navigator.serviceWorker.register("/sw.js", { scope: "/", type: "module" }).then(() => navigator.serviceWorker.ready).then(() => {
  const frame = document.createElement("iframe");
  frame.onload = () => (window.shown = performance.now());
  frame.src = "/preview/bare/";
  document.body.append(frame);
});
</script>`;
const BARE_WORKER = `self.addEventListener("install", (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("fetch", (event) => {
  if (new URL(event.request.url).pathname.startsWith("/preview/")) event.respondWith(new Response("<h1>Cold</h1>", { headers: { "Content-Type": "text/html" } }));
});`;

function serveBare(): Promise<Server> {
  const server = createServer((request, response) => {
    const worker = request.url === "/sw.js";
    response.writeHead(200, { "Content-Type": worker ? "text/javascript" : "text/html" });
    response.end(worker ? BARE_WORKER : BARE_PAGE);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function bareRun(browser: Browser, base: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForFunction(() => typeof (window as unknown as { shown?: number }).shown === "number");
  const ms = (await page.evaluate(() => (window as unknown as { shown: number }).shown)) as number;
  await context.close();
  return ms;
}

/** The bytes the server sends for a URL when the client accepts gzip (fetch would inflate them). */
function gzippedSize(url: string, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "Accept-Encoding": "gzip", ...(host ? { Host: host } : {}) } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve(bytes));
    }).on("error", reject);
  });
}

/** Waits for window.sandbox.ready and returns when it resolved, with the page's marks. */
const READY = `(async () => {
  while (typeof window.sandbox !== "object") await new Promise((r) => setTimeout(r, 5));
  await window.sandbox.ready;
  const ms = performance.now();
  const marks = performance.getEntriesByType("mark").filter((m) => m.name.startsWith("onefile:")).map((m) => [m.name.slice(8), Math.round(m.startTime)]);
  return { ms, marks };
})()`;

async function coldRun(browser: Browser, base: string): Promise<{ ms: number; jsBytes: number; files: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/#${encodeShare(hello("Cold"))}`);
  const { ms, marks } = (await page.evaluate(READY)) as { ms: number; marks: [string, number][] };
  // When the preview showed, on the clock every frame shares (ms since the epoch).
  const readyAt = ((await page.evaluate("performance.timeOrigin")) as number) + ms;
  if (process.env["VERBOSE"]) {
    const nav = (await page.evaluate(`(() => { const n = performance.getEntriesByType("navigation")[0]; return [["html", n.responseEnd], ["dom-interactive", n.domInteractive], ["dcl", n.domContentLoadedEventEnd]].map(([k, v]) => [k, Math.round(v)]); })()`)) as [string, number][];
    const host = await hostFrame(page.frames());
    // The host frame's files, in ms since the editor's navigation started: created (start) and received (end).
    const editorOrigin = readyAt - ms;
    const hostTimes = host
      ? ((await host.evaluate(`performance.getEntriesByType("resource").map((r) => [new URL(r.name).pathname.replace(/-[\\w-]+\\.js$/, ".js"), Math.round(performance.timeOrigin + r.startTime - ${editorOrigin}), Math.round(performance.timeOrigin + r.responseEnd - ${editorOrigin})])`)) as [string, number, number][])
      : [];
    const hostStart = host ? Math.round(((await host.evaluate("performance.timeOrigin")) as number) - editorOrigin) : NaN;
    console.log(`  cold run: ${[...nav, ...marks].map(([n, t]) => `${n} ${t}`).join(", ")}, ready ${ms.toFixed(0)} | host frame from ${hostStart}: ${hostTimes.map(([n, a, b]) => `${n} ${a}–${b}`).join(", ")}`);
  }
  const heading = await page.frameLocator('[data-testid="preview"]').locator("h1").textContent();
  if (heading !== "Cold") throw new Error(`The cold preview showed ${JSON.stringify(heading)}.`);
  // Scripts each frame started loading before the preview showed, at their transferred (gzip) size.
  const files = new Map<string, number>();
  for (const frame of page.frames()) {
    const entries = (await frame.evaluate(`performance.getEntriesByType("resource").filter((r) => /\\.m?js(\\?|$)/.test(r.name) && performance.timeOrigin + r.startTime <= ${readyAt}).map((r) => [r.name, r.encodedBodySize])`).catch(() => [])) as [string, number][];
    for (const [url, bytes] of entries) files.set(url, bytes);
  }
  // Workers' scripts are fetched by the browser, not a page: count them as the server sends them.
  const previewHost = new URL((await hostFrame(page.frames()))?.url() ?? base).host;
  files.set(`${base}/__onefile/sw.js`, await gzippedSize(`${base}/__onefile/sw.js`, previewHost));
  for (const [url] of files) if (files.get(url) === 0) files.set(url, await gzippedSize(url.replace(/\/\/[^/]+/, `//127.0.0.1:${new URL(base).port}`), new URL(url).host));
  await context.close();
  const list = [...files].map(([url, bytes]) => `${new URL(url).pathname} ${(bytes / 1024).toFixed(1)} KB`);
  return { ms, jsBytes: [...files.values()].reduce((a, b) => a + b, 0), files: list };
}

/** The preview origin's host page (hidden), among a page's frames. */
async function hostFrame(frames: Frame[]): Promise<Frame | undefined> {
  return frames.find((frame) => frame.url().endsWith("/__onefile/host.html"));
}

async function previewFrame(frames: Frame[]): Promise<Frame> {
  const frame = frames.find((f) => /^http:\/\/[a-z0-9]+\.localhost:\d+\//.test(f.url()) && !f.url().includes("/__onefile/"));
  if (!frame) throw new Error("No preview frame.");
  return frame;
}

async function warmContext(browser: Browser, base: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/#${encodeShare(hello("Warm 0"))}`);
  await page.evaluate(READY);
  await page.waitForSelector('[data-testid="editor"][data-editor="monaco"]', { timeout: 60_000 });
  return context;
}

async function main(): Promise<void> {
  if (!process.env["BENCH_NO_BUILD"] || !existsSync(`${dist}/preview/__onefile/sw.js`)) {
    execSync("npm run build", { cwd: root, stdio: "inherit", env: { ...process.env, ONEFILE_DIST: "dist-bench", ONEFILE_BENCH: "1" } });
  }
  const server = await serveDist(dist, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", ...sandboxLaunchArgs],
  });
  try {
    console.log(`bench/sandbox on ${base} (Chromium ${browser.version()})\n`);

    const bare = await serveBare();
    const bareBase = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
    const cold = [];
    const floor: number[] = [];
    // Alternated, so both see the same machine load.
    for (let i = 0; i < COLD_RUNS; i++) {
      cold.push(await coldRun(browser, base));
      floor.push(await bareRun(browser, bareBase));
    }
    bare.close();
    const coldMedian = median(cold.map((c) => c.ms));
    const floorMedian = median(floor);
    const ratio = coldMedian / floorMedian;
    console.log(`cold first preview (share link, fresh profile): median ${coldMedian.toFixed(0)} ms over ${COLD_RUNS} runs [${cold.map((c) => c.ms.toFixed(0)).join(", ")}]`);
    console.log(`  baseline, a bare page with a three-line service worker and one iframe: median ${floorMedian.toFixed(0)} ms [${floor.map((ms) => ms.toFixed(0)).join(", ")}]`);
    console.log(`  sandbox / bare = ${ratio.toFixed(2)}×  target ≤ 1.5×  ${verdict(ratio <= 1.5)}`);
    console.log(`JS transferred before the first preview (gzip), editor and preview origins: ${(cold[0]!.jsBytes / 1024).toFixed(1)} KB`);
    console.log(`  files: ${cold[0]!.files.join(", ")}`);

    const context = await warmContext(browser, base);
    const page = context.pages()[0]!;
    const edits = await page.evaluate(async ({ runs, template }) => {
      const times: number[] = [];
      const steps: Record<string, number[]> = {};
      for (let i = 1; i <= runs; i++) {
        const started = performance.now();
        await window.sandbox.setSource(template.replace("GREETING", `Warm ${i}`));
        times.push(performance.now() - started);
        for (const mark of performance.getEntriesByType("mark")) {
          if (mark.name.startsWith("onefile:") && mark.startTime >= started) (steps[mark.name.slice(8)] ??= []).push(mark.startTime - started);
        }
      }
      return { times, steps };
    }, { runs: EDIT_RUNS, template: hello("GREETING") });
    if (process.env["VERBOSE"]) {
      console.log(`  edit steps (median ms after setSource): ${Object.entries(edits.steps).map(([step, at]) => `${step} ${median(at).toFixed(1)}`).join(", ")}`);
    }
    const shown = await page.frameLocator('[data-testid="preview"]').locator("h1").textContent();
    if (shown !== `Warm ${EDIT_RUNS}`) throw new Error(`After the edits the preview showed ${JSON.stringify(shown)}.`);
    const editMedian = median(edits.times);
    console.log(`edit to preview (setSource → new content shown): median ${editMedian.toFixed(1)} ms over ${EDIT_RUNS}  target < 100 ms  ${verdict(editMedian < 100)}`);

    // Requests from the preview's own origin: the pipeline, through the worker and the runner,
    // against a response the worker makes itself. (Passed as a string: tsx would wrap named
    // inner functions in a helper the page lacks.)
    const site = await previewFrame(page.frames());
    const fetches = (await site.evaluate(`(async () => {
      const runs = ${FETCH_RUNS};
      async function time(url) {
        const started = performance.now();
        await (await fetch(url)).text();
        return performance.now() - started;
      }
      const pipeline = [], raw = [];
      for (let i = 0; i < 20; i++) { await time("/"); await time("/__onefile/bench-raw"); }
      for (let i = 0; i < runs; i++) {
        pipeline.push(await time("/"));
        raw.push(await time("/__onefile/bench-raw"));
      }
      return { pipeline, raw };
    })()`)) as { pipeline: number[]; raw: number[] };
    const pipelineMedian = median(fetches.pipeline);
    const rawMedian = median(fetches.raw);
    const overhead = pipelineMedian - rawMedian;
    console.log(`worker: hello view ${pipelineMedian.toFixed(3)} ms vs no-forwarding response ${rawMedian.toFixed(3)} ms (medians of ${FETCH_RUNS}); ` +
      `overhead ${overhead.toFixed(3)} ms, ratio ${(pipelineMedian / rawMedian).toFixed(2)}×  target ≤ 0.15 ms  ${verdict(overhead <= 0.15)}`);

    const cdp = await context.newCDPSession(page);
    await cdp.send("ServiceWorker.enable");
    const restart = async (path: string) => {
      await cdp.send("ServiceWorker.stopAllWorkers");
      return (await site.evaluate(`(async () => {
        const started = performance.now();
        await (await fetch(${JSON.stringify(path)})).text();
        return performance.now() - started;
      })()`)) as number;
    };
    const restarts = { preview: [] as number[], raw: [] as number[] };
    for (let i = 0; i < RESTART_RUNS; i++) {
      restarts.preview.push(await restart("/"));
      restarts.raw.push(await restart("/__onefile/bench-raw"));
    }
    console.log(`worker restart: stopped worker to hello view ${median(restarts.preview).toFixed(1)} ms vs to a plain response ` +
      `${median(restarts.raw).toFixed(1)} ms (medians of ${RESTART_RUNS}; the difference is the worker asking the host page for a port to the runner)`);

    // A second project, in a second origin, in the browser that already has the sandbox.
    const second: number[] = [];
    for (let i = 0; i < SECOND_RUNS; i++) {
      const tab = await context.newPage();
      await tab.goto(`${base}/#${encodeShare(hello(`Second ${i}`))}`);
      second.push(((await tab.evaluate(READY)) as { ms: number }).ms);
      const heading = await tab.frameLocator('[data-testid="preview"]').locator("h1").textContent();
      if (heading !== `Second ${i}`) throw new Error(`The second project showed ${JSON.stringify(heading)}.`);
      await tab.close();
    }
    console.log(`second project in a second origin (new tab, warm browser): median ${median(second).toFixed(0)} ms [${second.map((ms) => ms.toFixed(0)).join(", ")}]; ` +
      `vs cold ${(median(second) / coldMedian).toFixed(2)}×, vs bare ${(median(second) / floorMedian).toFixed(2)}×`);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
