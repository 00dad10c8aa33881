import { chromium } from "playwright";
import { serveDist } from "./app/serve.ts";
import { encodeShare } from "./app/share.ts";
import type { AddressInfo } from "node:net";
const server = await serveDist("dist", 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
const src = (g: string) => `import { App, path, HttpResponse } from "onefile";\nconst app = new App({ DEBUG: true });\napp.urlpatterns = [path("", () => new HttpResponse("<h1>${g}</h1>"))];\nexport default app;\n`;
await page.goto(`${base}/#${encodeShare(src("x"))}`);
await page.waitForFunction(() => (window as any).sandbox); await page.evaluate(() => (window as any).sandbox.ready);
await page.waitForSelector('[data-editor="monaco"]', { timeout: 60000 });
const rows = await page.evaluate(async (srcs) => {
  const out: any[] = [];
  for (const s of srcs) {
    const t0 = performance.now();
    await (window as any).sandbox.setSource(s);
    const m = Object.fromEntries(performance.getEntriesByType("mark").filter((e) => e.startTime >= t0).map((e) => [e.name.slice(8), +(e.startTime - t0).toFixed(1)]));
    const frame = (document.getElementById("preview") as HTMLIFrameElement).contentWindow!;
    const nav = frame.performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const navStartInParent = frame.performance.timeOrigin - performance.timeOrigin - t0;
    m.iframeNavStart = +navStartInParent.toFixed(1);
    m.workerStart = +(nav.workerStart).toFixed(1); m.fetchStart = +nav.fetchStart.toFixed(1); m.responseStart = +nav.responseStart.toFixed(1); m.responseEnd = +nav.responseEnd.toFixed(1); m.domInteractive = +nav.domInteractive.toFixed(1); m.loadEnd = +nav.loadEventEnd.toFixed(1);
    m.swms = +((window as any).__swms.at(-1)).toFixed(1);
    m.total = +(performance.now() - t0).toFixed(1);
    out.push(m);
  }
  return out;
}, Array.from({ length: 15 }, (_, i) => src(`e${i}`)));
for (const r of rows.slice(3)) console.log(JSON.stringify(r));
await browser.close(); server.close();
