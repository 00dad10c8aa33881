/**
 * `onefile serve` as a real cluster: workers answer, a dead worker is replaced, a hanging view gets
 * a 503, an exception thrown outside a request kills nothing, and SIGTERM finishes in-flight work.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, runCli, startCli, type RunningCli } from "./testing/helpers.ts";

describe("onefile serve", () => {
  let cli: RunningCli;
  let port: number;

  beforeAll(async () => {
    cli = startCli(["serve", "cli/testing/fixtures/serve-app.ts", "127.0.0.1:0", "--workers", "2", "--timeout", "0.5", "--grace", "5"]);
    const match = await cli.waitFor(/at http:\/\/127\.0\.0\.1:(\d+)\/ \(2 workers/);
    port = Number(match[1]);
  }, 90_000);
  afterAll(() => cli?.stop("SIGKILL"));

  it("answers, and never shows a stack trace to the client", async () => {
    expect((await get(port, "/")).body).toBe("ok");
    const boom = await get(port, "/boom/");
    expect(boom.status).toBe(500);
    expect(boom.body).not.toContain("secret detail");
  });

  it("answers a view that never resolves with 503 after --timeout", async () => {
    const started = Date.now();
    const response = await get(port, "/hang/");
    expect(response.status).toBe(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect((await get(port, "/")).status).toBe(200);
  });

  it("survives an exception thrown from a timer in user code", async () => {
    expect((await get(port, "/crash-later/")).body).toBe("scheduled");
    await new Promise((r) => setTimeout(r, 200));
    for (let i = 0; i < 4; i++) expect((await get(port, "/")).status).toBe(200);
    expect(cli.stderr()).toContain("thrown from a timer");
    expect(cli.stderr()).not.toContain("died");
  });

  it("replaces a worker that dies", async () => {
    const pid = Number((await get(port, "/pid/")).body);
    process.kill(pid, "SIGKILL");
    await cli.waitFor(new RegExp(`Worker ${pid} died \\(SIGKILL\\); starting a new one`));
    // The other worker keeps answering meanwhile, and soon there are two again.
    // A new worker takes a second or more to load the file; poll until two pids answer.
    const pids = new Set<number>();
    const deadline = Date.now() + 45_000;
    while (pids.size < 2 && Date.now() < deadline) {
      pids.add(Number((await get(port, "/pid/")).body));
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(pids.has(pid)).toBe(false);
    expect(pids.size).toBe(2);
  }, 90_000);
});

describe("onefile serve shutdown", () => {
  it("finishes in-flight requests on SIGTERM, then exits 0", async () => {
    const cli = startCli(["serve", "cli/testing/fixtures/serve-app.ts", "127.0.0.1:0", "--workers", "1"]);
    try {
      const port = Number((await cli.waitFor(/at http:\/\/127\.0\.0\.1:(\d+)\//))[1]);
      const inFlight = get(port, "/slow/");
      await new Promise((r) => setTimeout(r, 200));
      const code = cli.stop("SIGTERM");
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(response.body).toBe("slow done");
      expect(await code).toBe(0);
      await expect(get(port, "/")).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await cli.stop("SIGKILL");
    }
  }, 90_000);

  it("exits 1 with the error when the file does not load", () => {
    const result = runCli(["serve", "cli/testing/fixtures/bad-setting.ts", "127.0.0.1:0", "--workers", "1"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Unknown setting TEMPLATE_DIR");
    expect(result.stderr).toContain("failed to load; stopping");
  }, 90_000);
});
