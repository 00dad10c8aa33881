import { expect, test, type CDPSession, type Page } from "@playwright/test";
import { encodeShare } from "../app/share.ts";
import { expectHeading, openWithSource, preview, setSource, waitReady } from "./fixtures.ts";

/**
 * Hangs and crashes the loop guard cannot see: they cost only the project's own preview. The
 * editor stays responsive, says what happened, "Stop" ends it, and the next visit asks first.
 */

/** A catastrophic regular expression: exponential backtracking, hours of work in one call. */
const CATASTROPHE = `/^(a+)+$/.test("a".repeat(33) + "b")`;

function project(heading: string, extra = ""): string {
  return `import { App, path, HttpResponse } from "onefile";

const app = new App({ DEBUG: true });
${extra}
app.urlpatterns = [
  path("", () => new HttpResponse("<h1>${heading}</h1>")),
  path("regex/", () => new HttpResponse(String(${CATASTROPHE}))),
];

export default app;
`;
}

/** The ids of the runners (the preview's dedicated workers) the browser has. */
async function runners(cdp: CDPSession): Promise<string[]> {
  const { targetInfos } = await cdp.send("Target.getTargets");
  return targetInfos.filter((target) => target.type === "worker" && /\/__onefile\/assets\/runner-/.test(target.url)).map((target) => target.targetId);
}

/** The editor answers scripts, its text field takes typing, and its log can be cleared. */
async function expectEditorResponsive(page: Page): Promise<void> {
  expect(await page.evaluate(() => 6 * 7)).toBe(42);
  await page.getByRole("button", { name: "clear" }).click();
  await expect(page.getByTestId("log")).toBeEmpty();
}

test("a catastrophic regex in a view: the editor says so, Stop ends it, and the next visit asks before running", async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await openWithSource(page, project("Before the regex"));
  await page.getByTestId("address").fill("/regex/");
  await page.getByTestId("address").press("Enter");
  const banner = page.locator("#stall");
  await expect(banner).toContainText("without a break");
  await expectEditorResponsive(page);
  const busy = await runners(cdp);
  expect(busy).toHaveLength(1);
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(banner).toBeHidden();
  // The runner that held its thread is gone (terminated), and a fresh one took its place.
  await expect.poll(() => runners(cdp)).toHaveLength(1);
  expect(await runners(cdp)).not.toContain(busy[0]);
  const run = page.getByRole("button", { name: "Run" });
  await expect(run).toBeVisible();
  await expect(page.locator("#run-gate")).toContainText("did not finish");

  await page.reload();
  await waitReady(page);
  await expect(run).toBeVisible();
  await run.click();
  await expectHeading(page, "Before the regex");
});

test("a catastrophic regex at the top level: the run never finishes, Stop ends it, and an edit runs the fix", async ({ page }) => {
  await openWithSource(page, project("Fine"));
  const hung = setSource(page, project("Never shown", `${CATASTROPHE};`)).catch(() => {});
  await expect(page.locator("#stall")).toContainText("without a break");
  await expectEditorResponsive(page);
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("button", { name: "Run" })).toBeVisible();
  await hung;
  // A visit while the code still hangs asks first.
  await page.reload();
  await waitReady(page);
  await expect(page.getByRole("button", { name: "Run" })).toBeVisible();
  // Fixing the code runs it.
  await setSource(page, project("Fixed"));
  await expectHeading(page, "Fixed");
});

test("screenshot: the Stop banner and the Run gate, wide and narrow, light and dark", async ({ page }) => {
  await openWithSource(page, project("Fine"));
  void setSource(page, project("Never shown", `${CATASTROPHE};`)).catch(() => {});
  await expect(page.locator("#stall")).toBeVisible();
  for (const [name, size, scheme] of [["wide-light", { width: 1280, height: 800 }, "light"], ["narrow-dark", { width: 390, height: 844 }, "dark"]] as const) {
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/screenshots/stall-${name}.png` });
  }
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("button", { name: "Run" })).toBeVisible();
  for (const [name, size, scheme] of [["wide-dark", { width: 1280, height: 800 }, "dark"], ["narrow-light", { width: 390, height: 844 }, "light"]] as const) {
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/screenshots/gate-${name}.png` });
  }
});
