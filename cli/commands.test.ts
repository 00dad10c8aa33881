/**
 * The one-shot commands, run as a user runs them: `node cli/bin.js …` in a real process, checking
 * what is printed and the exit code.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempProject } from "./testing/helpers.ts";

describe("onefile new", () => {
  it("writes a starter that checks clean, lists its routes, and is never overwritten", () => {
    const dir = tempProject();
    const first = runCli(["new", "site.ts"], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("npx onefile runserver site.ts");
    const source = readFileSync(join(dir, "site.ts"), "utf8");
    expect(source).toContain('from "onefile"');
    expect(source).toContain("export default app");

    const again = runCli(["new", "site.ts"], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
    expect(readFileSync(join(dir, "site.ts"), "utf8")).toBe(source);

    const checked = runCli(["check", "site.ts"], dir);
    expect(checked.stderr).toBe("");
    expect(checked.stdout).toContain("System check identified no issues.");
    expect(checked.code).toBe(0);

    const tested = runCli(["test", "site.ts"], dir);
    expect(tested.stdout).toContain("Ran 1 test in");
    expect(source).toContain("npx onefile test site.ts");
    expect(tested.code).toBe(0);

    const routes = runCli(["routes", "site.ts"], dir);
    expect(routes.code).toBe(0);
    expect(routes.stdout.split("\n")[0]).toMatch(/^Pattern\s+Name\s+View$/);
    expect(routes.stdout).toMatch(/\/hello\/<int:id>\/\s+hello\s+hello/);
  }, 30_000);

  it("defaults to app.ts, refuses names that are not .ts, and replaces with --force", () => {
    const dir = tempProject();
    expect(runCli(["new"], dir).code).toBe(0);
    expect(readFileSync(join(dir, "app.ts"), "utf8")).toContain("runserver app.ts");
    expect(runCli(["new", "site.py"], dir).code).toBe(1);
    writeFileSync(join(dir, "app.ts"), "// mine");
    expect(runCli(["new", "--force"], dir).code).toBe(0);
    expect(readFileSync(join(dir, "app.ts"), "utf8")).toContain("export default app");
  }, 30_000);
});

describe("onefile check", () => {
  it("exits 1 naming a template that does not compile", () => {
    const result = runCli(["check", "cli/testing/fixtures/bad-template.ts"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("System check identified 1 issue");
    expect(result.stderr).toContain("broken.html");
  });

  it("exits 1 with the user's line for a mistyped setting", () => {
    const result = runCli(["check", "cli/testing/fixtures/bad-setting.ts"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Unknown setting TEMPLATE_DIR");
    expect(result.stderr).toContain("cli/testing/fixtures/bad-setting.ts:3");
    expect(result.stderr).toContain("> 3 | const app = new App({");
  });

  it("explains a file without a default export and a missing file", () => {
    const noDefault = runCli(["check", "cli/testing/fixtures/no-default.ts"]);
    expect(noDefault.code).toBe(1);
    expect(noDefault.stderr).toContain('has no default export. End it with "export default app;"');
    const missing = runCli(["check", "nope.ts"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No such file: nope.ts');
    expect(missing.stderr).toContain("npx onefile new nope.ts");
  });

  it("points at the line of a syntax error", () => {
    const dir = tempProject();
    writeFileSync(join(dir, "app.ts"), 'import { App } from "onefile";\nconst app = new App({ DEBUG: true });\nconst broken = ;\nexport default app;\n');
    const result = runCli(["check"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/app\.ts:3/);
    expect(result.stderr).toContain("> 3 | const broken = ;");
  });
});

describe("help and usage errors", () => {
  it("prints help for the command line and for each command", () => {
    const overview = runCli(["--help"]);
    expect(overview.code).toBe(0);
    expect(overview.stdout).toContain("runserver [file] [addr:port]");
    const serve = runCli(["serve", "--help"]);
    expect(serve.code).toBe(0);
    expect(serve.stdout).toContain("--workers N");
  });

  it("exits 2 with a pointer to --help for a usage mistake", () => {
    const unknown = runCli(["runsever"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "runsever"');
    const option = runCli(["serve", "--wokers", "2"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Run "onefile serve --help"');
  });
});
