/**
 * The `(req, res)` function a Node server calls: static files first, then the app, with an
 * optional time limit for views and an optional Django-style request log.
 *
 * This is the per-request hot path of `onefile serve`, so it creates no closures per request
 * (tsx compiles with esbuild's keepNames, which makes every closure creation a defineProperty
 * call), and the view time limit is one shared sweep rather than a timer per request.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { App } from "../core/app.ts";
import type { HttpResponse } from "../core/http/response.ts";
import { NodeIncomingRequest, writeResponse } from "./adapter.ts";
import { requestLogLine } from "./log.ts";
import type { StaticFiles } from "./static.ts";

/** Options of `createListener`. */
export interface ListenerOptions {
  /** Milliseconds a view may take before the client gets a 503; 0 for no limit. */
  viewTimeoutMs?: number;
  staticFiles?: StaticFiles | null;
  /** Called with one Django-format line per finished request (runserver); none in serve. */
  log?: ((line: string) => void) | null;
  /** Read by each response: true once a graceful stop began, so connections are not kept. */
  isClosing?: () => boolean;
}

/** A request listener plus `stop()`, which ends its background sweep. */
export type Listener = ((req: IncomingMessage, res: ServerResponse) => void) & { stop(): void };

const TIMEOUT_BODY = "503 Service Unavailable: the server took too long to answer this request.\n";
const ERROR_BODY = "500 Internal Server Error\n";

/** One request in flight: what the listener needs to finish it. */
class Exchange extends NodeIncomingRequest {
  timedOut = false;
  /** Sweep tick at which the view's time is up. */
  deadline = 0;
  /** Length of the app's buffered body, for the request log. */
  bodyLength: number | null = null;

  constructor(
    req: IncomingMessage,
    readonly res: ServerResponse,
    readonly listener: ListenerState,
  ) {
    super(req);
  }
}

interface ListenerState {
  app: App;
  inFlight: Set<Exchange> | null;
  tick: number;
  ticksPerTimeout: number;
  timeoutMs: number;
  logging: boolean;
  isClosing: () => boolean;
}

/**
 * Builds the request listener for `http.createServer`.
 *
 * @example
 * ```ts
 * const listener = createListener(app, { viewTimeoutMs: 30_000 });
 * const server = http.createServer(listener);
 * server.on("close", () => listener.stop());
 * ```
 */
export function createListener(app: App, options: ListenerOptions = {}): Listener {
  const timeoutMs = options.viewTimeoutMs ?? 0;
  const staticFiles = options.staticFiles ?? null;
  const log = options.log ?? null;
  const state: ListenerState = {
    app,
    inFlight: timeoutMs > 0 ? new Set() : null,
    tick: 0,
    // The sweep runs ten times per limit (at most once a second), so a view gets its 503
    // between 1.0× and 1.1× the limit.
    ticksPerTimeout: 10,
    timeoutMs,
    logging: log !== null,
    isClosing: options.isClosing ?? (() => false),
  };
  let sweep: NodeJS.Timeout | null = null;
  if (state.inFlight) {
    const every = Math.min(1000, timeoutMs / 10);
    state.ticksPerTimeout = Math.ceil(timeoutMs / every);
    sweep = setInterval(sweepExpired, every, state);
    sweep.unref();
  }

  const listener = function onRequest(req: IncomingMessage, res: ServerResponse): void {
    const exchange = new Exchange(req, res, state);
    if (log) logWhenFinished(exchange, log);
    if (staticFiles !== null && staticFiles.matches(req.url!)) {
      serveStaticOrApp(staticFiles, exchange);
      return;
    }
    handle(exchange);
  };
  return Object.assign(listener, { stop: () => sweep && clearInterval(sweep) });
}

async function serveStaticOrApp(staticFiles: StaticFiles, exchange: Exchange): Promise<void> {
  try {
    if (await staticFiles.serve(exchange.req, exchange.res)) return;
  } catch (error) {
    fail(exchange.res, error);
    return;
  }
  handle(exchange);
}

async function handle(exchange: Exchange): Promise<void> {
  const state = exchange.listener;
  const inFlight = state.inFlight;
  if (inFlight !== null) {
    exchange.deadline = state.tick + state.ticksPerTimeout;
    inFlight.add(exchange);
  }
  let response: HttpResponse;
  try {
    response = await state.app.handle(exchange);
  } catch (error) {
    // app.handle never throws by contract; this is the last guard, and it shows no stack.
    inFlight?.delete(exchange);
    if (!exchange.timedOut) fail(exchange.res, error);
    return;
  }
  if (inFlight !== null) {
    inFlight.delete(exchange);
    if (exchange.timedOut) {
      response.stream?.cancel().catch(ignore);
      return;
    }
  }
  if (state.logging && response.stream === null && !response.isHead) exchange.bodyLength = response.bodyLength();
  writeResponse(exchange.res, response, exchange.bodyRefused || state.isClosing());
}

/**
 * Answers 503 for every view past its limit. The view keeps running (JavaScript cannot stop
 * it) but its client gets an answer and the connection is free for the next request.
 */
function sweepExpired(state: ListenerState): void {
  const now = ++state.tick;
  for (const exchange of state.inFlight!) {
    if (exchange.deadline > now) continue;
    state.inFlight!.delete(exchange);
    exchange.timedOut = true;
    const { req, res } = exchange;
    console.error(`View for ${req.method} ${req.url} did not answer within ${state.timeoutMs / 1000} s; sent 503.`);
    if (!res.headersSent && !res.destroyed) {
      res.statusCode = 503;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.setHeader("Content-Length", TIMEOUT_BODY.length);
      res.setHeader("Retry-After", "5");
      res.end(TIMEOUT_BODY);
    }
  }
}

function fail(res: ServerResponse, error: unknown): void {
  console.error("Internal error in the onefile host:", error);
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  res.statusCode = 500;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Content-Length", ERROR_BODY.length);
  res.setHeader("Connection", "close");
  res.end(ERROR_BODY);
}

function ignore(): void {}

function logWhenFinished(exchange: Exchange, log: (line: string) => void): void {
  const { req, res } = exchange;
  res.once("close", () => {
    const header = res.getHeader("content-length");
    const length = header === undefined ? exchange.bodyLength : Number(header);
    log(requestLogLine(new Date(), req.method!, req.url!, `HTTP/${req.httpVersion}`, res.statusCode, length));
  });
}
