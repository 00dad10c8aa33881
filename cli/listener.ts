/**
 * The `(req, res)` function a Node server calls: static files first, then the app, with an
 * optional time limit for views and an optional Django-style request log.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { App } from "../core/app.ts";
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

const TIMEOUT_BODY = "503 Service Unavailable: the server took too long to answer this request.\n";
const ERROR_BODY = "500 Internal Server Error\n";

/**
 * Builds the request listener for `http.createServer`.
 *
 * @example
 * ```ts
 * const server = http.createServer(createListener(app, { viewTimeoutMs: 30_000 }));
 * ```
 */
export function createListener(app: App, options: ListenerOptions = {}) {
  const timeoutMs = options.viewTimeoutMs ?? 0;
  const staticFiles = options.staticFiles ?? null;
  const log = options.log ?? null;
  const isClosing = options.isClosing ?? (() => false);

  return function onRequest(req: IncomingMessage, res: ServerResponse): void {
    // Only runserver logs; the length of an app response is known once it arrives.
    let bodyLength: number | null = null;
    if (log) logWhenFinished(req, res, log, () => bodyLength);
    if (staticFiles !== null && staticFiles.matches(req.url!)) {
      staticFiles.serve(req, res).then(
        (served) => (served ? undefined : handle()),
        (error) => fail(res, error),
      );
      return;
    }
    handle();

    function handle(): void {
      const incoming = new NodeIncomingRequest(req);
      let pending = app.handle(incoming);
      if (log) {
        pending = pending.then((response) => {
          if (response.stream === null && !response.isHead) bodyLength = response.bodyBytes().length;
          return response;
        });
      }
      if (timeoutMs <= 0) {
        pending.then(
          (response) => writeResponse(res, response, incoming.bodyRefused || isClosing()),
          (error) => fail(res, error),
        );
        return;
      }
      // A view that never settles keeps running (JavaScript cannot stop it), but its client
      // gets a 503 at the limit and the connection is free for the next request.
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        console.error(`View for ${req.method} ${req.url} did not answer within ${timeoutMs / 1000} s; sent 503.`);
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": TIMEOUT_BODY.length, "Retry-After": "5" });
          res.end(TIMEOUT_BODY);
        }
      }, timeoutMs);
      pending.then(
        (response) => {
          clearTimeout(timer);
          if (timedOut) response.stream?.cancel().catch(() => {});
          else return writeResponse(res, response, incoming.bodyRefused || isClosing());
        },
        (error) => {
          clearTimeout(timer);
          if (!timedOut) fail(res, error);
        },
      );
    }
  };
}

/** `app.handle` never throws by contract; this is the last guard, and it shows no stack. */
function fail(res: ServerResponse, error: unknown): void {
  console.error("Internal error in the onefile host:", error);
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": ERROR_BODY.length, Connection: "close" });
  res.end(ERROR_BODY);
}

function logWhenFinished(req: IncomingMessage, res: ServerResponse, log: (line: string) => void, appLength: () => number | null): void {
  res.once("close", () => {
    const header = res.getHeader("content-length");
    const length = header === undefined ? appLength() : Number(header);
    log(requestLogLine(new Date(), req.method!, req.url!, `HTTP/${req.httpVersion}`, res.statusCode, length));
  });
}
