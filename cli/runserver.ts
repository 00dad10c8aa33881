/**
 * `onefile runserver`: the development server.
 *
 * Like Django's autoreloader, a supervising process watches the files and runs the server in a
 * child that it replaces on every save. The child is a `node:cluster` worker, so the listening
 * socket stays with the supervisor: the new child starts listening before the old one stops, and
 * no request is refused during a reload. A save that breaks the file gives a child that answers
 * every request with the error, until the next good save.
 */
import cluster, { type Worker } from "node:cluster";
import { unwatchFile, watchFile, type Stats } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ParsedArgs } from "./args.ts";
import { displayPath, resolveAppFile } from "./load.ts";
import type { ServerProcessConfig, ServerProcessMessage } from "./server-process.ts";
import { startServer } from "./server-process.ts";

const BIN = fileURLToPath(new URL("./bin.js", import.meta.url));
const POLL_MS = 200;

/**
 * Runs the development server until SIGINT/SIGTERM; resolves with the exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await runserver(parseCommandLine(["runserver", "app.ts", "8000"]));
 * ```
 */
export async function runserver(args: ParsedArgs): Promise<number> {
  const file = resolveAppFile(args.file);
  const config: ServerProcessConfig = {
    mode: "dev",
    file,
    host: args.address.host,
    port: args.address.port,
    staticDirs: args.staticDirs,
    viewTimeout: 0,
    headersTimeout: args.headersTimeout,
    requestTimeout: args.requestTimeout,
    keepAliveTimeout: args.keepAliveTimeout,
    maxHeaderSize: args.maxHeaderSize,
    graceTimeout: 1,
  };
  if (!args.reload) return runInProcess(config);
  return supervise(config);
}

function supervise(config: ServerProcessConfig): Promise<number> {
  return new Promise((resolve) => {
    cluster.setupPrimary({ exec: BIN, args: [] });
    const watched = new Map<string, (curr: Stats, prev: Stats) => void>();
    let current: Worker | null = null;
    /** The newest child; an older one still starting has stale code and is dropped. */
    let latest: Worker | null = null;
    let bannerShown = false;
    let restartTimer: NodeJS.Timeout | null = null;
    let stopping = false;

    const spawn = (): Worker => {
      const worker = cluster.fork({ ONEFILE_SERVER_PROCESS: JSON.stringify(config) });
      latest = worker;
      worker.on("message", (message: ServerProcessMessage) => onMessage(worker, message));
      worker.on("exit", (code, signal) => {
        if (stopping || worker !== current) return;
        current = null;
        console.error(`The server process exited (${signal ?? `code ${code}`}). Save a file to start it again.`);
      });
      return worker;
    };

    const onMessage = (worker: Worker, message: ServerProcessMessage) => {
      if (message.type === "listen-failed") {
        console.error(`Error: ${message.message}`);
        stop(1);
        return;
      }
      if (message.type === "heartbeat") return; // only prod workers send one, to serve's primary
      if (worker !== latest && worker !== current) {
        worker.kill("SIGTERM");
        return;
      }
      watch(message.files);
      if (message.type === "load-failed") console.error(`\n${message.text}\n`);
      if (message.type === "loaded") {
        if (!bannerShown) printBanner(config, message.port, message.debug, message.problems);
        else if (message.problems.length) console.error(checkSummary(message.problems));
        bannerShown = true;
      }
      // The new server is up (it listens even when the file failed): retire the old one.
      if (worker !== current) {
        const previous = current;
        current = worker;
        previous?.send({ type: "shutdown" });
        if (previous) setTimeout(() => previous.isDead() || previous.kill("SIGKILL"), 2000).unref();
      }
      if (message.type === "load-failed" && !bannerShown) {
        printAddress(config, message.port);
        bannerShown = true;
      }
    };

    const watch = (files: string[]) => {
      for (const file of files) {
        if (watched.has(file)) continue;
        const listener = (curr: Stats, prev: Stats) => {
          if (curr.mtimeMs !== prev.mtimeMs || curr.size !== prev.size) scheduleRestart(file);
        };
        watched.set(file, listener);
        watchFile(file, { interval: POLL_MS }, listener);
      }
    };

    const scheduleRestart = (file: string) => {
      if (restartTimer) clearTimeout(restartTimer);
      // Editors often write a file in several steps; wait for them to finish.
      restartTimer = setTimeout(() => {
        restartTimer = null;
        console.error(`${displayPath(file)} changed, reloading.`);
        spawn();
      }, 50);
    };

    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      for (const [file, listener] of watched) unwatchFile(file, listener);
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
      resolve(code);
    };

    process.on("SIGINT", () => stop(0));
    process.on("SIGTERM", () => stop(0));
    watch([config.file]);
    console.error("Watching for file changes.");
    current = spawn();
  });
}

/** `--noreload`: one process, no watcher; a broken file is reported and the command exits. */
async function runInProcess(config: ServerProcessConfig): Promise<number> {
  process.on("uncaughtException", (error) => console.error("Uncaught exception (the server keeps running):", error));
  process.on("unhandledRejection", (error) => console.error("Unhandled promise rejection (the server keeps running):", error));
  const started = await startServer(config, (line) => process.stderr.write(line + "\n"));
  if (started.report) {
    const { formatForTerminal } = await import("./load-error.ts");
    console.error(formatForTerminal(started.report));
    return 1;
  }
  const { server, close } = started.server;
  return new Promise((resolve) => {
    server.on("error", (error: NodeJS.ErrnoException) => {
      console.error(`Error: ${error.code === "EADDRINUSE" ? "That port is already in use." : error.message}`);
      resolve(1);
    });
    server.listen(config.port, config.host, () => {
      printBanner(config, (server.address() as { port: number }).port, started.app!.settings.DEBUG, started.app!.check());
    });
    const stop = () => close(1).then(() => resolve(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

function printBanner(config: ServerProcessConfig, port: number, debug: boolean, problems: string[]): void {
  console.error("Performing system checks...\n");
  console.error(checkSummary(problems));
  console.error(new Date().toLocaleString("en-US", { dateStyle: "long", timeStyle: "medium" }));
  if (!debug) {
    console.error("Warning: DEBUG is false in this file, so errors show plain pages. Set DEBUG: true to see tracebacks.");
  }
  printAddress(config, port);
}

function printAddress(config: ServerProcessConfig, port: number): void {
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  console.error(`onefile, using ${displayPath(config.file)}`);
  console.error(`Starting development server at http://${host}:${port}/`);
  console.error("Quit the server with CONTROL-C.");
}

function checkSummary(problems: string[]): string {
  if (problems.length === 0) return "System check identified no issues.";
  return `System check identified ${problems.length} issue${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `  - ${p}`).join("\n")}`;
}

