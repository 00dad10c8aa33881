/**
 * bench/tutorial: the tutorial page's speed in headless Chromium, against its targets.
 *
 *   npm run bench:tutorial          (builds dist/ first if it is missing)
 *
 * - Check: from the click on "Check" until its report shows, on step 1 of "Django in one file",
 *   once with the starting code (2 checks fail) and once with the solution (2 pass). The
 *   checks run in the project's runner on a fresh copy of the project. Target: median < 200 ms.
 * - Check on every step's solution, for scale: later steps' checks build a database, a user
 *   and a login each, so they take longer than step 1's (STEP_RUNS clicks per step).
 * - Opening a step from its link, cold (a fresh browser profile): from navigation start until
 *   the preview shows the step's code and its prose is on screen. Target: within 1.2× of the
 *   sandbox's cold first preview (a share link of the same code), measured in the same run,
 *   the runs of both alternating.
 */
import { chromium, type Browser } from "@playwright/test";
import { execSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serveDist } from "../../app/dist-server.ts";
import { encodeShare } from "../../app/share.ts";
import { sandboxLaunchArgs } from "../../playwright/index.ts";
import { median } from "../median.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const COLD_RUNS = Number(process.env["COLD_RUNS"] ?? 5);
const CHECK_RUNS = Number(process.env["CHECK_RUNS"] ?? 20);
const TUTORIAL = "/tutorial/django-in-one-file/";
const STEP = `${TUTORIAL}01-a-view/`;
/** Clicks per step in the every-step table (each step's solution). */
const STEP_RUNS = Number(process.env["STEP_RUNS"] ?? 5);
const start = readFileSync(`${root}tutorials/django-in-one-file/01-a-view/app.ts`, "utf8");
const solution = readFileSync(`${root}tutorials/django-in-one-file/01-a-view/solution.ts`, "utf8");

function verdict(ok: boolean, text: string): string {
  return `${ok ? "OK  " : "MISS"} ${text}`;
}

/** Milliseconds from navigation start until the sandbox's first preview shows (and, for a step, its prose). */
async function coldOpen(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const ms = (await page.evaluate(`(async () => {
    while (typeof window.sandbox !== "object") await new Promise((r) => setTimeout(r, 5));
    await window.sandbox.ready;
    return performance.now();
  })()`)) as number;
  const body = await page.frameLocator('[data-testid="preview"]').locator("body").textContent();
  if (!body?.includes("Page not found")) throw new Error(`The preview showed ${JSON.stringify(body?.slice(0, 80))}, not the step's start.`);
  if (url.includes("/tutorial/") && !(await page.locator(".tutorial-prose h1").isVisible())) throw new Error("The step's prose did not show.");
  await context.close();
  return ms;
}

/** Times `runs` clicks on Check, each until the report shows, with `code` in the editor. */
async function checkTimes(browser: Browser, base: string, code: string, runs: number, step = STEP): Promise<{ times: number[]; state: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + step);
  await page.waitForFunction(() => typeof window.sandbox === "object");
  await page.evaluate(() => window.sandbox.ready);
  await page.evaluate((source) => window.sandbox.setSource(source), code);
  const times: number[] = [];
  let state = "";
  for (let i = 0; i < runs + 2; i++) {
    // Timed in the page: the click, until the report's busy mark is gone and it has a verdict.
    const [ms, verdictState] = (await page.evaluate(`(async () => {
      const button = document.querySelector('[data-testid="check"]');
      const report = document.querySelector('[data-testid="check-result"]');
      report.removeAttribute("data-state");
      const t0 = performance.now();
      button.click();
      await new Promise((resolve) => {
        const done = () => report.dataset.state && !report.hasAttribute("aria-busy") && !button.disabled;
        const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolve(); } });
        observer.observe(report.parentElement, { attributes: true, childList: true, subtree: true });
      });
      return [performance.now() - t0, report.dataset.state];
    })()`)) as [number, string];
    state = verdictState;
    if (i >= 2) times.push(ms); // The first two warm the compiler and the runner.
  }
  await context.close();
  return { times, state };
}

async function main(): Promise<void> {
  if (!existsSync(`${root}dist/index.html`)) execSync("npm run build", { cwd: root, stdio: "inherit" });
  const server = await serveDist(`${root}dist`, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", ...sandboxLaunchArgs],
  });
  try {
    const failing = await checkTimes(browser, base, start, CHECK_RUNS);
    const passing = await checkTimes(browser, base, solution, CHECK_RUNS);
    if (failing.state !== "fail" || passing.state !== "pass") throw new Error(`Check said ${failing.state} and ${passing.state}, not fail and pass.`);
    const checkMedian = median([...failing.times, ...passing.times]);
    console.log(`Check, click to report (${failing.times.length + passing.times.length} clicks; starting code and solution of step 1):`);
    console.log(`  starting code: median ${median(failing.times).toFixed(1)} ms   solution: median ${median(passing.times).toFixed(1)} ms`);
    console.log(`  ${verdict(checkMedian < 200, `median ${checkMedian.toFixed(1)} ms (target < 200 ms)`)}`);

    // Step 1's checks are the lightest; later ones build databases, users and logins.
    console.log(`Check on every step's solution (${STEP_RUNS} clicks each, after two warm-ups):`);
    const steps = readdirSync(`${root}tutorials/django-in-one-file`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    for (const step of steps) {
      const code = readFileSync(`${root}tutorials/django-in-one-file/${step}/solution.ts`, "utf8");
      const run = await checkTimes(browser, base, code, STEP_RUNS, `${TUTORIAL}${step}/`);
      if (run.state !== "pass") throw new Error(`Check on ${step}'s solution said ${run.state}, not pass.`);
      console.log(`  ${step.padEnd(28)} median ${median(run.times).toFixed(1).padStart(7)} ms  [${run.times.map((t) => t.toFixed(0)).join(", ")}]`);
    }

    const sandbox: number[] = [];
    const tutorial: number[] = [];
    await coldOpen(browser, `${base}/#${encodeShare(start)}`); // the server's first reads
    for (let i = 0; i < COLD_RUNS; i++) {
      sandbox.push(await coldOpen(browser, `${base}/#${encodeShare(start)}`));
      tutorial.push(await coldOpen(browser, base + STEP));
    }
    const ratio = median(tutorial) / median(sandbox);
    console.log(`Cold open (${COLD_RUNS} runs each, alternating, fresh profiles):`);
    console.log(`  sandbox, share link of step 1's code: median ${median(sandbox).toFixed(0)} ms  [${sandbox.map((t) => t.toFixed(0)).join(", ")}]`);
    console.log(`  tutorial step 1 from its link:        median ${median(tutorial).toFixed(0)} ms  [${tutorial.map((t) => t.toFixed(0)).join(", ")}]`);
    console.log(`  ${verdict(ratio <= 1.2, `${ratio.toFixed(2)}× the sandbox's cold first preview (target ≤ 1.2×)`)}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
