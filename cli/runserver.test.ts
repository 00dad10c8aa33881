/**
 * `onefile runserver`: banner, Django-style request log, static files from STATIC, and reload on
 * save — including a broken save, which shows its error in the terminal and in the browser and
 * is recovered from at the next good save.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { get, startCli, tempProject } from "./testing/helpers.ts";

const version = (n: number) => `import { App, path } from "onefile";

const app = new App({ DEBUG: true, STATIC: { "site.css": "body { color: red }" } });
app.urlpatterns = [path("", () => "version ${n}", { name: "index" })];

export default app;
`;

const BROKEN = `import { App, path } from "onefile";

const app = new App({ DEBUG: true });
app.urlpatterns = [path("", () => "broken", { name: "index" })];
const oops = ;
export default app;
`;

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined as T);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in time; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("onefile runserver", () => {
  it("serves, logs, reloads on save, shows a broken save, and recovers", async () => {
    const dir = tempProject();
    const file = join(dir, "app.ts");
    writeFileSync(file, version(1));
    const cli = startCli(["runserver", "app.ts", "127.0.0.1:0"], dir);
    try {
      const port = Number((await cli.waitFor(/Starting development server at http:\/\/127\.0\.0\.1:(\d+)\//, 60_000))[1]);
      expect(cli.stderr()).toContain("System check identified no issues.");
      expect((await get(port, "/")).body).toBe("version 1");
      await cli.waitFor(/\[\d\d\/\w{3}\/\d{4} \d\d:\d\d:\d\d\] "GET \/ HTTP\/1\.1" 200 9/);

      const css = await get(port, "/static/site.css");
      expect(css.status).toBe(200);
      expect(css.headers["content-type"]).toBe("text/css; charset=utf-8");

      writeFileSync(file, BROKEN);
      const page = await until(() => get(port, "/"), (r) => r.status === 500);
      expect(page.body).toContain("app.ts:5");
      expect(page.body).toContain("const oops = ;");
      await cli.waitFor(/app\.ts:5/);
      expect(cli.stderr()).toMatch(/> 5 \| const oops = ;/);

      writeFileSync(file, version(2));
      await until(() => get(port, "/"), (r) => r.body === "version 2");
      expect(cli.child.exitCode).toBeNull();
    } finally {
      expect(await cli.stop("SIGINT")).toBe(0);
    }
  }, 120_000);

  it("serves --static folders, warns when DEBUG is false, and refuses a missing file", async () => {
    const dir = tempProject();
    mkdirSync(join(dir, "public"));
    writeFileSync(join(dir, "public", "app.js"), "console.log('hi');");
    writeFileSync(join(dir, "prod.ts"), `import { App } from "onefile";\nexport default new App({ DEBUG: false, ALLOWED_HOSTS: ["localhost"] });\n`);
    const cli = startCli(["runserver", "prod.ts", "127.0.0.1:0", "--noreload", "--static", "public"], dir);
    try {
      const port = Number((await cli.waitFor(/Starting development server at http:\/\/127\.0\.0\.1:(\d+)\//, 60_000))[1]);
      expect(cli.stderr()).toContain("DEBUG is false");
      const js = await get(port, "/static/app.js");
      expect(js.status).toBe(200);
      expect(js.headers["content-type"]).toBe("text/javascript; charset=utf-8");
      expect(js.body).toBe("console.log('hi');");
      expect((await get(port, "/static/../prod.ts")).status).toBe(404);
    } finally {
      await cli.stop();
    }
    const missing = startCli(["runserver", "missing.ts"], dir);
    expect(await missing.stop("SIGCONT" as NodeJS.Signals)).toBe(1);
    expect(missing.stderr()).toContain("No such file: missing.ts");
  }, 120_000);
});
