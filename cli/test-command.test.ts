/**
 * `onefile test`, run as a user runs it (`node cli/bin.js test …` in a real process): every
 * example's in-file tests pass, failures exit 1 with got/want and the user's line, and a
 * project's own test files run too.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, tempProject } from "./testing/helpers.ts";

const examples = [
  ...readdirSync(join(ROOT, "examples")).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts")),
  "grown/app.ts",
];
const FIXTURES = "cli/testing/fixtures";

describe("onefile test over the examples", () => {
  it("finds examples to test", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples)("examples/%s declares tests, and they pass", (name) => {
    const result = runCli(["test", `examples/${name}`]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^Found [1-9]\d* test\(s\)\./);
    expect(result.stdout).toMatch(/\nRan [1-9]\d* tests? in \d+\.\d{3}s\n\nOK\n$/);
    expect(result.code).toBe(0);
  });
});

describe("onefile test reports failures", () => {
  const failing = `${FIXTURES}/tests-failing/app.ts`;

  it("exits 1 with Django's report: marks, got/want, the failing line, and the view's error", () => {
    const result = runCli(["test", failing]);
    expect(result.code).toBe(1);
    const out = result.stdout;
    expect(out).toContain("\n.FEF\n");
    expect(out).toContain("FAIL: the index shouts");
    expect(out).toContain(`File "${failing}", line 19`);
    expect(out).toContain('> 19 |   expect(response.content).toBe("HELLO, WORLD");');
    expect(out).toContain('expect(got).toBe(want)\n  got:  "Hello, world"\n  want: "HELLO, WORLD"');
    expect(out).toContain("ERROR: calls a helper that is not there");
    expect(out).toContain("ReferenceError: missingHelper is not defined");
    expect(out).toContain(`File "${failing}", line 24`);
    expect(out).toContain("got:  500 Internal Server Error\n  want: 200 OK");
    expect(out).toContain(`TypeError: the view broke (${failing}, line 9)`);
    expect(out).toMatch(/Ran 4 tests in \d+\.\d{3}s\n\nFAILED \(failures=2, errors=1\)\n$/);
  });

  it("-k runs only matching tests; --verbose names each", () => {
    const one = runCli(["test", failing, "-k", "greets", "--verbose"]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("Found 1 test(s).");
    expect(one.stdout).toContain("the index greets ... ok\n");
    const wildcard = runCli(["test", failing, "-k", "the * answers", "-k", "shouts"]);
    expect(wildcard.stdout).toContain("\nFF\n");
    expect(wildcard.code).toBe(1);
  });

  it("exits 5 when no test ran, saying why", () => {
    const none = runCli(["test", failing, "-k", "nothing like this"]);
    expect(none.code).toBe(5);
    expect(none.stdout).toContain("NO TESTS RAN");
    expect(none.stdout).toContain('No test name matches -k "nothing like this".');
    const dir = tempProject();
    writeFileSync(join(dir, "app.ts"), `import { App } from "onefile";\nexport default new App({ DEBUG: true });\n`);
    const bare = runCli(["test"], dir);
    expect(bare.code).toBe(5);
    expect(bare.stdout).toContain("app.ts declares no tests. Add one next to your views:");
  });
});

describe("onefile test with test files", () => {
  it("runs app.test.ts and tests/*.test.ts beside the file, in order after the file's own", () => {
    const result = runCli(["test", "examples/grown/app.ts", "-v"]);
    expect(result.stdout).toContain(
      [
        "the list answers JSON ... ok",
        "a todo without a title is refused ... ok",
        "adding todos > lists what was added ... ok",
        "adding todos > trims the title ... ok",
      ].join("\n"),
    );
    expect(result.code).toBe(0);
  });

  it("leaves files for other runners alone, and names them with --verbose", () => {
    const dir = tempProject();
    writeFileSync(join(dir, "app.ts"), `import { App } from "onefile";\nconst app = new App({ DEBUG: true });\napp.test("ok", () => {});\nexport default app;\n`);
    mkdirSync(join(dir, "tests"));
    writeFileSync(join(dir, "tests", "ui.test.ts"), `import { it } from "vitest";\nit("fails if run", () => { throw new Error("ran"); });\n`);
    writeFileSync(join(dir, "e2e.test.ts"), `import { test } from "@playwright/test";\ntest("x", () => { throw new Error("ran"); });\n`);
    const result = runCli(["test", "-v"], dir);
    expect(result.stdout).toContain("Skipped e2e.test.ts: it imports @playwright/test; run it with npx playwright test.");
    expect(result.stdout).toContain("Skipped tests/ui.test.ts: it imports vitest; run it with npx vitest.");
    expect(result.stdout).toContain("Ran 1 test in");
    expect(result.code).toBe(0);
  });

  it("a test file that does not load is an error with its line, not a silent skip", () => {
    const dir = tempProject();
    writeFileSync(join(dir, "app.ts"), `import { App } from "onefile";\nconst app = new App({ DEBUG: true });\napp.test("ok", () => {});\nexport default app;\n`);
    writeFileSync(join(dir, "app.test.ts"), `import app from "./app.ts";\n\nthrow new Error("broken test file");\n`);
    const result = runCli(["test"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Error at app.test.ts:3: broken test file");
  });

  it("gives each test a fresh database once the file has models, and never touches db.sqlite3", () => {
    const dir = tempProject();
    writeFileSync(
      join(dir, "app.ts"),
      `import { App, models } from "onefile";
const app = new App({ DEBUG: true });
class Note extends app.Model("Note", { text: models.CharField({ maxLength: 50 }) }) {
  declare static objects: models.Manager<Note>;
}
for (const name of ["first", "second"]) {
  app.test(name, async ({ expect }) => {
    expect(await Note.objects.count()).toBe(0);
    await Note.objects.create({ text: name });
    expect(await Note.objects.count()).toBe(1);
  });
}
export default app;
`,
    );
    const result = runCli(["test", "-v"], dir);
    expect(result.stdout).toContain("first ... ok\nsecond ... ok\n");
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, "db.sqlite3"))).toBe(false);
  });

  it("runs the system checks first, as Django does", () => {
    const result = runCli(["test", `${FIXTURES}/bad-template.ts`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("SystemCheckError: System check identified 1 issue:");
  });
});
