import { RequestDataTooBig } from "../errors.js";
/**
 * Adapts a Web `Request` for `app.handle`.
 *
 * @example
 * ```ts
 * const response = await app.handle(fromWebRequest(new Request("http://localhost/hello/")));
 * ```
 */
export function fromWebRequest(request) {
    const url = request.url;
    const schemeEnd = url.indexOf("://");
    const pathStart = url.indexOf("/", schemeEnd + 3);
    let target = pathStart === -1 ? "/" : url.slice(pathStart);
    const hash = target.indexOf("#");
    if (hash !== -1)
        target = target.slice(0, hash);
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
async function readLimited(request, limit) {
    const declared = Number(request.headers.get("content-length") ?? NaN);
    if (declared > limit) {
        await request.body?.cancel().catch(() => { });
        throw new RequestDataTooBig(limit);
    }
    if (!request.body)
        return new Uint8Array(0);
    const reader = request.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { value, done } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > limit) {
            await reader.cancel().catch(() => { });
            throw new RequestDataTooBig(limit);
        }
        chunks.push(value);
    }
    return concatBytes(chunks, size);
}
/** Joins chunks into one array (no copy when there is only one). */
export function concatBytes(chunks, size) {
    if (chunks.length === 1)
        return chunks[0];
    const out = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.byteLength;
    }
    return out;
}
