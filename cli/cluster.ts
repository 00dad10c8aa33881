/**
 * `onefile serve`: the production server. A `node:cluster` primary keeps N workers (one per core by
 * default) behind one port, replaces any that dies or stops sending its heartbeat, and on
 * SIGTERM/SIGINT lets every worker finish its in-flight requests before exiting.
 */
import cluster, { type Worker } from "node:cluster";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { ParsedArgs } from "./args.ts";
import { displayPath, resolveAppFile } from "./load.ts";
import { heartbeatInterval, type ServerProcessConfig, type ServerProcessMessage } from "./server-process.ts";

const BIN = fileURLToPath(new URL("./bin.js", import.meta.url));
/** A worker that dies sooner than this after starting is replaced only after a pause. */
const CRASH_WINDOW_MS = 1000;

/**
 * Runs the cluster until a signal stops it; resolves with the exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await serve(parseCommandLine(["serve", "app.ts", "0.0.0.0:8000", "-w", "4"]));
 * ```
 */
export async function serve(args: ParsedArgs): Promise<number> {
  const file = resolveAppFile(args.file);
  const workers = args.workers ?? availableParallelism();
  const config: ServerProcessConfig = {
    mode: "prod",
    file,
    host: args.address.host,
    port: args.address.port,
    staticDirs: args.staticDirs,
    viewTimeout: args.timeout,
    headersTimeout: args.headersTimeout,
    requestTimeout: args.requestTimeout,
    keepAliveTimeout: args.keepAliveTimeout,
    maxHeaderSize: args.maxHeaderSize,
    graceTimeout: args.graceTimeout,
  };
  // Workers accept connections themselves from the shared socket (gunicorn's model) instead of
  // the primary handing each one over in turn: a worker whose event loop is blocked then takes no
  // new connections, which wait for a free or replacement worker. Handed over round-robin, they
  // would be queued to the blocked worker and lost with it.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  cluster.setupPrimary({ exec: BIN, args: [] });

  return new Promise((resolve) => {
    let stopping = false;
    let ready = 0;
    let warnedDebug = false;
    const startedAt = new Map<Worker, number>();
    const readyWorkers = new WeakSet<Worker>();
    /** When each loaded worker last reported from its event loop. */
    const lastBeat = new Map<Worker, number>();
    const killedAsStale = new WeakSet<Worker>();
    /** Stale workers left alive until a replacement listens, because they alone held the port. */
    const killWhenReplaced = new Set<Worker>();
    const replacedEarly = new WeakSet<Worker>();

    const fork = () => {
      const worker = cluster.fork({ ONEFILE_SERVER_PROCESS: JSON.stringify(config) });
      startedAt.set(worker, Date.now());
      worker.on("message", (message: ServerProcessMessage) => onMessage(worker, message));
      worker.on("exit", (code, signal) => onExit(worker, code, signal));
    };

    const onMessage = (worker: Worker, message: ServerProcessMessage) => {
      if (message.type === "load-failed") {
        console.error(`\n${message.text}\n\nonefile serve: ${displayPath(file)} failed to load; stopping.`);
        stop(1);
      } else if (message.type === "listen-failed") {
        console.error(`Error: ${message.message}`);
        stop(1);
      } else if (message.type === "heartbeat") {
        lastBeat.set(worker, Date.now());
      } else if (message.type === "loaded") {
        readyWorkers.add(worker);
        lastBeat.set(worker, Date.now());
        for (const stale of killWhenReplaced) stale.process.kill("SIGKILL");
        killWhenReplaced.clear();
        if (message.debug && !warnedDebug) {
          warnedDebug = true;
          console.error("Warning: DEBUG is true in this file: error pages show tracebacks and settings. Set DEBUG: false in production.");
        }
        if (++ready === workers) {
          const host = config.host.includes(":") ? `[${config.host}]` : config.host;
          console.error(`onefile serve: ${displayPath(file)} at http://${host}:${message.port}/ (${workers} worker${workers === 1 ? "" : "s"}, primary pid ${process.pid})`);
        }
      }
    };

    const onExit = (worker: Worker, code: number | null, signal: string | null) => {
      const lived = Date.now() - (startedAt.get(worker) ?? 0);
      startedAt.delete(worker);
      lastBeat.delete(worker);
      if (stopping) {
        if (Object.keys(cluster.workers ?? {}).length === 0) finish();
        return;
      }
      if (!readyWorkers.has(worker)) return; // a startup failure; onMessage has stopped everything
      // A worker killed for a missed heartbeat was already reported when it was killed.
      if (!killedAsStale.has(worker)) console.error(`Worker ${worker.process.pid} died (${signal ?? `code ${code}`}); starting a new one.`);
      if (replacedEarly.has(worker)) return;
      // A worker that crashes at once would crash again at once: do not spin.
      setTimeout(fork, lived < CRASH_WINDOW_MS ? CRASH_WINDOW_MS : 0);
    };

    let exitCode = 0;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      process.off("SIGTERM", onSignal);
      process.off("SIGINT", onSignal);
      if (watchdog) clearInterval(watchdog);
      resolve(exitCode);
    };

    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
      if (alive.length === 0) return finish();
      for (const worker of alive) {
        if (worker.isConnected()) worker.send({ type: "shutdown" });
        else worker.kill("SIGTERM");
      }
      // Workers stop by themselves within the grace period; this is the backstop.
      setTimeout(() => {
        for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGKILL");
        finish();
      }, (config.graceTimeout + 2) * 1000).unref();
    };

    const onSignal = (signal: NodeJS.Signals) => {
      if (!stopping) console.error(`onefile serve: ${signal}, finishing in-flight requests (up to ${config.graceTimeout} s).`);
      stop(0);
    };
    /**
     * Kills every worker whose event loop has not reported for longer than the view timeout: a
     * view is blocking it, so neither its requests nor new ones will ever be answered. Its exit
     * starts a replacement. Workers stopping gracefully have their own backstop.
     *
     * The listening socket is closed when its last worker goes, which resets the connections
     * waiting in the kernel's queue. So the last worker holding the port gets its replacement
     * first and is killed as soon as that one listens.
     */
    const killStaleWorkers = () => {
      if (stopping) return;
      const now = Date.now();
      for (const [worker, beat] of lastBeat) {
        const silent = now - beat;
        if (silent <= config.viewTimeout * 1000 || killedAsStale.has(worker)) continue;
        killedAsStale.add(worker);
        const holders = Object.values(cluster.workers ?? {}).filter((w) => w && readyWorkers.has(w) && !killedAsStale.has(w) && !w.isDead());
        const last = holders.length === 0;
        console.error(
          `Worker ${worker.process.pid} sent no heartbeat for ${(silent / 1000).toFixed(1)} s (over --timeout ${config.viewTimeout} s): ` +
            "a view is blocking its event loop (CPU-bound code or a loop that never yields). " +
            (last ? "Starting a new one; killing it once the new one listens." : "Killed it; starting a new one."),
        );
        if (last) {
          replacedEarly.add(worker);
          killWhenReplaced.add(worker);
          fork();
        } else {
          worker.process.kill("SIGKILL");
        }
      }
    };
    const watchdog = config.viewTimeout > 0 ? setInterval(killStaleWorkers, heartbeatInterval(config.viewTimeout)) : null;

    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);
    for (let i = 0; i < workers; i++) fork();
  });
}
