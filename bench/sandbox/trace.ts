/**
 * bench/sandbox/trace: where a cold first preview's time goes, from a Chromium trace of every
 * process (editor page, preview origin's host page, runner, service worker, browser).
 *
 *   npx tsx bench/sandbox/trace.ts            (uses dist-bench/ as `npm run bench:sandbox` built it)
 *
 * Prints, in ms from the editor's navigation start: the page's `onefile:` marks, every script
 * evaluated or compiled (per thread), every task over 2 ms, and when each file was requested
 * and received. TRACE_OUT=file.json keeps the raw trace (open it in chrome://tracing).
 */
import { chromium } from "playwright";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import { serveDist } from "../../app/dist-server.ts";
import { encodeShare } from "../../app/share.ts";
import { sandboxLaunchArgs } from "../../playwright/index.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = process.env["ONEFILE_DIST"] ?? `${root}dist-bench`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, any>;
}

const source = `import { App, path, HttpResponse, type HttpRequest } from "onefile";
const app = new App({ DEBUG: true });
app.urlpatterns = [path("", (request: HttpRequest) => new HttpResponse("<h1>Cold</h1>"), { name: "index" })];
export default app;
`;

const server = await serveDist(dist, 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: process.env["CHROMIUM_PATH"] || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", ...sandboxLaunchArgs],
});
const out = process.env["TRACE_OUT"] ?? "/tmp/sandbox-trace.json";
/** TRACE_EDIT=1 traces an edit (setSource in a warm page) instead of a cold start. */
const editing = process.env["TRACE_EDIT"] === "1";
const categories = ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "v8.execute", "loading", "navigation", "ServiceWorker", "toplevel", ...(process.env["TRACE_CPU"] ? ["disabled-by-default-v8.cpu_profiler"] : [])];
try {
  // A first run warms the browser (its spare process, the server's gzip cache), as the bench's do.
  for (const traced of [false, true]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (traced && !editing) {
      await browser.startTracing(page, { path: out, categories });
    }
    await page.goto(`${base}/#${encodeShare(source)}`);
    let ready = await page.evaluate(async () => {
      while (typeof window.sandbox !== "object") await new Promise((r) => setTimeout(r, 5));
      await window.sandbox.ready;
      return performance.timeOrigin + performance.now();
    });
    if (editing && traced) {
      await page.waitForSelector('[data-testid="editor"][data-editor="monaco"]', { timeout: 60_000 });
      for (let i = 0; i < 5; i++) await page.evaluate((code) => window.sandbox.setSource(code), source.replace("Cold", `Warm ${i}`));
      await page.waitForTimeout(500);
      await browser.startTracing(page, { path: out, categories });
      await page.evaluate(() => performance.mark("onefile:trace-edit"));
      ready = await page.evaluate(async (code) => {
        await window.sandbox.setSource(code);
        return performance.timeOrigin + performance.now();
      }, source.replace("Cold", "Edited"));
    }
    const origin = await page.evaluate(() => performance.timeOrigin);
    if (traced) {
      await browser.stopTracing();
      report(JSON.parse(readFileSync(out, "utf8")) as { traceEvents: TraceEvent[] } | TraceEvent[], origin, ready);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

function report(trace: { traceEvents: TraceEvent[] } | TraceEvent[], timeOrigin: number, readyAt: number): void {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const threads = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args?.["name"]);
    if (e.ph === "M" && e.name === "process_name") processes.set(e.pid, e.args?.["name"]);
  }
  // The editor's navigation start, on the trace's clock: its "navigationStart" mark.
  const nav = events.find((e) => e.name === "navigationStart" && e.args?.["data"]?.["documentLoaderURL"]?.startsWith(base));
  const editMark = events.find((e) => e.name === "onefile:trace-edit");
  const zero = editMark?.ts ?? nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const at = (ts: number) => ((ts - zero) / 1000).toFixed(1).padStart(7);
  const who = (e: TraceEvent) => `${processes.get(e.pid) ?? ""}${e.pid}/${threads.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
  const lines: [number, string][] = [];
  const urls = new Map<string, string>();
  for (const e of events) if (e.name === "ResourceSendRequest") urls.set(e.args?.["data"]?.["requestId"], e.args?.["data"]?.["url"]);
  const short = (url: string) => url.replace(/^https?:\/\/([^/]+)/, (_, host: string) => (host.includes(".localhost") ? "P" : "E")).replace(/-[\w-]{8}\.js/, ".js");
  for (const e of events) {
    if (e.ts < zero || (processes.get(e.pid) ?? "").startsWith("WebUI")) continue;
    const data = e.args?.["data"] ?? {};
    if (e.ph === "X" && (e.dur ?? 0) >= 2000 && e.name === "ThreadControllerImpl::RunTask") {
      lines.push([e.ts, `${at(e.ts)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} task        ${who(e)}`]);
    } else if (e.ph === "X" && ["EvaluateScript", "v8.compile", "v8.compileModule", "v8.evaluateModule", "ParseHTML", "FunctionCall", "EventDispatch", "TimerFire", "v8.run"].includes(e.name) && (e.dur ?? 0) >= 1000) {
      const what = data.url ?? data.functionName ?? data.type ?? "";
      lines.push([e.ts, `${at(e.ts)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${e.name.padEnd(11)} ${short(String(what))} ${who(e)}`]);
    } else if (e.name === "ResourceSendRequest" && String(data.url).startsWith("http")) {
      lines.push([e.ts, `${at(e.ts)}        request     ${short(String(data.url))}`]);
    } else if (e.name === "ResourceFinish" && urls.get(data.requestId)?.startsWith("http")) {
      lines.push([e.ts, `${at(e.ts)}        finished    ${short(urls.get(data.requestId) ?? String(data.requestId))} ${who(e)}`]);
    } else if ((e.cat.includes("blink.user_timing") && e.name.startsWith("onefile:")) || e.name === "domInteractive" || e.name === "domContentLoadedEventEnd") {
      lines.push([e.ts, `${at(e.ts)}        mark        ${e.name} ${who(e)}`]);
    }
  }
  lines.sort((a, b) => a[0] - b[0]);
  for (const [, line] of lines) console.log(line);
  console.log(`ready at ${(readyAt - timeOrigin).toFixed(1)} ms (page clock)`);
  writeFileSync(out, JSON.stringify(events));
}
