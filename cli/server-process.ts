/**
 * A server process: loads the user's file, serves it, and stops gracefully when told to. `serve`
 * runs N of these under `node:cluster`; `runserver` runs one and replaces it on every save.
 *
 * In development a file that fails to load still gets a server: every request is answered with the
 * error page, so the browser shows what the terminal shows until the next save.
 */
import cluster from "node:cluster";
import { createServer, type Server } from "node:http";
import type { App } from "../core/app.ts";
import { describeLoadError, formatForTerminal, sendLoadErrorPage, type LoadErrorReport } from "./load-error.ts";
import { loadApp, localModules } from "./load.ts";
import { prepareDatabase } from "./db/startup.ts";
import { requestLogLine } from "./log.ts";
import { createNodeServer, type NodeServer } from "./server.ts";
import { StaticFiles } from "./static.ts";

/** What the primary tells a worker to do, passed in the ONEFILE_SERVER_PROCESS environment variable. */
export interface ServerProcessConfig {
  mode: "dev" | "prod";
  /** Absolute path of the user's file. */
  file: string;
  host: string;
  port: number;
  staticDirs: string[];
  viewTimeout: number;
  headersTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
  maxHeaderSize: number;
  graceTimeout: number;
}

/** Messages from a worker to its primary. */
export type ServerProcessMessage =
  | { type: "loaded"; files: string[]; debug: boolean; problems: string[]; port: number }
  | { type: "load-failed"; files: string[]; text: string; port: number }
  | { type: "listen-failed"; message: string }
  | { type: "heartbeat" };

/**
 * How often a prod worker reports that its event loop still turns, for a given view timeout. The
 * primary kills a worker whose last heartbeat is older than the timeout, so it checks on the same
 * beat: a blocked worker is gone within the timeout plus one heartbeat.
 *
 * @example
 * ```ts
 * heartbeatInterval(30); // 1000: once a second
 * heartbeatInterval(0.5); // 125
 * ```
 */
export function heartbeatInterval(viewTimeoutSeconds: number): number {
  return Math.min(1000, Math.max(50, (viewTimeoutSeconds * 1000) / 4));
}

/** What `startServer` reports once the file is loaded (or failed to). */
export interface Started {
  server: NodeServer | { server: Server; close(grace?: number): Promise<void> };
  app: App | null;
  report: LoadErrorReport | null;
}

/**
 * Loads the file and creates its server (not yet listening). Never throws for a bad file: in
 * "dev" the server then answers with the error page; in "prod" the caller exits.
 *
 * @example
 * ```ts
 * const { server, report } = await startServer(config, console.error);
 * server.server.listen(config.port, config.host);
 * ```
 */
export async function startServer(config: ServerProcessConfig, log: ((line: string) => void) | null): Promise<Started> {
  let app: App;
  try {
    app = await loadApp(config.file);
    await prepareDatabase(app, config.file, config.mode, log ?? ((line) => process.stderr.write(line + "\n")));
  } catch (error) {
    const report = describeLoadError(error);
    const server = createServer((req, res) => {
      res.once("close", () => log?.(requestLogLine(new Date(), req.method!, req.url!, `HTTP/${req.httpVersion}`, 500, null)));
      sendLoadErrorPage(res, report);
    });
    const close = () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return { server: { server, close }, app: null, report };
  }
  const server = createNodeServer(app, {
    staticFiles: StaticFiles.forApp(app, config.staticDirs),
    viewTimeout: config.viewTimeout,
    headersTimeout: config.headersTimeout,
    requestTimeout: config.requestTimeout,
    keepAliveTimeout: config.keepAliveTimeout,
    maxHeaderSize: config.maxHeaderSize,
    log,
  });
  return { server, app, report: null };
}

/**
 * The body of a cluster worker: start, listen, report to the primary, stop on "shutdown" or on
 * SIGTERM/SIGINT. Errors that escape user code (a throwing timer, say) are logged, never fatal.
 */
export async function runServerProcess(config: ServerProcessConfig): Promise<void> {
  const send = (message: ServerProcessMessage) => process.send?.(message);
  process.on("uncaughtException", (error) => console.error("Uncaught exception (the server keeps running):", error));
  process.on("unhandledRejection", (error) => console.error("Unhandled promise rejection (the server keeps running):", error));

  const log = config.mode === "dev" ? (line: string) => process.stderr.write(line + "\n") : null;
  const started = await startServer(config, log);
  if (started.report && config.mode === "prod") {
    // In production a file that does not load is fatal: the primary reports it and stops.
    send({ type: "load-failed", files: [config.file], text: formatForTerminal(started.report), port: 0 });
    process.exit(1);
  }
  const { server, close } = started.server;
  server.on("error", (error: NodeJS.ErrnoException) => {
    send({ type: "listen-failed", message: listenErrorMessage(error, config) });
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const port = (server.address() as { port: number }).port;
    if (started.report) {
      send({ type: "load-failed", files: watchList(config.file), text: formatForTerminal(started.report), port });
    } else if (started.app) {
      let problems: string[];
      try {
        problems = started.app.check();
      } catch (error) {
        problems = [String((error as Error).message)];
      }
      send({ type: "loaded", files: watchList(config.file), debug: started.app.settings.DEBUG, problems, port });
      if (config.mode === "prod" && config.viewTimeout > 0) startHeartbeat(config.viewTimeout);
    }
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    close(config.graceTimeout)
      .then(() => (started.app?.db.attached ? started.app.db.close() : undefined))
      .catch((error) => console.error("Closing the database failed:", error))
      .then(() => process.exit(0));
  };
  process.on("message", (message: { type?: string }) => {
    if (message?.type === "shutdown") stop();
  });
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // A primary that died (kill -9) leaves no one to stop this worker: stop with it.
  if (cluster.isWorker) cluster.worker?.on("disconnect", stop);
}

/**
 * Reports to the primary from this process's event loop. A view that blocks the loop (a CPU-bound
 * loop, a catastrophic regex) stops the beat, which is the only sign the primary can see: the
 * view timeout's own sweep needs the same loop and never fires. This is gunicorn's model.
 */
function startHeartbeat(viewTimeoutSeconds: number): void {
  const beat = setInterval(() => process.send?.({ type: "heartbeat" } satisfies ServerProcessMessage), heartbeatInterval(viewTimeoutSeconds));
  beat.unref();
}

function watchList(file: string): string[] {
  const files = localModules();
  return files.includes(file) ? files : [file, ...files];
}

/** Django's wording for the usual listen failures. */
export function listenErrorMessage(error: NodeJS.ErrnoException, config: { host: string; port: number }): string {
  if (error.code === "EADDRINUSE") return `That port is already in use (${config.host}:${config.port}). Stop the other server or pick another port, e.g. 8001.`;
  if (error.code === "EACCES") return `You don't have permission to listen on port ${config.port}. Use a port above 1023, e.g. 8000.`;
  if (error.code === "EADDRNOTAVAIL") return `The address ${config.host} is not on this machine. Use 127.0.0.1 or 0.0.0.0.`;
  return `Could not listen on ${config.host}:${config.port}: ${error.message}`;
}
