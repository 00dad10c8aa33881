import type { App } from "../app.ts";
import { decodeCookieValue, parseSetCookieHeader } from "../http/cookies.ts";
import { fromWebRequest } from "../http/incoming.ts";
import type { HttpResponse } from "../http/response.ts";
import { toWebResponse } from "../http/wire.ts";
import { TEST_CLIENT_HOST } from "../http/hosts.ts";

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

/** Thrown by a client following redirects in a circle, as Django's `RedirectCycleError`. */
export class RedirectCycleError extends Error {
  override name = "RedirectCycleError";
  constructor(
    message: string,
    /** The response that would have been followed next. */
    readonly lastResponse: TestResponse,
    /** The redirects followed, the repeated one last. */
    readonly redirectChain: [string, number][],
  ) {
    super(`${message} ${redirectChain.map(([url, status]) => `${status} ${url}`).join(" → ")}`);
  }
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
export class Client {
  /** Cookies the client holds, by name. */
  readonly cookies = new Map<string, string>();

  constructor(
    readonly app: App,
    readonly options: { enforceCsrfChecks?: boolean; headers?: Record<string, string> } = {},
  ) {}

  get(path: string, data?: Record<string, unknown>, options?: RequestOptions): Promise<TestResponse> {
    return this.request("GET", withQuery(path, data), undefined, options);
  }
  head(path: string, data?: Record<string, unknown>, options?: RequestOptions): Promise<TestResponse> {
    return this.request("HEAD", withQuery(path, data), undefined, options);
  }
  post(path: string, data?: Data, options?: RequestOptions): Promise<TestResponse> {
    return this.request("POST", path, data, options);
  }
  put(path: string, data?: Data, options?: RequestOptions): Promise<TestResponse> {
    return this.request("PUT", path, data, options);
  }
  patch(path: string, data?: Data, options?: RequestOptions): Promise<TestResponse> {
    return this.request("PATCH", path, data, options);
  }
  delete(path: string, data?: Data, options?: RequestOptions): Promise<TestResponse> {
    return this.request("DELETE", path, data, options);
  }

  /**
   * Sends one request (and follows redirects when asked, as Django's client: an `https://` or
   * other-host `Location` is followed with that scheme and Host).
   *
   * @throws RedirectCycleError when a redirect leads back to one already followed, or after 20.
   */
  async request(method: string, path: string, data: Data, options: RequestOptions = {}): Promise<TestResponse> {
    let origin = this.baseUrl(options);
    let result = await this.send(method, path, data, options, origin);
    const chain: [string, number][] = [];
    while (options.follow && result.url && result.status >= 300 && result.status < 400) {
      const location = new URL(result.url, origin + path);
      const hop: [string, number] = [result.url, result.status];
      // Django stops at the first repeat ("Redirect loop detected.") rather than going round 20 times.
      if (chain.some(([url, status]) => url === hop[0] && status === hop[1])) {
        throw new RedirectCycleError("Redirect loop detected.", result, [...chain, hop]);
      }
      chain.push(hop);
      if (chain.length > 20) throw new RedirectCycleError("Too many redirects.", result, chain);
      // 307 and 308 repeat the method and body; the others become GET, as browsers do.
      const keep = result.status === 307 || result.status === 308;
      path = location.pathname + location.search;
      origin = location.origin;
      result = await this.send(keep ? method : "GET", path, keep ? data : undefined, options, origin);
    }
    result.redirectChain = chain;
    return result;
  }

  private baseUrl(options: RequestOptions): string {
    return `${options.secure ? "https" : "http"}://${TEST_CLIENT_HOST}`;
  }

  private async send(method: string, path: string, data: Data, options: RequestOptions, origin = this.baseUrl(options)): Promise<TestResponse> {
    const headers = new Headers({ ...this.options.headers, ...options.headers });
    if (this.cookies.size && !headers.has("cookie")) {
      headers.set("Cookie", [...this.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("; "));
    }
    const body = encodeBody(data, options.contentType, headers);
    const request = new Request(origin + path, { method, headers, body });
    // A browser's Request drops "forbidden" headers such as Cookie (Node's keeps them), so in
    // the sandbox the app would never see the client's cookies: it reads the headers from a
    // copy that has every header the test gave, plus those the Request added (the multipart
    // boundary).
    const sent = new Headers(request.headers);
    for (const [name, value] of headers) if (!sent.has(name)) sent.set(name, value);
    const adapted = fromWebRequest(request);
    const incoming = {
      ...adapted,
      header: (name: string) => sent.get(name) ?? adapted.header(name),
      headers: () => sent,
      testClient: { enforceCsrfChecks: !!this.options.enforceCsrfChecks },
    };
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

  private storeCookies(response: HttpResponse): void {
    for (const header of response.cookies.values()) {
      const cookie = parseSetCookieHeader(header);
      if (cookie === null) continue;
      if (cookie.expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, decodeCookieValue(cookie.value));
    }
  }
}

function withQuery(path: string, data?: Record<string, unknown>): string {
  if (!data || Object.keys(data).length === 0) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(data)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  return `${path}${path.includes("?") ? "&" : "?"}${params}`;
}

/** Encodes a body like Django's client: objects as multipart unless another type is asked. */
function encodeBody(data: Data, contentType: string | undefined, headers: Headers): BodyInit | undefined {
  if (data === undefined || data === null) return undefined;
  if (typeof data === "string" || data instanceof Uint8Array) {
    headers.set("Content-Type", contentType ?? "application/octet-stream");
    return data as BodyInit;
  }
  if (contentType?.startsWith("application/json")) {
    headers.set("Content-Type", contentType);
    return JSON.stringify(data);
  }
  if (contentType?.startsWith("application/x-www-form-urlencoded")) {
    headers.set("Content-Type", contentType);
    return withQuery("", data as Record<string, unknown>).slice(1);
  }
  if (data instanceof FormData) return data;
  const form = new FormData();
  for (const [key, value] of Object.entries(data)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v instanceof Blob ? v : String(v));
  }
  return form;
}
