import { RequestDataTooBig } from "../errors.ts";

/**
 * The raw request as a host hands it to the pipeline (`app.handle`).
 *
 * `app.fetch(request)` adapts a Web `Request` with `fromWebRequest`; the Node host adapts
 * `http.IncomingMessage` directly, so a request never pays for a Web `Request` copy it
 * does not need. Everything here is lazy: headers and body are read only when asked for.
 */
export interface IncomingRequest {
  /** Upper-case method, e.g. "GET". */
  readonly method: string;
  /** The request target: path plus optional "?query", e.g. "/blog/7/?page=2". */
  readonly target: string;
  readonly scheme: "http" | "https";
  /** One header by lower-case name (repeated headers comma-joined), or null. */
  header(name: string): string | null;
  /** All headers, built on demand. */
  headers(): Headers;
  /** True when the request carries a body (Content-Length > 0 or Transfer-Encoding). */
  readonly hasBody: boolean;
  /**
   * Reads the whole body. Rejects with `RequestDataTooBig` as soon as more than `limit`
   * bytes arrive (or Content-Length says so), without buffering the rest.
   */
  readBody(limit: number): Promise<Uint8Array>;
  /** The client's address, when the host knows it. */
  readonly remoteAddr?: string;
  /**
   * Set by the test `Client`: its "testserver" Host passes `ALLOWED_HOSTS`, and CSRF checks are
   * skipped unless `enforceCsrfChecks`, as Django's test client does.
   */
  readonly testClient?: { enforceCsrfChecks: boolean };
}

/**
 * Adapts a Web `Request` for `app.handle`.
 *
 * @example
 * ```ts
 * const response = await app.handle(fromWebRequest(new Request("http://localhost/hello/")));
 * ```
 */
export function fromWebRequest(request: Request): IncomingRequest {
  const url = request.url;
  const schemeEnd = url.indexOf("://");
  const pathStart = url.indexOf("/", schemeEnd + 3);
  let target = pathStart === -1 ? "/" : url.slice(pathStart);
  const hash = target.indexOf("#");
  if (hash !== -1) target = target.slice(0, hash);
  // A Web Request carries its host in the URL, not in a Host header.
  const authority = url.slice(schemeEnd + 3, pathStart === -1 ? undefined : pathStart);
  return {
    method: request.method.toUpperCase(),
    target,
    scheme: url.startsWith("https:") ? "https" : "http",
    header: (name) => request.headers.get(name) ?? (name === "host" ? authority : null),
    headers: () => request.headers,
    hasBody: request.body !== null,
    readBody: (limit) => readLimited(request, limit),
  };
}

/** Reads a Web body stream up to `limit` bytes, cancelling it as soon as the limit is passed. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) {
    await request.body?.cancel().catch(() => {});
    throw new RequestDataTooBig(limit);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new RequestDataTooBig(limit);
    }
    chunks.push(value);
  }
  return concatBytes(chunks, size);
}

/** Joins chunks into one array (no copy when there is only one). */
export function concatBytes(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
