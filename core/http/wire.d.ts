/**
 * How a response goes on the wire, decided once for every host: `app.fetch` (a Web `Response`),
 * the Node adapter (`cli/adapter.ts`), the sandbox's service worker (`worker/answer.ts`) and the
 * test client all send what these functions say.
 *
 * - Statuses 1xx, 204, 205 and 304 never carry a body (RFC 9110 §6.4.1); neither does the
 *   answer to HEAD, which still says the `Content-Length` a GET would get.
 * - Each cookie is its own `Set-Cookie` header.
 * - A buffered body gets `Content-Length`; a streamed one does not (the host chunks it).
 *
 * The `SCRIPT_NAME` prefix of a root-relative `Location` is not a wire concern: the pipeline adds
 * it once, so every host and the test client see the same final `Location`.
 */
/** What the wire needs from a response; `HttpResponse` is one. */
export interface OutgoingResponse {
    readonly status: number;
    /** True when answering HEAD: headers only. */
    readonly isHead: boolean;
    readonly headers: {
        rawEntries(): Iterable<[string, string]>;
        has(name: string): boolean;
    };
    /** One serialised `Set-Cookie` value per cookie. */
    readonly cookies: {
        values(): Iterable<string>;
    };
    /** The buffered body, or null for a streamed one. */
    readonly content: string | Uint8Array | null;
    readonly stream: ReadableStream<Uint8Array> | null;
    /** Size of the buffered body in bytes. */
    bodyLength(): number;
    /** The buffered body as bytes. */
    bodyBytes(): Uint8Array;
}
/**
 * True when a response with `status` may carry a body: false for 1xx, 204 No Content, 205 Reset
 * Content and 304 Not Modified.
 *
 * @example
 * ```ts
 * statusAllowsBody(200); // true
 * statusAllowsBody(205); // false
 * ```
 */
export declare function statusAllowsBody(status: number): boolean;
/**
 * Every header to send, in wire spelling: the response's headers, one `Set-Cookie` per cookie,
 * and `Content-Length` for a buffered body (`0` for 205, none for 1xx, 204 and 304, where a
 * length would be a protocol error or a lie).
 *
 * @example
 * ```ts
 * wireHeaders(new HttpResponse("hi")); // [["Content-Type", "text/html; charset=utf-8"], ["Content-Length", "2"]]
 * ```
 */
export declare function wireHeaders(response: OutgoingResponse): [string, string][];
/**
 * The body to send: text or bytes for a buffered body, the stream for a streamed one, or null
 * when none may be sent (HEAD, or a status without a body). A stream that will not be sent is
 * cancelled, so the view's generator stops.
 *
 * @example
 * ```ts
 * const body = wireBody(response); // null for HEAD
 * ```
 */
export declare function wireBody(response: OutgoingResponse): string | Uint8Array | ReadableStream<Uint8Array> | null;
/**
 * The response as a Web `Response`, for `app.fetch`, the service worker and the test client.
 * With `onSetCookie`, `Set-Cookie` values go to it instead of into the headers (the sandbox keeps
 * cookies in its own jar, since a browser drops `Set-Cookie` from a constructed response).
 *
 * A status a Web `Response` cannot hold (outside 200–599) never gets here: the pipeline turns it
 * into a 500 that names the view.
 *
 * @example
 * ```ts
 * const web = toWebResponse(await app.handle(incoming));
 * ```
 */
export declare function toWebResponse(response: OutgoingResponse, onSetCookie?: (value: string) => void): Response;
