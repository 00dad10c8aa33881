/**
 * The Node HTTP adapter: `http.IncomingMessage` in, `app.handle()`, `http.ServerResponse` out.
 *
 * This is the hot path of `onefile serve`, so it builds no Web `Request` or `Response`: the core
 * reads headers one by one through `header(name)`, the full `Headers` object is built only if a view
 * asks for it, buffered bodies go out with one `writeHead` + `end`, and streamed bodies are piped
 * with backpressure.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { RequestDataTooBig } from "../core/errors.ts";
import type { IncomingRequest } from "../core/http/incoming.ts";
import type { HttpResponse } from "../core/http/response.ts";
import { wireBody, wireHeaders } from "../core/http/wire.ts";

/**
 * Headers for which Node keeps the first value and drops repeats (see http.IncomingMessage.headers).
 * Not Host: two Host headers are joined, as `fetch` joins them, so the host check refuses the
 * request with a 400 (RFC 9112 asks for one) instead of trusting whichever came first.
 */
const SINGLE_VALUED = new Set([
  "content-type", "content-length", "user-agent", "referer", "authorization", "proxy-authorization",
  "if-modified-since", "if-unmodified-since", "from", "location", "max-forwards", "retry-after", "etag",
  "last-modified", "server", "age", "expires",
]);

/**
 * `IncomingRequest` over a Node request. Nothing is copied until the core asks for it.
 *
 * @example
 * ```ts
 * http.createServer(async (req, res) => {
 *   const response = await app.handle(new NodeIncomingRequest(req));
 *   await writeResponse(res, response);
 * });
 * ```
 */
export class NodeIncomingRequest implements IncomingRequest {
  readonly method: string;
  readonly target: string;
  readonly scheme: "http" | "https";
  /** Set when the body was refused for its size, so the connection must not be reused. */
  bodyRefused = false;
  #headers: Headers | undefined;

  constructor(
    readonly req: IncomingMessage,
    scheme: "http" | "https" = "http",
  ) {
    this.method = req.method!;
    this.target = req.url!;
    this.scheme = scheme;
  }

  header(name: string): string | null {
    // Scanning rawHeaders for the one or two names the core asks for (cookie, host) is cheaper
    // than `req.headers`, which Node builds for every header on first access.
    const raw = this.req.rawHeaders;
    let found: string | null = null;
    for (let i = 0; i < raw.length; i += 2) {
      const key = raw[i]!;
      if (key.length !== name.length || key.toLowerCase() !== name) continue;
      if (found === null) found = raw[i + 1]!;
      else if (SINGLE_VALUED.has(name)) break; // as Node does: the first one counts
      else found += (name === "cookie" ? "; " : ", ") + raw[i + 1]!;
    }
    return found;
  }

  headers(): Headers {
    if (this.#headers) return this.#headers;
    const headers = new Headers();
    // rawHeaders keeps repeated headers apart, which `req.headers` would have joined or dropped.
    const raw = this.req.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
    return (this.#headers = headers);
  }

  get hasBody(): boolean {
    const headers = this.req.headers;
    if (headers["transfer-encoding"] !== undefined) return true;
    const length = headers["content-length"];
    return length !== undefined && length !== "0";
  }

  get remoteAddr(): string | undefined {
    return this.req.socket.remoteAddress;
  }

  readBody(limit: number): Promise<Uint8Array> {
    const req = this.req;
    const declared = req.headers["content-length"];
    // Refuse before reading a byte when the client announces too much.
    if (declared !== undefined && Number(declared) > limit) {
      this.bodyRefused = true;
      return Promise.reject(new RequestDataTooBig(limit));
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const cleanup = () => {
        req.off("data", onData);
        req.off("end", onEnd);
        req.off("error", onError);
        req.off("close", onClose);
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          cleanup();
          // Stop reading: the rest is never buffered, and the 413 closes the connection.
          req.pause();
          this.bodyRefused = true;
          reject(new RequestDataTooBig(limit));
          return;
        }
        chunks.push(chunk);
      };
      const onEnd = () => {
        cleanup();
        resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const onClose = () => {
        cleanup();
        reject(new Error("The client closed the connection before sending the whole body."));
      };
      req.on("data", onData);
      req.on("end", onEnd);
      req.on("error", onError);
      req.on("close", onClose);
    });
  }
}

/**
 * Writes a core response to Node by core's wire rules (`core/http/wire.ts`): status and exactly
 * its header list, then the body (none for HEAD, 1xx, 204, 205 and 304). Resolves when the body
 * is handed to the socket or the client has gone away.
 *
 * @example
 * ```ts
 * await writeResponse(res, new HttpResponse("Hello"));
 * ```
 */
export function writeResponse(res: ServerResponse, response: HttpResponse, closeConnection = false): Promise<void> | void {
  if (res.destroyed) {
    // The client left while the view ran; a stream must still be released.
    response.stream?.cancel().catch(() => {});
    return;
  }
  const list = wireHeaders(response);
  if (closeConnection) list.push(["Connection", "close"]);
  // Node's writeHead takes a list of [name, value] pairs as it is (http_outgoing's _storeHeader
  // walks it directly), so the core's list goes out without being copied or flattened. An
  // empty list would be read as the flat form, which is just as valid.
  res.writeHead(response.status, list as unknown as string[]);
  // Text goes out as it is: the header list counted its bytes without encoding, so Node's own
  // write is the only encoding, as in a raw node:http handler.
  const body = wireBody(response);
  if (body === null || typeof body === "string" || body instanceof Uint8Array) {
    res.end(body ?? undefined);
    return;
  }
  return pipeStream(body, res);
}

/**
 * Copies a Web stream to the socket, waiting for `drain` when the socket's buffer is full, and
 * cancels the stream (so the view's generator stops) when the client disconnects.
 */
async function pipeStream(stream: ReadableStream<Uint8Array>, res: ServerResponse): Promise<void> {
  const reader = stream.getReader();
  let closed = false;
  let wake: (() => void) | null = null;
  const onClose = () => {
    closed = true;
    reader.cancel().catch(() => {});
    wake?.();
  };
  const onDrain = () => wake?.();
  res.on("close", onClose);
  res.on("drain", onDrain);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done || closed) break;
      if (!res.write(value)) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        if (closed) break;
      }
    }
    if (!closed) res.end();
  } catch (error) {
    // The view's stream failed midway: the status is already sent, so the only honest signal
    // left is to cut the connection (the client sees a truncated body, not a complete one).
    console.error("Streamed response failed:", error);
    res.destroy();
  } finally {
    res.off("close", onClose);
    res.off("drain", onDrain);
  }
}
