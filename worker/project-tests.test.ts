import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "../app/compile.ts";
import { runProjectTests } from "./project-tests.ts";
import type { Build } from "./protocol.ts";
import { buildRuntime, type ProjectRuntime } from "./runtime.ts";
import { ProjectDatabase } from "./db/project-database.ts";
import { MemoryStore, openOn } from "./db/testing.ts";

function compiled(source: string): string {
  const result = compile(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.code;
}

function build(source: string): Build {
  return { id: "p1", version: 1, source, code: compiled(source) };
}

const COUNTER = `import { App, path } from "onefile";
const app = new App({ DEBUG: true });
let visits = 0;
app.urlpatterns = [path("", () => \`visits: \${++visits}\`)];
app.test("the first visit is the first", async ({ client, expect }) => {
  expect((await client.get("/")).content).toBe("visits: 1");
});
app.test("a wrong count", async ({ client, expect }) => {
  await client.get("/");
  expect((await client.get("/")).content).toBe("visits: 4");
});
app.test("a loop that never ends", () => {
  while (true) {}
});
export default app;
`;

const step = (file: string) => readFileSync(new URL(`../tutorials/django-in-one-file/01-a-view/${file}`, import.meta.url), "utf8");

describe("runProjectTests", () => {
  it("runs the file's tests on a fresh copy, with got/want and the user's lines, and stops endless loops", async () => {
    const preview = (await buildRuntime(build(COUNTER), () => {})) as ProjectRuntime;
    await preview.app.fetch(new Request("http://localhost/"));
    const reply = await runProjectTests(build(COUNTER), {}, () => {});
    if (!reply.ok) throw new Error(reply.error.message);
    const [first, wrong, loop] = reply.run.results;
    // The preview had a visit already; the tests' copy starts from zero.
    expect(first!.outcome).toBe("pass");
    expect(wrong!.failure).toMatchObject({ got: "\"visits: 3\"", want: "\"visits: 4\"", location: { file: "app.ts", line: 10 } });
    expect(loop!.outcome).toBe("error");
    expect(loop!.failure!.message).toMatch(/^LoopGuardError/);
    expect(loop!.declared).toMatchObject({ file: "app.ts", line: 12 });
    expect(await (await preview.app.fetch(new Request("http://localhost/"))).text()).toBe("visits: 2");
  }, 20_000);

  it("runs a tutorial step's checks instead: they fail on the start and pass on the solution", async () => {
    const checks = compiled(step("checks.ts"));
    const start = await runProjectTests(build(step("app.ts")), { checks }, () => {});
    const solution = await runProjectTests(build(step("solution.ts")), { checks }, () => {});
    if (!start.ok || !solution.ok) throw new Error("the step did not load");
    expect(start.run.results.map((r) => r.outcome)).toEqual(["fail", "fail"]);
    expect(start.run.results[0]!.failure).toMatchObject({ got: "404 Not Found", want: "200 OK", location: { file: "checks.ts" } });
    expect(solution.run.passed).toBe(2);
  });

  it("says when the project or the checks do not load, and runs only matching tests when asked", async () => {
    const broken = await runProjectTests(build('import { App } from "onefile";\nthrow new Error("nope");\n'), {}, () => {});
    expect(broken).toMatchObject({ ok: false, phase: "load", error: { message: "Error: nope", line: 2 } });
    const badChecks = await runProjectTests(build(step("solution.ts")), { checks: compiled('import { it } from "onefile/test";\nit("x", () => {});\nit("x", () => {});\n') }, () => {});
    expect(badChecks).toMatchObject({ ok: false, phase: "checks" });
    if (badChecks.ok) return;
    expect(badChecks.error.message).toContain('There is already a test named "x"');
    const some = await runProjectTests(build(COUNTER), { patterns: ["first"] }, () => {});
    expect(some.ok && some.run.results.map((r) => r.name)).toEqual(["the first visit is the first"]);
  });
});

const NOTES = `import { App, models } from "onefile";
const app = new App({ DEBUG: true });
class Note extends app.Model("Note", { text: models.CharField({ maxLength: 50 }) }) {}
for (const name of ["first", "second"]) {
  app.test(name, async ({ expect }) => {
    expect(await Note.objects.count()).toBe(0);
    await Note.objects.create({ text: name });
    expect(await Note.objects.count()).toBe(1);
  });
}
export default app;
`;

describe("runProjectTests with models", () => {
  it("gives each test its own scratch database (real SQLite in memory), closed after it", async () => {
    const opened: ProjectDatabase[] = [];
    const scratch = async () => {
      const database = ProjectDatabase.on(await openOn(new MemoryStore()));
      opened.push(database);
      return database;
    };
    const reply = await runProjectTests(build(NOTES), {}, () => {}, {}, scratch);
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.run.results.map((r) => [r.name, r.outcome, r.failure?.message])).toEqual([
      ["first", "pass", undefined],
      ["second", "pass", undefined],
    ]);
    expect(opened).toHaveLength(2);
  }, 30_000);

  it("says so when a project with models has no database for its tests", async () => {
    expect(await runProjectTests(build(NOTES), {}, () => {})).toMatchObject({ ok: false, error: { message: expect.stringContaining("no database is available") } });
  });
});
