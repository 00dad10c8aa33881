// A user's Playwright check of a prototype in the sandbox, typed against the installed
// "onefile/playwright" (a .pw.ts name, so Vitest leaves it to Playwright).
import { expect, test, type SandboxApi } from "onefile/playwright";

test("the prototype greets", async ({ sandbox }) => {
  const preview = await sandbox.open('import { App } from "onefile";\nexport default new App({ DEBUG: true });\n', { path: "/" });
  await expect(preview.locator("h1")).toHaveText("Hello");
  const source: string = await sandbox.page.evaluate(() => (window.sandbox as SandboxApi).getSource());
  expect(source).toContain("onefile");
});
