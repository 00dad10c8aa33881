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
    readonly testClient?: {
        enforceCsrfChecks: boolean;
    };
}
/**
 * Adapts a Web `Request` for `app.handle`.
 *
 * @example
 * ```ts
 * const response = await app.handle(fromWebRequest(new Request("http://localhost/hello/")));
 * ```
 */
export declare function fromWebRequest(request: Request): IncomingRequest;
/** Joins chunks into one array (no copy when there is only one). */
export declare function concatBytes(chunks: Uint8Array[], size: number): Uint8Array;
