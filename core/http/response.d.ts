import { ResponseHeaders, type ResponseHeadersInit } from "./headers.ts";
import { type CookieOptions } from "./cookies.ts";
/** What a response body may be: text, bytes, or a stream for `StreamingHttpResponse`. */
export type ResponseContent = string | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | null | undefined;
/** Options of `new HttpResponse(content, options)`. */
export interface ResponseInit {
    status?: number;
    headers?: ResponseHeadersInit;
    /** Sets `Content-Type`; defaults to `text/html; charset=utf-8` as in Django. */
    contentType?: string;
}
/**
 * The response a view returns: Django's HttpResponse with Web-style spelling.
 * `status` and `headers` stay mutable until the response is sent, so middleware can change them.
 *
 * @example
 * ```ts
 * const response = new HttpResponse("<h1>Hi</h1>", { status: 201 });
 * response.headers.set("Cache-Control", "no-store");
 * response.setCookie("theme", "dark", { maxAge: 3600, sameSite: "Lax" });
 * return response;
 * ```
 */
export declare class HttpResponse {
    #private;
    status: number;
    readonly headers: ResponseHeaders;
    /** `Set-Cookie` values by cookie name, so setting a cookie twice keeps the last one. */
    readonly cookies: Map<string, string>;
    /** The buffered body, or `null` for a streamed one. */
    content: string | Uint8Array | null;
    /** The streamed body, for `StreamingHttpResponse` and wrapped Web responses. */
    stream: ReadableStream<Uint8Array> | null;
    /** Set by the pipeline for HEAD requests: hosts send the headers and no body. */
    isHead: boolean;
    /** Set by `render()`: what the test client exposes as `response.context` and `response.templates`. */
    renderInfo?: {
        context: Record<string, unknown>;
        templates: string[];
    };
    constructor(content?: ResponseContent, init?: ResponseInit);
    /** True when the body is a stream rather than buffered content. */
    get streaming(): boolean;
    /** The buffered body as bytes (encoded once, then cached). */
    bodyBytes(): Uint8Array;
    /**
     * The buffered body's size in bytes. For text it is counted, not encoded: a host that
     * writes the string itself (Node's `res.end(string)`) then encodes it only once.
     */
    bodyLength(): number;
    /** The buffered body as text. */
    get text(): string;
    /** Sets a cookie; every attribute of Django's `set_cookie`, `SameSite` included. */
    setCookie(name: string, value: string, options?: CookieOptions): void;
    /**
     * Sets a cookie whose value is signed with the app's SECRET_KEY (and the time), as Django's
     * `set_signed_cookie`; read it back with `request.getSignedCookie`. The value is readable by
     * the client but cannot be changed unnoticed. It is signed when the response leaves the app,
     * which knows the key.
     *
     * @example
     * ```ts
     * response.setSignedCookie("cart", "1,2,3", { salt: "cart", maxAge: 3600 });
     * ```
     */
    setSignedCookie(name: string, value: string, options?: CookieOptions & {
        salt?: string;
    }): void;
    /** True while a cookie set with `setSignedCookie` waits for its signature. */
    get hasUnsignedCookies(): boolean;
    /** Signs the cookies of `setSignedCookie` with `secretKey` (the pipeline's last step does it). */
    signCookies(secretKey: string): void;
    /** Tells the client to drop a cookie (an empty value that expired in 1970). */
    deleteCookie(name: string, options?: Pick<CookieOptions, "path" | "domain" | "sameSite" | "secure">): void;
    /** True when this status never has a body (1xx, 204, 205, 304); see `http/wire.ts`. */
    get bodyless(): boolean;
    /**
     * Every header to send, in wire spelling: the headers, one `Set-Cookie` per cookie, and
     * `Content-Length` for buffered bodies. Hosts write exactly this list (`wireHeaders`).
     */
    headerList(): [string, string][];
    /** Converts to a Web `Response` by the rules of `http/wire.ts` (what `app.fetch` returns). */
    toResponse(): Response;
    /**
     * Wraps a Web `Response` returned by a view so middleware can treat it like any other.
     * The body is passed through as a stream, never read.
     */
    static fromResponse(response: Response): HttpResponse;
}
/**
 * A response whose body is produced over time: a `ReadableStream`, or an async iterable
 * of strings or bytes (converted to a stream).
 *
 * @example
 * ```ts
 * async function* ticks() { for (let i = 0; i < 3; i++) yield `tick ${i}\n`; }
 * return new StreamingHttpResponse(ticks(), { contentType: "text/plain" });
 * ```
 */
export declare class StreamingHttpResponse extends HttpResponse {
    constructor(body: ReadableStream<Uint8Array> | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, init?: ResponseInit);
}
/**
 * A JSON response: `data` is serialised with `JSON.stringify`. Like Django, only plain objects
 * are allowed unless `safe: false`, because a top-level array was once a JSON-hijacking risk.
 *
 * @example
 * ```ts
 * return new JsonResponse({ id: 1, title: "Hello" });
 * return new JsonResponse([1, 2, 3], { safe: false });
 * ```
 */
export declare class JsonResponse extends HttpResponse {
    constructor(data: unknown, init?: ResponseInit & {
        safe?: boolean;
    });
}
/** 302 to `location` (already a URL; use `redirect()` to go by URL name). */
export declare class HttpResponseRedirect extends HttpResponse {
    constructor(location: string, init?: ResponseInit);
    /** A URL name still to reverse, set by `redirect("name")`; the pipeline fills in Location. */
    reverseTarget?: {
        name: string;
        params?: Record<string, unknown> | unknown[];
    };
    /** The redirect target, as Django's `response.url`. */
    get url(): string;
}
/** 301 to `location`. */
export declare class HttpResponsePermanentRedirect extends HttpResponseRedirect {
    constructor(location: string, init?: ResponseInit);
}
/** 304 Not Modified, with no body. */
export declare class HttpResponseNotModified extends HttpResponse {
    constructor(init?: ResponseInit);
}
/** Shorthand subclasses named as in Django, for views that answer an error without throwing. */
export declare class HttpResponseBadRequest extends HttpResponse {
    constructor(content?: ResponseContent, init?: ResponseInit);
}
export declare class HttpResponseForbidden extends HttpResponse {
    constructor(content?: ResponseContent, init?: ResponseInit);
}
export declare class HttpResponseNotFound extends HttpResponse {
    constructor(content?: ResponseContent, init?: ResponseInit);
}
export declare class HttpResponseNotAllowed extends HttpResponse {
    constructor(permittedMethods: string[], init?: ResponseInit);
}
export declare class HttpResponseServerError extends HttpResponse {
    constructor(content?: ResponseContent, init?: ResponseInit);
}
