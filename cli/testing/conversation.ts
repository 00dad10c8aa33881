/**
 * Talking to an interactive `onefile` command as a person would: wait for a prompt, type an
 * answer. Through plain pipes, or through a real terminal (util-linux's `script` gives the
 * command a pseudo-terminal, so raw mode, hidden passwords and Ctrl-C are the real ones).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { BIN, childEnv } from "./helpers.ts";

/** A running interactive command. */
export interface Conversation {
  /** Resolves once the output (stdout and stderr, as a terminal shows them) has `text` after what was already read. */
  expect(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Types `text` followed by Enter. */
  answer(text: string): void;
  /** Sends raw bytes (e.g. "\x03" for Ctrl-C on a terminal). */
  type(bytes: string): void;
  /** Everything shown so far. */
  output(): string;
  /** Resolves with the exit code. */
  exit(): Promise<number | null>;
  child: ChildProcess;
}

/** True when `script` (util-linux) can give a command a terminal here. */
export function terminalAvailable(): boolean {
  return spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
}

function quote(arg: string): string {
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

/**
 * Starts `onefile …args` in `cwd`, on pipes or (`terminal: true`) on a pseudo-terminal.
 *
 * @example
 * ```ts
 * const c = converse(["createsuperuser", "polls.ts"], dir);
 * await c.expect("Username");
 * c.answer("admin");
 * ```
 */
export function converse(args: string[], cwd: string, options: { terminal?: boolean; env?: Record<string, string> } = {}): Conversation {
  const env = childEnv(options.env);
  const child = options.terminal
    ? // -q: no "Script started" banner; -e: its exit code is the command's; -f: flush output at once.
      spawn("script", ["-qefc", [process.execPath, BIN, ...args].map(quote).join(" "), "/dev/null"], { cwd, env, stdio: ["pipe", "pipe", "pipe"] })
    : spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
  let shown = "";
  let read = 0;
  child.stdout!.on("data", (chunk) => (shown += chunk));
  child.stderr!.on("data", (chunk) => (shown += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    async expect(text, timeoutMs = 45_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const rest = shown.slice(read);
        const index = typeof text === "string" ? rest.indexOf(text) : rest.search(text);
        if (index !== -1) {
          read += index + (typeof text === "string" ? text.length : rest.match(text)![0].length);
          return;
        }
        if (child.exitCode !== null) throw new Error(`The command exited (${child.exitCode}) before showing ${String(text)}:\n${shown}`);
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${String(text)}; shown so far:\n${shown}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    answer(text) {
      // A terminal sends Enter as a carriage return.
      child.stdin!.write(text + (options.terminal ? "\r" : "\n"));
    },
    type(bytes) {
      child.stdin!.write(bytes);
    },
    output: () => shown,
    async exit() {
      const timer = setTimeout(() => child.kill("SIGKILL"), 45_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
