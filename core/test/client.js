import { decodeCookieValue, parseSetCookieHeader } from "../http/cookies.js";
import { fromWebRequest } from "../http/incoming.js";
import { toWebResponse } from "../http/wire.js";
import { TEST_CLIENT_HOST } from "../middleware/hosts.js";
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
export class Client {
    app;
    options;
    /** Cookies the client holds, by name. */
    cookies = new Map();
    constructor(app, options = {}) {
        this.app = app;
        this.options = options;
    }
    get(path, data, options) {
        return this.request("GET", withQuery(path, data), undefined, options);
    }
    head(path, data, options) {
        return this.request("HEAD", withQuery(path, data), undefined, options);
    }
    post(path, data, options) {
        return this.request("POST", path, data, options);
    }
    put(path, data, options) {
        return this.request("PUT", path, data, options);
    }
    patch(path, data, options) {
        return this.request("PATCH", path, data, options);
    }
    delete(path, data, options) {
        return this.request("DELETE", path, data, options);
    }
    /** Sends one request (and follows redirects when asked). */
    async request(method, path, data, options = {}) {
        let result = await this.send(method, path, data, options);
        const chain = [];
        while (options.follow && result.url && result.status >= 300 && result.status < 400) {
            const location = new URL(result.url, this.baseUrl(options) + path);
            chain.push([result.url, result.status]);
            if (chain.length > 20)
                throw new Error(`Redirect loop: ${chain.map(([u]) => u).join(" → ")}`);
            // 307 and 308 repeat the method and body; the others become GET, as browsers do.
            const keep = result.status === 307 || result.status === 308;
            path = location.pathname + location.search;
            result = await this.send(keep ? method : "GET", path, keep ? data : undefined, options);
        }
        result.redirectChain = chain;
        return result;
    }
    baseUrl(options) {
        return `${options.secure ? "https" : "http"}://${TEST_CLIENT_HOST}`;
    }
    async send(method, path, data, options) {
        const headers = new Headers({ ...this.options.headers, ...options.headers });
        if (this.cookies.size && !headers.has("cookie")) {
            headers.set("Cookie", [...this.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("; "));
        }
        const body = encodeBody(data, options.contentType, headers);
        const request = new Request(this.baseUrl(options) + path, { method, headers, body });
        const incoming = { ...fromWebRequest(request), testClient: { enforceCsrfChecks: !!this.options.enforceCsrfChecks } };
        const response = await this.app.handle(incoming);
        this.storeCookies(response);
        const web = toWebResponse(response);
        const content = method === "HEAD" ? "" : await web.text();
        return {
            status: response.status,
            headers: web.headers,
            content,
            json: () => JSON.parse(content),
            context: response.renderInfo?.context,
            templates: response.renderInfo?.templates ?? [],
            redirectChain: [],
            response,
            url: web.headers.get("location"),
        };
    }
    storeCookies(response) {
        for (const header of response.cookies.values()) {
            const cookie = parseSetCookieHeader(header);
            if (cookie === null)
                continue;
            if (cookie.expired)
                this.cookies.delete(cookie.name);
            else
                this.cookies.set(cookie.name, decodeCookieValue(cookie.value));
        }
    }
}
function withQuery(path, data) {
    if (!data || Object.keys(data).length === 0)
        return path;
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(data)) {
        for (const v of Array.isArray(value) ? value : [value])
            params.append(key, String(v));
    }
    return `${path}${path.includes("?") ? "&" : "?"}${params}`;
}
/** Encodes a body like Django's client: objects as multipart unless another type is asked. */
function encodeBody(data, contentType, headers) {
    if (data === undefined || data === null)
        return undefined;
    if (typeof data === "string" || data instanceof Uint8Array) {
        headers.set("Content-Type", contentType ?? "application/octet-stream");
        return data;
    }
    if (contentType?.startsWith("application/json")) {
        headers.set("Content-Type", contentType);
        return JSON.stringify(data);
    }
    if (contentType?.startsWith("application/x-www-form-urlencoded")) {
        headers.set("Content-Type", contentType);
        return withQuery("", data).slice(1);
    }
    if (data instanceof FormData)
        return data;
    const form = new FormData();
    for (const [key, value] of Object.entries(data)) {
        for (const v of Array.isArray(value) ? value : [value])
            form.append(key, v instanceof Blob ? v : String(v));
    }
    return form;
}
