/**
 * bench/sandbox: the sandbox's speed in headless Chromium, against its targets.
 *
 *   npm run bench:sandbox            (builds dist/ first if it is missing)
 *
 * - Cold first preview: a share link opened in a fresh browser profile, from navigation start
 *   until the preview shows the app (window.sandbox.ready). Target < 1 s. The baseline, measured
 *   in the same run: a bare page that registers a three-line service worker and shows one
 *   iframe answered by it, the floor for any sandbox built on a service worker.
 * - JavaScript transferred (gzip) before the first preview. Target < 300 KB (Monaco after).
 * - Edit to preview: window.sandbox.setSource until the preview shows the new code. Target
 *   median < 150 ms.
 * - Worker overhead: the hello view through the worker's pipeline versus a plain Response from
 *   the same worker (/__bench/raw, the no-pipeline baseline). Target median difference < 2 ms.
 * - Worker restart (no target; for scale): the browser stops the worker (CDP
 *   ServiceWorker.stopAllWorkers) and the next preview request rebuilds it from IndexedDB,
 *   against a request that only restarts a worker (/__bench/raw).
 *
 * VERBOSE=1 prints each cold run's timeline and where an edit's time goes.
 */
import { chromium, type Browser, type BrowserContext } from "playwright";
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, get, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import { serveDist } from "../../app/dist-server.ts";
import { encodeShare } from "../../app/share.ts";
import { median } from "../median.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const COLD_RUNS = Number(process.env["COLD_RUNS"] ?? 5);
const EDIT_RUNS = Number(process.env["EDIT_RUNS"] ?? 30);
const FETCH_RUNS = Number(process.env["FETCH_RUNS"] ?? 300);
const RESTART_RUNS = Number(process.env["RESTART_RUNS"] ?? 7);

function verdict(value: number, target: number): string {
  return `${value <= target ? "OK  " : "MISS"} (${(value / target).toFixed(2)}× target)`;
}

function hello(greeting: string): string {
  return `import { App, path, HttpResponse, type HttpRequest } from "onefile";
const app = new App({ DEBUG: true });
app.urlpatterns = [path("", (request: HttpRequest) => new HttpResponse("<h1>${greeting}</h1>"), { name: "index" })];
export default app;
`;
}

/** One cold load in a fresh profile: time to first preview and JS bytes before it. */
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
function gzippedSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "Accept-Encoding": "gzip" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve(bytes));
    }).on("error", reject);
  });
}

async function coldRun(browser: Browser, base: string): Promise<{ ms: number; jsBytes: number; files: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/#${encodeShare(hello("Cold"))}`);
  // The page's own JavaScript comes from Resource Timing: every script requested before the
  // preview showed, at its transferred (gzip) size.
  const { ms, marks, scripts } = (await page.evaluate(`(async () => {
    while (typeof window.sandbox !== "object") await new Promise((r) => setTimeout(r, 5));
    await window.sandbox.ready;
    const ms = performance.now();
    const marks = performance.getEntriesByType("mark").filter((m) => m.name.startsWith("onefile:")).map((m) => [m.name.slice(8), Math.round(m.startTime)]);
    const scripts = performance.getEntriesByType("resource")
      .filter((r) => /\\.m?js(\\?|$)/.test(r.name) && r.startTime <= ms)
      .map((r) => [new URL(r.name).pathname, r.encodedBodySize]);
    return { ms, marks, scripts };
  })()`)) as { ms: number; marks: [string, number][]; scripts: [string, number][] };
  if (process.env["VERBOSE"]) {
    const nav = (await page.evaluate(`(() => { const n = performance.getEntriesByType("navigation")[0]; return [["html", n.responseEnd], ["dom-interactive", n.domInteractive], ["dcl", n.domContentLoadedEventEnd]].map(([k, v]) => [k, Math.round(v)]); })()`)) as [string, number][];
    console.log(`  cold run: ${[...nav, ...marks].map(([n, t]) => `${n} ${t}`).join(", ")}, ready ${ms.toFixed(0)}`);
  }
  const heading = await page.frameLocator('[data-testid="preview"]').locator("h1").textContent();
  if (heading !== "Cold") throw new Error(`The cold preview showed ${JSON.stringify(heading)}.`);
  // The worker script is fetched by the browser, not the page: count it as the server sends it.
  const js = new Map<string, number>([...scripts, ["/sw.js (worker)", await gzippedSize(`${base}/sw.js`)]]);
  await context.close();
  return { ms, jsBytes: [...js.values()].reduce((a, b) => a + b, 0), files: [...js].map(([file, bytes]) => `${file} ${(bytes / 1024).toFixed(1)} KB`) };
}

