import { expect, test } from "@playwright/test";
import { starterSource } from "../cli/starter.ts";
import { example, expectHeading, openWithSource, preview, previewFrame, setSource, waitReady } from "./fixtures.ts";

/** Same file, same behaviour: what the sandbox does as Node does, and the editor's manners. */

test("importing a name onefile does not export fails before anything runs, as on Node", async ({ page }) => {
  await openWithSource(page, example("hello"));
  const broken = example("hello").replace("import { App,", "import { App, Nope,").replace("export default app;", "console.log(Nope);\nexport default app;");
  await setSource(page, broken);
  const overlay = page.getByTestId("error");
  await expect(overlay).toContainText("SyntaxError: The requested module 'onefile' does not provide an export named 'Nope'");
  const line = broken.split("\n").findIndex((text) => text.includes("Nope,"));
  await expect(overlay).toContainText(`app.ts:${line + 1}:${broken.split("\n")[line]!.indexOf("Nope") + 1}`);
  // Nothing of the file ran (Node links the module first): no console output reached the log.
  await expect(page.getByTestId("log")).not.toContainText("console.log");
});

test("a traceback shows the user's own columns and function names", async ({ page }) => {
  const source = `import { App, path, HttpResponse } from "onefile";
const app = new App({ DEBUG: true });
function boom() {
  const label = new HttpResponse("x").status; throw new Error("kaboom " + label);
}
app.urlpatterns = [path("", boom)];
export default app;
`;
  const line = source.split("\n")[3]!;
  const column = line.indexOf("new Error") + 1;
  await openWithSource(page, source);
  // The DEBUG page and the log both read `boom (app.ts:4:<column>)`.
  await expect(preview(page).locator("body")).toContainText("kaboom 200");
  await expect(preview(page).locator("body")).toContainText(`app.ts:4:${column}`);
  await expect(preview(page).locator("body")).not.toContainText("[as func]");
  await expect(page.getByTestId("log")).toContainText(`at boom (app.ts:4:${column})`);
  expect(column).toBeLessThanOrEqual(line.length);
});

test("the examples menu shows which example is open, and asks before replacing edited code", async ({ page }) => {
  await page.goto("/");
  await waitReady(page);
  const menu = page.getByTestId("examples");
  await expect(menu).toHaveValue("hello");
  await setSource(page, `${example("hello")}// my own change\n`);
  await expect(menu).toHaveValue("");
  await expect(menu.locator("option:checked")).toHaveText("hello.ts (edited)");

  // Declining keeps the edited code.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await menu.selectOption("contact");
  await expect(menu).toHaveValue("");
  expect(await page.evaluate(() => window.sandbox.getSource())).toContain("// my own change");
  // Accepting opens the example.
  page.once("dialog", (dialog) => void dialog.accept());
  await menu.selectOption("contact");
  await expect(menu).toHaveValue("contact");
  await expect.poll(() => page.evaluate(() => window.sandbox.getSource())).toBe(example("contact"));
  // An unchanged example is replaced without asking (a dialog would fail this test: none is handled).
  await menu.selectOption("hello");
  await expect(menu).toHaveValue("hello");
  await expectHeading(page, "Hello, world");
});

test("Ctrl/Cmd+S saves instead of opening the browser's Save page dialog", async ({ page }) => {
  await openWithSource(page, example("hello"));
  await page.evaluate(() => {
    window.addEventListener("keydown", (event) => ((window as unknown as { prevented: boolean }).prevented = event.defaultPrevented));
  });
  await page.getByTestId("editor").click();
  await page.keyboard.press("ControlOrMeta+S");
  expect(await page.evaluate(() => (window as unknown as { prevented: boolean }).prevented)).toBe(true);
  await expect(page.locator("#status")).toHaveText("Saved");
});

test("?view=app fills a phone's screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openWithSource(page, example("hello"), "?view=app");
  await expectHeading(page, "Hello, world");
  expect(await page.getByTestId("preview").boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
});

test("?view=app keeps the preview's path in its URL: a reload comes back to the same page", async ({ page }) => {
  await openWithSource(page, example("hello"), "?view=app");
  await preview(page).getByRole("link", { name: "seven" }).click();
  await expect(preview(page).locator("body")).toHaveText("Hello, 7");
  await expect.poll(() => new URL(page.url()).searchParams.get("path")).toBe("/hello/7/");
  await page.reload();
  await waitReady(page);
  await expect(preview(page).locator("body")).toHaveText("Hello, 7");
});

test("the starter from `onefile new` is styled in the sandbox: STATIC files are served as on Node", async ({ page }) => {
  await openWithSource(page, starterSource());
  await expectHeading(page, "Hello, world!");
  const css = await (await previewFrame(page)).evaluate(async () => {
    const response = await fetch("/static/site.css");
    return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
  });
  expect(css.status).toBe(200);
  expect(css.type).toContain("text/css");
  expect(css.text).toContain("max-width: 40em");
  await expect(preview(page).locator("body")).toHaveCSS("max-width", /^\d+(\.\d+)?px$/);
});
