/**
 * `onefile serve` as a real cluster: workers answer, a dead worker is replaced, a hanging view gets
 * a 503, a view that blocks the event loop costs only its worker (killed on a missed heartbeat and
 * replaced), a slow upload does not count against the view's time, an exception thrown outside a
 * request kills nothing, and SIGTERM finishes in-flight work.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "node:net";
import { get, runCli, startCli, type RunningCli } from "./testing/helpers.ts";

/** Polls `/pid/` until `count` different workers answered; resolves with their pids. */
async function workerPids(port: number, count: number): Promise<Set<number>> {
  const pids = new Set<number>();
  const deadline = Date.now() + 45_000;
  while (pids.size < count && Date.now() < deadline) {
    pids.add(Number((await get(port, "/pid/")).body));
    await new Promise((r) => setTimeout(r, 50));
  }
  return pids;
}

/**
 * Sends a POST whose body arrives in `parts` pieces `everyMs` apart, and resolves with every byte
 * the server sent until it closed the connection.
 */
function slowUpload(port: number, size: number, parts: number, everyMs: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("error", () => {});
    socket.on("close", () => resolve(data));
    socket.write(`POST /upload/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\nContent-Length: ${size}\r\nConnection: close\r\n\r\n`);
    let sent = 0;
    const drip = setInterval(() => {
      socket.write("x".repeat(size / parts));
      if (++sent === parts) clearInterval(drip);
    }, everyMs);
    // Never leave a socket open if the server does not close it.
    setTimeout(() => socket.destroy(), 30_000).unref();
  });
}

describe("onefile serve", () => {
  let cli: RunningCli;
  let port: number;

  beforeAll(async () => {
    // A 2 s limit: short enough for the tests, long enough that a busy shared machine never
    // delays a heartbeat past it.
    cli = startCli(["serve", "cli/testing/fixtures/serve-app.ts", "127.0.0.1:0", "--workers", "2", "--timeout", "2", "--grace", "5"]);
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
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect((await get(port, "/")).status).toBe(200);
  });

  it("survives an exception thrown from a timer in user code", async () => {
    expect((await get(port, "/crash-later/")).body).toBe("scheduled");
    await new Promise((r) => setTimeout(r, 200));
    for (let i = 0; i < 4; i++) expect((await get(port, "/")).status).toBe(200);
    expect(cli.stderr()).toContain("thrown from a timer");
    expect(cli.stderr()).not.toContain("died");
  });

  it("gives a slow upload the whole limit once its body is in, and exactly one response", async () => {
    // 20 kB over about 3 s, longer than the 2 s limit: the clock starts when the view does.
    const reply = await slowUpload(port, 20_000, 10, 300);
    expect(reply).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(reply).toMatch(/got 20000$/);
    expect(reply.match(/HTTP\/1\.1 \d{3}/g)).toHaveLength(1);
    expect(cli.stderr()).not.toContain("POST /upload/ did not answer");
  });

  it("replaces a worker that dies", async () => {
    const pid = Number((await get(port, "/pid/")).body);
    process.kill(pid, "SIGKILL");
    await cli.waitFor(new RegExp(`Worker ${pid} died \\(SIGKILL\\); starting a new one`));
    // The other worker keeps answering meanwhile, and soon there are two again.
    // A new worker takes a second or more to load the file; poll until two pids answer.
    const pids = await workerPids(port, 2);
    expect(pids.has(pid)).toBe(false);
    expect(pids.size).toBe(2);
  }, 90_000);
});

describe("onefile serve with views that block the event loop", () => {
  it("kills each worker that misses its heartbeat, replaces it, and answers the other requests", async () => {
    const cli = startCli(["serve", "cli/testing/fixtures/serve-app.ts", "127.0.0.1:0", "--workers", "2", "--timeout", "2"]);
    try {
      const port = Number((await cli.waitFor(/at http:\/\/127\.0\.0\.1:(\d+)\/ \(2 workers/))[1]);
      const before = await workerPids(port, 2);
      expect(before.size).toBe(2);
      // Two CPU-bound views, the second once the first is blocking its worker: a blocked worker
      // accepts no connection, so the second one blocks the other worker.
      const spin = () => get(port, "/spin/").catch((error: Error) => error);
      const pause = () => new Promise((r) => setTimeout(r, 300));
      const spins = [spin()];
      await pause();
      spins.push(spin());
      await pause();
      // Sent while both workers are blocked: it waits for a replacement and is answered.
      const other = get(port, "/");
      const killed = await cli.waitFor(/Worker (\d+) sent no heartbeat[^\n]*\n[^]*Worker (\d+) sent no heartbeat/, 45_000);
      expect(before).toContain(Number(killed[1]));
      expect(before).toContain(Number(killed[2]));
      expect(cli.stderr()).toMatch(/over --timeout 2 s\): a view is blocking its event loop/);
      // The blocked requests' connections are closed with their worker (no process is left that
      // could answer them); gunicorn does the same.
      for (const outcome of await Promise.all(spins)) expect(outcome).toBeInstanceOf(Error);
      const answered = await other.catch((error: Error) => { throw new Error(`other: ${error.message}`); });
      expect(answered.status).toBe(200);
      expect(answered.body).toBe("ok");
      const after = await workerPids(port, 2);
      expect(after.size).toBe(2);
      for (const pid of after) expect(before).not.toContain(pid);
      expect(cli.stderr()).not.toContain("died");
    } finally {
      await cli.stop("SIGKILL");
    }
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
