/**
 * Kysely (the SQL layer, more than half of the modules onefile would load) is loaded only when an
 * app uses a database. Each case runs in a fresh Node process whose module resolver refuses
 * "kysely", so a static import anywhere under `onefile` would fail the import itself.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { childEnv } from "../testing/helpers.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CORE = new URL("../../core/index.ts", import.meta.url).href;

const REFUSE_KYSELY = `data:text/javascript,${encodeURIComponent(`
import { register } from "node:module";
register("data:text/javascript," + encodeURIComponent(
  "export async function resolve(specifier, context, next) {" +
  "  if (specifier === 'kysely' || specifier.startsWith('kysely/')) throw new Error('kysely was loaded');" +
  "  return next(specifier, context);" +
  "}"));
`)}`;

/** Runs `script` (an ES module body) with tsx, in a process that cannot load kysely. */
function run(script: string): { code: number | null; out: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--import", REFUSE_KYSELY, "--input-type=module", "-e", script], {
    cwd: ROOT,
    env: childEnv(),
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe("the SQL layer is loaded on first use", () => {
  it("an app without models imports, starts and answers without kysely", () => {
    const { code, out } = run(`
      const { App, path, HttpResponse } = await import(${JSON.stringify(CORE)});
      const app = new App({ DEBUG: true, ALLOWED_HOSTS: ["*"] });
      app.urlpatterns = [path("", () => new HttpResponse("hello"))];
      const response = await app.fetch(new Request("http://localhost/"));
      console.log(response.status, await response.text());
    `);
    expect(out).toContain("200 hello");
    expect(code).toBe(0);
  });

  it("an app with models loads it when it first queries (the refusal shows, after the import worked)", () => {
    const { code, out } = run(`
      const { App, models } = await import(${JSON.stringify(CORE)});
      const app = new App({ DEBUG: true, APP_LABEL: "lazy" });
      class Note extends app.Model("Note", { text: models.TextField() }) {}
      const driver = { dialect: "sqlite", description: "none", close: async () => {},
        query: async () => ({ columns: [], rows: [], rowsAffected: 0 }), transaction: (fn) => fn(driver) };
      app.db.attach(driver);
      console.log("imported and attached");
      await Note.objects.count().catch((error) => console.log("query:", error.message));
    `);
    expect(out).toContain("imported and attached");
    expect(out).toContain("query: kysely was loaded");
    expect(code).toBe(0);
  });
});
