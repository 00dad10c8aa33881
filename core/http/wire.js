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
export function statusAllowsBody(status) {
    return status >= 200 && status !== 204 && status !== 205 && status !== 304;
}
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
export function wireHeaders(response) {
    const status = response.status;
    // 1xx and 204 must not say a length at all (RFC 9110 §8.6); 205 says 0, whatever the view set.
    const dropLength = status < 200 || status === 204 || status === 205;
    const list = [];
    for (const entry of response.headers.rawEntries()) {
        if (dropLength && isLengthHeader(entry[0]))
            continue;
        list.push([entry[0], entry[1]]);
    }
    for (const cookie of response.cookies.values())
        list.push(["Set-Cookie", cookie]);
    if (status === 205)
        list.push(["Content-Length", "0"]);
    else if (response.stream === null && statusAllowsBody(status) && !response.headers.has("content-length")) {
        list.push(["Content-Length", String(response.bodyLength())]);
    }
    return list;
}
function isLengthHeader(name) {
    const lower = name.toLowerCase();
    return lower === "content-length" || lower === "transfer-encoding";
}
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
export function wireBody(response) {
    if (response.isHead || !statusAllowsBody(response.status)) {
        response.stream?.cancel().catch(() => { });
        return null;
    }
    return response.stream ?? response.content ?? "";
}
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
export function toWebResponse(response, onSetCookie) {
    const headers = new Headers();
    for (const [name, value] of wireHeaders(response)) {
        if (onSetCookie !== undefined && name === "Set-Cookie")
            onSetCookie(value);
        else
            headers.append(name, value);
    }
    const body = wireBody(response);
    return new Response((typeof body === "string" ? response.bodyBytes() : body), { status: response.status, headers });
}
