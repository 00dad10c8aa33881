import { expect, test, type CDPSession } from "@playwright/test";
import { sandboxLaunchArgs } from "onefile/playwright";
import { encodeShare } from "../app/share.ts";
import { expectHeading, waitReady } from "./fixtures.ts";

/**
 * An allocation without end crashes the project's preview, and only it: the preview is another
 * site, in its own process. A smaller JavaScript heap (for every page of this browser) makes
 * the crash come in seconds instead of after gigabytes.
 */
test.use({
  launchOptions: {
    executablePath: process.env["CHROMIUM_PATH"] || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--js-flags=--max-old-space-size=256", ...sandboxLaunchArgs],
  },
});

const BOMB = `import { App, path, HttpResponse } from "onefile";

const hoard: number[][] = [];
for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));

const app = new App({ DEBUG: true });
app.urlpatterns = [path("", () => new HttpResponse("<h1>Never</h1>"))];
export default app;
`;

/**
 * Reads the editor through a raw DevTools session: Playwright marks the whole page as crashed
 * when any of its frames' processes dies, though the editor's own process lives on.
 */
async function inEditor<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

test("an allocation bomb crashes only its preview; the editor says so, and the next visit asks before running", async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await page.goto(`/#${encodeShare(BOMB)}`);
  // The editor lives: it reports the lost preview and offers Stop.
  await expect
    .poll(() => inEditor<string>(cdp, `document.getElementById("stall").hidden ? "" : document.getElementById("stall").textContent`), { timeout: 60_000 })
    .toContain("stopped answering");
  expect(await inEditor<number>(cdp, "6 * 7")).toBe(42);
  expect(await inEditor<boolean>(cdp, "window.sandbox.ready.then(() => true)")).toBe(true);
  await inEditor(cdp, `document.getElementById("stop-button").click()`);
  await expect.poll(() => inEditor<boolean>(cdp, `!document.getElementById("run-gate").hidden`)).toBe(true);
  expect(await inEditor<string>(cdp, `document.getElementById("run-gate").textContent`)).toContain("crashed its preview");

  // The next visit, in a new tab, starts from this project and asks before running it.
  const next = await context.newPage();
  await next.goto("/");
  await waitReady(next);
  await expect(next.getByRole("button", { name: "Run" })).toBeVisible();
  await expect(next.locator("#run-gate")).toContainText("crashed its preview");
  // Fixed code runs.
  await next.evaluate((code) => window.sandbox.setSource(code), BOMB.replace("for (;;) hoard.push", "for (let i = 0; i < 3; i++) hoard.push").replace("Never", "Fixed"));
  await expectHeading(next, "Fixed");
});
