import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeLoadError, formatForTerminal } from "./load-error.ts";
import { LoadError, loadApp, resolveAppFile } from "./load.ts";

const fixture = (name: string) => join(import.meta.dirname, "testing", "fixtures", name);

describe("loadApp", () => {
  it("loads TEMPLATE_DIRS relative to the file, and never outside the folder", async () => {
    const app = await loadApp(fixture("template-dirs.ts"));
    const page = await app.fetch(new Request("http://localhost/"));
    expect(await page.text()).toBe("<main>Hello from files</main>\n");
    const escape = await app.fetch(new Request("http://localhost/escape/"));
    expect(escape.status).toBe(500);
    expect(await escape.text()).toContain("TemplateDoesNotExist");
  });

  it("lets the DEBUG page read the user's source", async () => {
    const app = await loadApp(fixture("template-dirs.ts"));
    expect(app.sourceProvider?.(fixture("template-dirs.ts"))).toContain("TEMPLATE_DIRS");
    expect(app.sourceProvider?.("file://" + fixture("template-dirs.ts"))).toContain("TEMPLATE_DIRS");
    expect(app.sourceProvider?.("/no/such/file.ts")).toBeUndefined();
  });

  it("says what to do when the default export is missing or not an App", async () => {
    await expect(loadApp(fixture("no-default.ts"))).rejects.toThrow(/has no default export\. End it with "export default app;"/);
    await expect(loadApp(fixture("not-an-app.ts"))).rejects.toThrow(/is a function \(handler\), not an App/);
  });

  it("reports a missing file with the command that creates it", () => {
    expect(() => resolveAppFile("nope.ts", import.meta.dirname)).toThrow(LoadError);
    expect(() => resolveAppFile("nope.ts", import.meta.dirname)).toThrow(/npx onefile new nope\.ts/);
    expect(() => resolveAppFile("testing", import.meta.dirname)).toThrow(/is a folder/);
  });
});

describe("describeLoadError", () => {
  it("reads esbuild's file:line:column and shows the source around it", () => {
    const error = new Error(`Transform failed with 1 error:\n${fixture("serve-app.ts")}:5:3: ERROR: Unexpected ";"`);
    const report = describeLoadError(error);
    expect(report.location).toMatchObject({ file: fixture("serve-app.ts"), line: 5, column: 4 });
    expect(report.message).toBe('Unexpected ";"');
    expect(report.frame).toMatch(/^> 5 \| const app/m);
    expect(formatForTerminal(report)).toContain("serve-app.ts:5");
  });

  it("finds the first user frame in a stack, skipping node internals and node_modules", () => {
    const error = new Error("boom");
    error.stack = `Error: boom\n    at x (node:internal/modules/esm/resolve:873:9)\n    at y (/app/node_modules/lib/index.js:1:1)\n    at z (file://${fixture("serve-app.ts")}:8:5)`;
    expect(describeLoadError(error).location).toMatchObject({ line: 8, column: 5 });
  });
});
