import type { App } from "../app.ts";
import type { HttpResponse } from "../http/response.ts";
type Data = Record<string, unknown> | string | Uint8Array | FormData | null | undefined;
/** Options of one test-client request. */
export interface RequestOptions {
    /** Body encoding: "multipart/form-data" (default for objects), "application/x-www-form-urlencoded", "application/json", or any type for a string body. */
    contentType?: string;
    headers?: Record<string, string>;
    /** Follow redirects, recording them in `redirectChain`. */
    follow?: boolean;
    /** Send the request as https. */
    secure?: boolean;
}
/**
 * What a test-client request returns: the response with its body already read, plus what
 * `render` used, as Django's test client gives.
 */
export interface TestResponse {
    status: number;
    headers: Headers;
    /** The body as text. */
    content: string;
    json<T = any>(): T;
    /** The context `render` used (merged with `request` and `csrf_token`), if it rendered. */
    context: Record<string, unknown> | undefined;
    /** Names of the templates `render` used. */
    templates: string[];
    /** `[url, status]` of each redirect followed. */
    redirectChain: [string, number][];
    /** The `HttpResponse` the pipeline produced. */
    response: HttpResponse;
    /** The Location header, for redirects. */
    url: string | null;
}
/**
 * Django's test client: sends requests to an app in-process, keeping cookies between calls.
 * Its Host is "testserver", which `ALLOWED_HOSTS` never refuses for it, and CSRF checks are
 * skipped unless `enforceCsrfChecks` is set.
 *
 * @example
 * ```ts
 * const client = new Client(app);
 * const response = await client.get("/hello/7/");
 * expect(response.status).toBe(200);
 * expect(response.content).toBe("Hello, 7");
 * const login = await client.post("/login/", { name: "ada" }, { follow: true });
 * expect(login.redirectChain).toEqual([["/", 302]]);
 * ```
 */
export declare class Client {
    readonly app: App;
    readonly options: {
        enforceCsrfChecks?: boolean;
        headers?: Record<string, string>;
    };
    /** Cookies the client holds, by name. */
    readonly cookies: Map<string, string>;
    constructor(app: App, options?: {
        enforceCsrfChecks?: boolean;
        headers?: Record<string, string>;
    });
    get(path: string, data?: Record<string, unknown>, options?: RequestOptions): Promise<TestResponse>;
    head(path: string, data?: Record<string, unknown>, options?: RequestOptions): Promise<TestResponse>;
    post(path: string, data?: Data, options?: RequestOptions): Promise<TestResponse>;
    put(path: string, data?: Data, options?: RequestOptions): Promise<TestResponse>;
    patch(path: string, data?: Data, options?: RequestOptions): Promise<TestResponse>;
    delete(path: string, data?: Data, options?: RequestOptions): Promise<TestResponse>;
    /** Sends one request (and follows redirects when asked). */
    request(method: string, path: string, data: Data, options?: RequestOptions): Promise<TestResponse>;
    private baseUrl;
    private send;
    private storeCookies;
}
export {};
