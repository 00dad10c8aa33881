/**
 * What the tutorial tests share: importing an app file anew, a fresh database per in-file test
 * (as `onefile test` gives), and the failures of a run, written to be read.
 */
import { pathToFileURL } from "node:url";
import type { App } from "onefile";
import type { TestRun } from "onefile/test";
import { useTestDatabase } from "../cli/db/open.ts";

let fresh = 0;

/** Imports a module anew (a query makes it a new instance), so each run gets its own app. */
export async function importFresh<T>(file: string): Promise<T> {
  return (await import(`${pathToFileURL(file).href}?fresh=${++fresh}`)) as T;
}

/** As `onefile test` does: a fresh in-memory database for each test of an app with models. */
export function setupFor(app: App) {
  return app.db.models.size ? [async () => (await useTestDatabase(app), () => app.db.close())] : [];
}

/** "name: message (got …, want …)" for each test that did not pass, to read in a failure. */
export function problems(run: TestRun): string[] {
  return run.results
    .filter((result) => result.outcome !== "pass")
    .map((result) => `${result.name}: ${result.failure!.message}${result.failure!.got !== undefined ? ` (got ${result.failure!.got}, want ${result.failure!.want})` : ""}`);
}
