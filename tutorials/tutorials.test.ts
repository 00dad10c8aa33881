/**
 * Proves every step of every tutorial: its checks fail on the starting code (so "Check" has
 * something to teach) and pass on the solution, and the solution's own in-file tests pass.
 * The checks run exactly as in the sandbox: collected from checks.ts, against a fresh app.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { App } from "onefile";
import { collectTests, runTests, type TestRun } from "onefile/test";
import { readTutorials, type TutorialStep } from "../app/build/tutorials.ts";
import { importFresh, problems, setupFor } from "./testing.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const tutorials = readTutorials(root);

async function runChecks(appFile: string, step: TutorialStep): Promise<TestRun> {
  const app = (await importFresh<{ default: App }>(appFile)).default;
  const checks = await collectTests(() => importFresh(join(step.dir, "checks.ts")));
  return runTests(app, { setup: setupFor(app) }, checks);
}

function startFile(steps: TutorialStep[], index: number): string {
  const step = steps[index]!;
  return step.startsFromPrevious ? join(steps[index - 1]!.dir, "solution.ts") : join(step.dir, "app.ts");
}

describe("tutorials", () => {
  it("the built-in tutorial is there", () => {
    expect(tutorials.map((t) => t.name)).toContain("django-in-one-file");
  });

  for (const tutorial of tutorials) {
    describe(tutorial.name, () => {
      tutorial.steps.forEach((step, index) => {
        it(`${step.slug}: the checks fail on the starting code`, async () => {
          const run = await runChecks(startFile(tutorial.steps, index), step);
          expect(run.results.length).toBeGreaterThan(0);
          expect(problems(run).length).toBeGreaterThan(0);
        });

        it(`${step.slug}: the checks pass on the solution, and so do its own tests`, async () => {
          const run = await runChecks(join(step.dir, "solution.ts"), step);
          expect(problems(run)).toEqual([]);
          const app = (await importFresh<{ default: App }>(join(step.dir, "solution.ts"))).default;
          expect(problems(await runTests(app, { setup: setupFor(app) }))).toEqual([]);
        });
      });
    });
  }
});
