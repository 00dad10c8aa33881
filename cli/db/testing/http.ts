/**
 * Driving a real `onefile` process over HTTP for the database tests: a project folder holding
 * a copy of an example, commands run with a chosen DATABASE_URL (or none), and form posts that
 * carry the CSRF cookie and token the way a browser does.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, ROOT, childEnv, get, tempProject, type SimpleResponse } from "../../testing/helpers.ts";

/** The environment for a child: DATABASE_URL set to `url`, or removed when `url` is null. */
function envWith(url: string | null): NodeJS.ProcessEnv {
  return childEnv(url === null ? {} : { DATABASE_URL: url });
}

/** A temporary project with a copy of `examples/<name>`. Returns its folder. */
export function projectWith(name: string): string {
  const dir = tempProject();
  copyFileSync(join(ROOT, "examples", name), join(dir, name));
  return dir;
}

/** Runs `onefile …` in `dir` to completion. */
export function onefile(dir: string, args: string[], databaseUrl: string | null = null, input?: string): { code: number | null; out: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 60_000, env: envWith(databaseUrl), ...(input !== undefined ? { input } : {}) });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** A running server and how to stop it. */
export interface Server {
  port: number;
  output(): string;
  stop(): Promise<number | null>;
}

/**
 * Starts `onefile runserver|serve` on a free port and waits until it listens.
 *
 * @throws Error with the output when the command exits first.
 */
export async function startServer(dir: string, args: string[], databaseUrl: string | null = null): Promise<Server> {
  const child = spawn(process.execPath, [BIN, ...args, "127.0.0.1:0"], { cwd: dir, env: envWith(databaseUrl), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  let port = 0;
  while (!port) {
    const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
    if (match) port = Number(match[1]);
    else if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output}`);
    else if (Date.now() > deadline) throw new Error(`The server did not start:\n${output}`);
    else await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Runs a command that must fail to start; resolves with its exit code and output. */
export function failingStart(dir: string, args: string[], databaseUrl: string | null = null): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args, "127.0.0.1:0"], { cwd: dir, env: envWith(databaseUrl), stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout!.on("data", (chunk) => (out += chunk));
    child.stderr!.on("data", (chunk) => (out += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

/** The CSRF cookie and token of a page with a form, for posts that follow. */
export async function csrfFrom(port: number, path: string): Promise<{ cookie: string; token: string }> {
  const page = await get(port, path);
  const token = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(page.body)?.[1];
  const setCookie = ([] as string[]).concat(page.headers["set-cookie"] ?? []).find((c) => c.startsWith("csrftoken="));
  if (!token || !setCookie) throw new Error(`${path} gave no CSRF token (status ${page.status}):\n${page.body.slice(0, 500)}`);
  return { cookie: setCookie.split(";")[0]!, token };
}

/** Posts a form as a browser would (the CSRF cookie and token). */
export function postForm(port: number, path: string, data: Record<string, string>, csrf: { cookie: string; token: string }): Promise<SimpleResponse> {
  const body = new URLSearchParams({ ...data, csrfmiddlewaretoken: csrf.token }).toString();
  return get(port, path, {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie },
    agent: false,
  });
}
