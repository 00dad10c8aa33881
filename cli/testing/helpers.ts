/**
 * Helpers for the cli tests: real sockets on 127.0.0.1, no mocks. Each server starts on port 0 and
 * is closed by the test that started it.
 */
import { request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import { connect } from "node:net";

/** A parsed HTTP response. */
export interface SimpleResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Listens on an ephemeral port and resolves with it.
 *
 * @example
 * ```ts
 * const port = await listen(server);
 * ```
 */
export function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
  });
}

/**
 * Sends one request with node:http (which, unlike fetch, sends the path exactly as given).
 *
 * @example
 * ```ts
 * const { status, body } = await get(port, "/static/../secret");
 * ```
 */
export function get(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; agent?: false } = {}): Promise<SimpleResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: { host: "localhost", ...options.headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    // A test must fail, not hang, if a server never answers.
    req.setTimeout(15_000, () => req.destroy(new Error(`No answer to ${options.method ?? "GET"} ${path} within 15 s`)));
    req.end(options.body);
  });
}

/**
 * Writes raw bytes on a new connection and resolves with everything the server sent until it
 * closed the connection (or `waitMs` passed).
 *
 * @example
 * ```ts
 * const reply = await raw(port, "GARBAGE\r\n\r\n");
 * expect(reply).toMatch(/^HTTP\/1.1 400/);
 * ```
 */
export function raw(port: number, bytes: string | Buffer, waitMs = 5000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let data = "";
    const timer = setTimeout(() => socket.destroy(), waitMs);
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(data);
    });
    socket.write(bytes);
  });
}

/** Closes a server and every connection it still has. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root and the `onefile` command in it. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = join(ROOT, "cli", "bin.js");

/**
 * Runs `onefile …` to completion.
 *
 * @example
 * ```ts
 * const { code, stdout } = runCli(["check", "app.ts"], dir);
 * ```
 */
export function runCli(args: string[], cwd = ROOT): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A temporary project folder where `import … from "onefile"` resolves to this checkout, as after
 * `npm install /path/to/onefile` (which links the folder the same way).
 */
export function tempProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "onefile-project-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(ROOT, join(dir, "node_modules", "onefile"), "dir");
  return dir;
}

import { spawn, type ChildProcess } from "node:child_process";

/**
 * The environment for an `onefile` child process: this one's, without `DATABASE_URL` (CI sets
 * it for the PostgreSQL suites; a child that inherited it would share one database with every
 * other test), plus `extra`. Pass `{ DATABASE_URL: url }` to give a child a database on purpose.
 *
 * @example
 * ```ts
 * spawn(process.execPath, [BIN, "migrate", "polls.ts"], { env: childEnv({ DATABASE_URL: url }) });
 * ```
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return { ...env, ...extra };
}

/** A running `onefile runserver|serve` process. */
export interface RunningCli {
  child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Resolves when stderr matches (polling), rejecting after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Sends a signal and resolves with the exit code (SIGKILL after 15 s). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts a long-running command; always `stop()` it in the test's `finally`/`afterAll`.
 *
 * @example
 * ```ts
 * const cli = startCli(["serve", "app.ts", "127.0.0.1:0"]);
 * const [, port] = await cli.waitFor(/http:\/\/127\.0\.0\.1:(\d+)\//);
 * ```
 */
export function startCli(args: string[], cwd = ROOT, env: Record<string, string> = {}): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: childEnv(env), stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr!.on("data", (chunk) => (err += chunk));
  child.stdout!.on("data", (chunk) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    stderr: () => err,
    async waitFor(pattern, timeoutMs = 45_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = err.match(pattern);
        if (match) return match;
        if (child.exitCode !== null) throw new Error(`The command exited (${child.exitCode}) before printing ${pattern}:\n${err}`);
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${pattern}; output so far:\n${err}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
