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
