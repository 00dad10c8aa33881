/**
 * The service worker of one project's preview origin (`http://<id>.localhost:<port>/`).
 *
 * It runs no user code: it forwards every request of its origin to the runner (a dedicated
 * worker of the host page, worker/runner.ts) over a MessagePort, and serves the sandbox's own
 * files under `/__onefile/` (cached, so the preview opens offline after a first visit). So a
 * project that hangs or crashes never takes this worker with it, and the browser may stop and
 * restart it at any moment: all it keeps is a port, which the host page gives it again.
 */
import { cacheFirst, networkFirst } from "./cache.ts";
import { notRunningPage } from "./pages.ts";
import { HOST_PATH, RESERVED_PREFIX, type ForwardedRequest, type ForwardedResponse, type WorkerControl } from "./protocol.ts";

declare const self: ServiceWorkerGlobalScope;
/** True only in `bench/sandbox`'s build, which measures a response with no forwarding at all. */
declare const __ONEFILE_BENCH__: boolean;

const HOST_FILES = "onefile-host";
/** How long a request waits for the host page to hand over a port after a restart. */
const CONNECT_TIMEOUT_MS = 3000;
/** Statuses whose responses cannot have a body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

self.addEventListener("install", (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

let runner: MessagePort | null = null;
/** The host page (a client id) whose runner `runner` leads to. */
let runnerHost = "";
let waiting: ((port: MessagePort | null) => void)[] = [];
let nextId = 0;
const pending = new Map<number, { port: MessagePort; resolve: (response: Response) => void }>();

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const data = event.data as WorkerControl | null;
  const from = event.source && "id" in event.source ? event.source.id : "";
  if (data?.type === "disconnect") {
    // That host page is going away (a reload): its runner with it. The next request asks anew.
    if (from === runnerHost) runner = null;
    return;
  }
  const port = event.ports[0];
  if (!data || !port) return;
  if (data.type === "connect") {
    runnerHost = from;
    connect(port, data.replaced);
  } else if (data.type === "precache") {
    event.waitUntil(precacheHostFiles(event).then(() => port.postMessage({ ok: true }), (error: unknown) => port.postMessage({ ok: false, error: String(error) })));
  }
});

self.addEventListener("fetch", (event: FetchEvent) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith(RESERVED_PREFIX)) {
    if (__ONEFILE_BENCH__ && url.pathname === `${RESERVED_PREFIX}bench-raw`) {
      event.respondWith(new Response("Hello, world", { headers: { "Content-Type": "text/html; charset=utf-8" } }));
      return;
    }
    if (event.request.method === "GET") event.respondWith(hostFile(event.request, url));
    return;
  }
  event.respondWith(forward(event.request));
});

/** Takes the port to a (new) runner; a stopped runner's unanswered requests get a page saying so. */
function connect(port: MessagePort, replaced: boolean): void {
  const previous = runner;
  runner = port;
  port.addEventListener("message", (event: MessageEvent<ForwardedResponse>) => respond(event.data));
  port.start();
  if (replaced && previous) {
    for (const [id, request] of pending) {
      if (request.port !== previous) continue;
      pending.delete(id);
      request.resolve(notRunningPage("stopped"));
    }
  }
  for (const resolve of waiting.splice(0)) resolve(port);
}

async function forward(request: Request): Promise<Response> {
  const port = runner ?? (await askForPort());
  if (!port) return notRunningPage("no-host");
  const id = ++nextId;
  const body = request.method === "GET" || request.method === "HEAD" ? null : await request.arrayBuffer();
  const message: ForwardedRequest = { type: "request", id, method: request.method, url: request.url, headers: [...request.headers], referrer: request.referrer, body };
  return new Promise<Response>((resolve) => {
    pending.set(id, { port, resolve });
    port.postMessage(message, body ? [body] : []);
  });
}

function respond(message: ForwardedResponse): void {
  const request = pending.get(message.id);
  if (message?.type !== "response" || !request) return;
  pending.delete(message.id);
  const body = NULL_BODY.has(message.status) ? null : message.body;
  request.resolve(new Response(body, { status: message.status, headers: message.headers }));
}

/**
 * After a restart the worker has no port: it asks the host pages of its origin for one, and
 * gives up (null) when there is none, or none answers in time.
 */
async function askForPort(): Promise<MessagePort | null> {
  const clients = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const hosts = clients.filter((client) => new URL(client.url).pathname === HOST_PATH);
  if (hosts.length === 0) return null;
  const port = new Promise<MessagePort | null>((resolve) => {
    waiting.push(resolve);
    setTimeout(() => {
      waiting = waiting.filter((waiter) => waiter !== resolve);
      resolve(null);
    }, CONNECT_TIMEOUT_MS);
  });
  for (const host of hosts) host.postMessage({ type: "need-port" } satisfies WorkerControl);
  return port;
}

/** The host page is network-first (a new build shows at once); its hashed scripts cache-first. */
function hostFile(request: Request, url: URL): Promise<Response> {
  return url.pathname === HOST_PATH ? networkFirst(HOST_FILES, request, HOST_PATH) : cacheFirst(HOST_FILES, request, url.pathname);
}

/**
 * Caches the files the host page loaded (it lists them), so the preview opens offline, and
 * drops those of earlier builds.
 */
async function precacheHostFiles(event: ExtendableMessageEvent): Promise<void> {
  const listed = (event.data as { files?: unknown }).files;
  const files = (Array.isArray(listed) ? listed : [])
    .filter((file): file is string => typeof file === "string")
    .map((file) => new URL(file, self.location.origin))
    .filter((url) => url.origin === self.location.origin && url.pathname.startsWith(RESERVED_PREFIX))
    .map((url) => url.pathname);
  const keep = new Set([HOST_PATH, ...files]);
  const cache = await caches.open(HOST_FILES);
  await cache.addAll([...keep]);
  for (const request of await cache.keys()) {
    if (!keep.has(new URL(request.url).pathname)) await cache.delete(request);
  }
}
