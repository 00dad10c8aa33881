/**
 * The `(req, res)` function a Node server calls: static files first, then the app, with an
 * optional time limit for views and an optional Django-style request log.
 *
 * This is the per-request hot path of `onefile serve`, so it creates no closures per request
 * (tsx compiles with esbuild's keepNames, which makes every closure creation a defineProperty
 * call), and the view time limit is one shared sweep rather than a timer per request.
 *
 * The time limit is the app's: while the app waits for the client to send the body, the clock is
 * stopped (Node's `requestTimeout` bounds a slow upload, with a 408), and it starts again in full
 * once the body is in. A request gets exactly one response: a response sent before the client
 * finished sending closes the connection, so no later error can answer the same request again.
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
  /** True while the app waits for the request body; the sweep skips the exchange meanwhile. */
  uploading = false;
  /** Length of the app's buffered body, for the request log. */
  bodyLength: number | null = null;

  constructor(
    req: IncomingMessage,
    readonly res: ServerResponse,
    readonly listener: ListenerState,
  ) {
    super(req);
  }

  override async readBody(limit: number): Promise<Uint8Array> {
    this.uploading = true;
    try {
      return await super.readBody(limit);
    } finally {
      this.uploading = false;
      this.startClock();
    }
  }

  /**
   * Gives the app its whole time limit from now. The current sweep tick is partly gone, so one
   * more tick is added: a view gets its 503 between 1.0× and 1.1× the limit, never sooner.
   */
  startClock(): void {
    this.deadline = this.listener.tick + this.listener.ticksPerTimeout + 1;
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
    exchange.startClock();
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
  const close = exchange.bodyRefused || state.isClosing() || !exchange.req.complete;
  try {
    writeResponse(exchange.res, response, close);
  } catch (error) {
    // Node refuses a header it cannot send (a value outside Latin-1, a control character) before
    // writing a byte, so the client can still get a 500 instead of a connection left hanging.
    response.stream?.cancel().catch(ignore);
    fail(exchange.res, error);
  }
}

/**
 * Answers 503 for every view past its limit. The view keeps running (JavaScript cannot stop
 * it) but its client gets an answer and the connection is free for the next request.
 */
function sweepExpired(state: ListenerState): void {
  const now = ++state.tick;
  for (const exchange of state.inFlight!) {
    if (exchange.uploading || exchange.deadline > now) continue;
    state.inFlight!.delete(exchange);
    exchange.timedOut = true;
    const { req, res } = exchange;
    console.error(`View for ${req.method} ${req.url} did not answer within ${state.timeoutMs / 1000} s; sent 503.`);
    if (!res.headersSent && !res.destroyed) {
      res.statusCode = 503;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.setHeader("Content-Length", TIMEOUT_BODY.length);
      res.setHeader("Retry-After", "5");
      // The rest of an unread body would otherwise be read as the next request's bytes, or
      // time out into a second answer (408) to this same request.
      if (!req.complete) res.setHeader("Connection", "close");
      res.end(TIMEOUT_BODY);
    }
  }
}

function fail(res: ServerResponse, error: unknown): void {
  const code = (error as { code?: string } | null)?.code;
  if (code === "ERR_INVALID_CHAR" || code === "ERR_INVALID_HTTP_TOKEN") {
    console.error(
      `The view's response has a header HTTP cannot carry (${(error as Error).message}); sent 500 instead. ` +
        "Header values are Latin-1: percent-encode a URL, and give a file name as filename*=UTF-8''… (RFC 6266).",
    );
  } else {
    console.error("Internal error in the onefile host:", error);
  }
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
