/**
 * Answers one request inside a preview: the runner's version of the Node HTTP adapter.
 *
 * The app gets a raw `IncomingRequest` (not a Web `Request`) because browsers silently drop a
 * `Cookie` header from constructed requests; the project's cookie jar supplies it instead. For
 * the same reason `Set-Cookie` goes to the jar and never reaches the browser.
 */
import { fromWebRequest, type HttpResponse, type IncomingRequest } from "../core/index.ts";
import { toWebResponse } from "../core/http/wire.ts";
import { applySetCookie, cookieHeader, type JarState } from "./cookies.ts";
import type { ProjectRuntime } from "./runtime.ts";

/** A view that has not answered after this long gets a 504 page. */
export const REQUEST_TIMEOUT_MS = 5000;

/** What happened to one request, for the log and the hung-run flag. */
export interface Answer {
  response: Response;
  status: number;
  /** True when the loop guard or the time limit stopped the request. */
  hung: boolean;
  /** True when the jar changed and should be saved. */
  jarChanged: boolean;
  /** True when the body is a stream (a `StreamingHttpResponse`), to be passed on as one. */
  streaming: boolean;
}

/**
 * Runs a request through the project's app with the time limit, loop guard and cookie jar.
 * `referrer` is the browser's (a fetch event's `request.referrer`): constructed requests
 * cannot carry a `Referer` header, and CSRF checks on HTTPS need it.
 *
 * @example
 * const { response } = await answer(runtime, new Request(url, { method, headers, body }), jar, event.request.referrer);
 */
export async function answer(runtime: ProjectRuntime, request: Request, jar: JarState, referrer = ""): Promise<Answer> {
  const incoming = adapt(fromWebRequest(request), request, cookieHeader(jar), referrer);
  runtime.guard.arm();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), REQUEST_TIMEOUT_MS);
  });
  const result = await Promise.race([runtime.app.handle(incoming), timeout]);
  clearTimeout(timer);
  if (result === null) {
    return { response: timeoutPage(), status: 504, hung: true, jarChanged: false, streaming: false };
  }
  const { response, jarChanged } = toBrowserResponse(result, jar);
  const streaming = result.streaming && response.body !== null;
  return { response, status: response.status, hung: runtime.guard.tripped, jarChanged, streaming };
}

/**
 * Wraps an incoming request with the headers a browser hides from service workers: `Cookie`
 * comes from the jar, `Host` from the URL and `Referer` from the fetch event's referrer (a
 * fetch event's request lists none of them; CSRF checks on HTTPS need the Referer).
 */
function adapt(incoming: IncomingRequest, request: Request, cookie: string | null, referrer: string): IncomingRequest {
  const host = new URL(request.url).host;
  const known = referrer && referrer !== "about:client" ? referrer : null;
  const hidden: Record<string, string | null> = { cookie, host, referer: known ?? incoming.header("referer") };
  let headers: Headers | undefined;
  return {
    ...incoming,
    header: (name) => (Object.hasOwn(hidden, name) ? (hidden[name] ?? null) : incoming.header(name)),
    headers: () => {
      if (headers) return headers;
      // A Headers object we own (guard "none") may carry them all.
      headers = new Headers(incoming.headers());
      for (const [name, value] of Object.entries(hidden)) if (value !== null) headers.set(name, value);
      return headers;
    },
    hasBody: incoming.hasBody,
    readBody: (limit) => incoming.readBody(limit),
  };
}

/**
 * Converts the app's response by core's wire rules (`core/http/wire.ts`), feeding `Set-Cookie` to
 * the jar instead of the browser.
 */
function toBrowserResponse(res: HttpResponse, jar: JarState): { response: Response; jarChanged: boolean } {
  let jarChanged = false;
  const response = toWebResponse(res, (cookie) => {
    jarChanged = applySetCookie(jar, cookie) || jarChanged;
  });
  return { response, jarChanged };
}

function timeoutPage(): Response {
  const html = `<!doctype html><meta charset="utf-8"><title>504 Gateway Timeout</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2em;color:#222}h1{color:#b00020;font-size:1.4em}</style>
<h1>504: the view did not answer within ${REQUEST_TIMEOUT_MS / 1000} s</h1>
<p>The sandbox stopped waiting for this request. Look for a promise that never resolves (an <code>await</code> on
something that never happens) in the view, fix the code, and the preview reloads.</p>`;
  return new Response(html, { status: 504, headers: { "Content-Type": "text/html; charset=utf-8" } });
}
