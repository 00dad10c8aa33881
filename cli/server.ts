/**
 * The Node HTTP server both commands run: limits and timeouts set, protocol errors answered with a
 * short plain response (never a stack), and a graceful stop that lets in-flight requests finish.
 */
import { createServer, STATUS_CODES, type Server } from "node:http";
import type { Socket } from "node:net";
import type { App } from "../core/app.ts";
import { createListener } from "./listener.ts";
import type { StaticFiles } from "./static.ts";


/** Options of `createNodeServer`; times in seconds. */
export interface ServerOptions {
  staticFiles?: StaticFiles | null;
  /** Seconds a view may take before a 503; 0 disables the limit (runserver). */
  viewTimeout?: number;
  headersTimeout?: number;
  requestTimeout?: number;
  keepAliveTimeout?: number;
  maxHeaderSize?: number;
  log?: ((line: string) => void) | null;
}

/** A server plus its graceful stop. */
export interface NodeServer {
  server: Server;
  /**
   * Stops accepting connections, closes idle keep-alive connections, lets in-flight requests
   * finish (their connections close after the response) and resolves when all are closed or,
   * at the latest, after `graceSeconds` (remaining connections are then cut).
   */
  close(graceSeconds?: number): Promise<void>;
}

/**
 * Creates (but does not start) the HTTP server for an app.
 *
 * @example
 * ```ts
 * const { server, close } = createNodeServer(app, { viewTimeout: 30 });
 * server.listen(8000, "127.0.0.1");
 * process.on("SIGTERM", () => close(30).then(() => process.exit(0)));
 * ```
 */
export function createNodeServer(app: App, options: ServerOptions = {}): NodeServer {
  let closing = false;
  const headersTimeout = (options.headersTimeout ?? 10) * 1000;
  const requestTimeout = (options.requestTimeout ?? 60) * 1000;
  const listener = createListener(app, {
    viewTimeoutMs: (options.viewTimeout ?? 0) * 1000,
    staticFiles: options.staticFiles ?? null,
    log: options.log ?? null,
    isClosing: () => closing,
  });
  const server = createServer(
    {
      maxHeaderSize: options.maxHeaderSize ?? 16384,
      headersTimeout,
      requestTimeout: Math.max(requestTimeout, headersTimeout),
      // Node checks the two timeouts above on this interval (30 s by default), so a short limit
      // needs a short interval to be enforced on time.
      connectionsCheckingInterval: Math.min(1000, Math.max(100, headersTimeout / 4)),
      keepAlive: true,
      noDelay: true,
    },
    listener,
  );
  server.on("close", () => listener.stop());
  // A client that asks before sending a body ("Expect: 100-continue", as curl does for large
  // uploads) hears "no" at once when the announced body is over the limit, instead of "go on":
  // the app answers without the body (413, or 400 first for a Host it refuses), and the
  // connection closes, since the client may still send the body it announced.
  server.on("checkContinue", (req, res) => {
    const declared = Number(req.headers["content-length"] ?? NaN);
    if (declared > (app.settings.DATA_UPLOAD_MAX_MEMORY_SIZE ?? Infinity)) res.shouldKeepAlive = false;
    else res.writeContinue();
    listener(req, res);
  });
  server.keepAliveTimeout = (options.keepAliveTimeout ?? 5) * 1000;
  server.on("clientError", onClientError);

  const close = (graceSeconds = 30): Promise<void> => {
    closing = true;
    return new Promise((resolve) => {
      const force = setTimeout(() => {
        server.closeAllConnections();
        resolve();
      }, graceSeconds * 1000);
      force.unref();
      // Keep-alive connections that finish a request during the grace period become idle;
      // closing idle ones on a short beat ends them without cutting any response.
      const beat = setInterval(() => server.closeIdleConnections(), 50);
      beat.unref();
      server.close(() => {
        clearTimeout(force);
        clearInterval(beat);
        resolve();
      });
      server.closeIdleConnections();
    });
  };
  return { server, close };
}

/**
 * Answers bytes that are not a valid HTTP request (bad request line, bad header, head too large,
 * too slow) with 400/431/408 and closes that connection. Node's default does much the same; this
 * one adds a body that says what went wrong, and never writes into a response already under way.
 */
function onClientError(error: Error & { code?: string }, socket: Socket): void {
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const status =
    error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const body = `${status} ${STATUS_CODES[status]}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
  );
}