async function warmContext(browser: Browser, base: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/#${encodeShare(hello("Warm 0"))}`);
  await page.waitForFunction(() => typeof window.sandbox === "object");
  await page.evaluate(() => window.sandbox.ready);
  await page.waitForSelector('[data-testid="editor"][data-editor="monaco"]', { timeout: 60_000 });
  return context;
}

async function main(): Promise<void> {
  if (!existsSync(`${root}dist/sw.js`)) execSync("npm run build", { cwd: root, stdio: "inherit" });
  const server = await serveDist(`${root}dist`, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
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
    const jsKb = cold[0]!.jsBytes / 1024;
    console.log(`cold first preview (share link, fresh profile): median ${coldMedian.toFixed(0)} ms over ${COLD_RUNS} runs ` +
      `[${cold.map((c) => c.ms.toFixed(0)).join(", ")}]  target < 1000 ms  ${verdict(coldMedian, 1000)}`);
    console.log(`  baseline, a bare page with a three-line service worker and one iframe: median ${floorMedian.toFixed(0)} ms ` +
      `[${floor.map((ms) => ms.toFixed(0)).join(", ")}]; sandbox / bare = ${(coldMedian / floorMedian).toFixed(2)}×`);
    console.log(`JS transferred before the first preview (gzip): ${jsKb.toFixed(1)} KB  target < 300 KB  ${verdict(jsKb, 300)}`);
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
    console.log(`edit to preview (setSource → new content shown): median ${editMedian.toFixed(1)} ms over ${EDIT_RUNS}  ` +
      `target < 150 ms  ${verdict(editMedian, 150)}`);

    const id = await page.evaluate(() => sessionStorage.getItem("onefile.projectId"));
    // Passed as a string: tsx would wrap named inner functions in a helper the page lacks.
    const fetches = (await page.evaluate(`(async () => {
      const runs = ${FETCH_RUNS}, id = ${JSON.stringify(id)};
      async function time(url) {
        const started = performance.now();
        await (await fetch(url)).text();
        return performance.now() - started;
      }
      const pipeline = [], raw = [];
      for (let i = 0; i < 20; i++) { await time("/preview/" + id + "/"); await time("/__bench/raw"); }
      for (let i = 0; i < runs; i++) {
        pipeline.push(await time("/preview/" + id + "/"));
        raw.push(await time("/__bench/raw"));
      }
      return { pipeline, raw };
    })()`)) as { pipeline: number[]; raw: number[] };
    const pipelineMedian = median(fetches.pipeline);
    const rawMedian = median(fetches.raw);
    const overhead = pipelineMedian - rawMedian;
    console.log(`worker: hello view ${pipelineMedian.toFixed(3)} ms vs no-pipeline response ${rawMedian.toFixed(3)} ms (medians of ${FETCH_RUNS}); ` +
      `overhead ${overhead.toFixed(3)} ms, ratio ${(pipelineMedian / rawMedian).toFixed(2)}×  target < 2 ms  ${verdict(Math.max(overhead, 0), 2)}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send("ServiceWorker.enable");
    const restart = async (path: string) => {
      await cdp.send("ServiceWorker.stopAllWorkers");
      return (await page.evaluate(`(async () => {
        const started = performance.now();
        await (await fetch(${JSON.stringify(path)})).text();
        return performance.now() - started;
      })()`)) as number;
    };
    const restarts = { preview: [] as number[], raw: [] as number[] };
    for (let i = 0; i < RESTART_RUNS; i++) {
      restarts.preview.push(await restart(`/preview/${id}/`));
      restarts.raw.push(await restart("/__bench/raw"));
    }
    console.log(`worker restart: stopped worker to hello view ${median(restarts.preview).toFixed(1)} ms vs to a plain response ` +
      `${median(restarts.raw).toFixed(1)} ms (medians of ${RESTART_RUNS}; rebuilding the project from IndexedDB costs the difference)`);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
