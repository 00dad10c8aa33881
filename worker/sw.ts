/**
 * The sandbox's service worker: runs each project's single file, compiled by the page
 * (app/compile.ts), and answers its preview at `/preview/<id>/…`. Everything it needs comes
 * back from IndexedDB on the next event (the build the page saved, the cookie jar, the secret
 * key), because the browser may stop it at any moment.
 */
import { answer } from "./answer.ts";
import { buildRuntime, type LoadFailure, type ProjectRuntime } from "./runtime.ts";
import { loadBuild, loadJar, projectSecretKey, saveJar, setRunState } from "./store.ts";
import { parsePreviewPath, PREVIEW_PREFIX, type Build, type LoadMessage, type LoadReply, type LogEntry, type LogMessage, type PrecacheMessage, type ClaimMessage } from "./protocol.ts";
import { dropOldCaches, precacheShell, shellResponse } from "./shell.ts";
import { errorPage, missingProjectPage } from "./pages.ts";
import type { JarState } from "./cookies.ts";

declare const self: ServiceWorkerGlobalScope;

/** Loaded projects by id; a failure is kept too, so the preview can show the error. */
const runtimes = new Map<string, Promise<ProjectRuntime | LoadFailure>>();

/**
 * Remembers a per-project IndexedDB read for the life of this worker; a failed read is
 * forgotten, so the next event tries again.
 */
function readOncePerProject<T>(read: (id: string) => Promise<T>): (id: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (id) => {
    let value = cache.get(id);
    if (!value) {
      value = read(id);
      value.catch(() => cache.delete(id));
      cache.set(id, value);
    }
    return value;
  };
}

/** A project's cookie jar; the worker changes it in place and saves it after each response. */
const jarFor = readOncePerProject<JarState>(loadJar);
/** A project's lasting SECRET_KEY (see store.ts). */
const secretKeyFor = readOncePerProject(projectSecretKey);

self.addEventListener("install", (event) => {
  // Nothing blocks installation: a first visit's preview waits for activation. The page asks
  // for the shell to be precached once its first preview shows (a "precache" message).
  event.waitUntil(self.skipWaiting());
});

let precached: Promise<void> | undefined;

self.addEventListener("activate", (event) => {
  event.waitUntil(dropOldCaches().then(() => self.clients.claim()));
});

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const data = event.data as LoadMessage | PrecacheMessage | ClaimMessage | undefined;
  const port = event.ports[0];
  if (!port) return;
  if (data?.type === "claim") {
    event.waitUntil(self.clients.claim().then(() => port.postMessage({ ok: true })));
    return;
  }
  if (data?.type === "precache") {
    precached ??= precacheShell().catch((error: unknown) => {
      precached = undefined; // Try again on the next request.
      throw error;
    });
    event.waitUntil(precached.then(() => port.postMessage({ ok: true }), (error: unknown) => port.postMessage({ ok: false, error: String(error) })));
    return;
  }
  if (data?.type !== "load") return;
  event.waitUntil(
    load(data.build).then(
      (reply) => port.postMessage(reply),
      (error: unknown) => port.postMessage({ ok: false, version: 0, phase: "load", error: { message: String(error), line: 0, column: 0 } }),
    ),
  );
});

self.addEventListener("fetch", (event: FetchEvent) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  const preview = parsePreviewPath(url.pathname);
  if (preview) {
    event.respondWith(servePreview(event, preview.id));
    return;
  }
  if (url.pathname === "/__bench/raw") {
    // The baseline of bench/sandbox: a worker response with no pipeline at all.
    event.respondWith(new Response("Hello, world", { headers: { "Content-Type": "text/html; charset=utf-8" } }));
    return;
  }
  const redirect = previewRedirect(event, url);
  if (redirect) {
    event.respondWith(redirect);
    return;
  }
  const cached = shellResponse(url, event.request);
  if (cached) event.respondWith(cached);
  // Anything else (including the development server's modules) goes to the network untouched.
});

/** Evaluates a build the page has compiled and saved, replacing any loaded version. */
async function load(build: Build): Promise<LoadReply> {
  const started = performance.now();
  // Start the IndexedDB reads the first request will need while the module evaluates.
  void secretKeyFor(build.id).catch(() => {});
  void jarFor(build.id).catch(() => {});
  const built = run(build);
  runtimes.set(build.id, built);
  const result = await built;
  if ("app" in result) return { ok: true, version: build.version, ms: performance.now() - started };
  if (result.error.message.startsWith("LoopGuardError")) await setRunState(build.id, "hung");
  return { ok: false, version: build.version, phase: result.phase, error: result.error };
}

function run(build: Build): Promise<ProjectRuntime | LoadFailure> {
  return buildRuntime(build, (entry) => log(build.id, entry), { secretKeyFor, hostname: self.location.hostname });
}

function runtimeFor(id: string): Promise<ProjectRuntime | LoadFailure | null> {
  const loaded = runtimes.get(id);
  if (loaded) return loaded;
  // After a restart: the build the page saved last is what this project runs.
  return loadBuild(id).then((build) => {
    if (!build) return null;
    // Another event may have started loading meanwhile; keep one runtime per project.
    const again = runtimes.get(id);
    if (again) return again;
    const built = run(build);
    runtimes.set(id, built);
    return built;
  });
}

async function servePreview(event: FetchEvent, id: string): Promise<Response> {
  const started = performance.now();
  const request = event.request;
  const url = new URL(request.url);
  const path = url.pathname.slice(PREVIEW_PREFIX.length + id.length) + url.search;
  const runtime = await runtimeFor(id);
  let response: Response;
  if (runtime === null) {
    response = missingProjectPage(id);
  } else if (!("app" in runtime)) {
    response = errorPage(runtime);
  } else {
    const jar = await jarFor(id);
    const result = await answer(runtime, request, jar);
    response = result.response;
    if (result.jarChanged) event.waitUntil(saveJar(id, jar));
    if (result.hung) {
      event.waitUntil(setRunState(id, "hung"));
      log(id, { kind: "error", text: `${request.method} ${path || "/"}: stopped (${result.status === 504 ? "time limit" : "loop guard"})` });
    }
  }
  log(id, { kind: "request", method: request.method, path: path || "/", status: response.status, ms: performance.now() - started });
  return response;
}

/**
 * A root-relative link or asset requested from inside a preview (`href="/about/"`) would
 * leave the preview; it is redirected back under `/preview/<id>/`. The referrer says where
 * the request came from; without one, the requesting client's URL does.
 */
function previewRedirect(event: FetchEvent, url: URL): Promise<Response> | null {
  const target = (from: string): Response | null => {
    if (!from) return null;
    const source = parsePreviewPath(new URL(from, url).pathname);
    if (!source || new URL(from, url).origin !== url.origin) return null;
    return Response.redirect(`${url.origin}${PREVIEW_PREFIX}${source.id}${url.pathname}${url.search}`, 302);
  };
  const referrer = event.request.referrer;
  if (referrer && referrer !== "about:client") {
    const response = target(referrer);
    return response ? Promise.resolve(response) : null;
  }
  if (!event.clientId) return null;
  return self.clients
    .get(event.clientId)
    .then((client) => target(client?.url ?? "") ?? shellResponse(url, event.request) ?? fetch(event.request));
}

/**
 * Queues a log entry for the pages. Entries are sent in batches, one `clients.matchAll` per
 * batch rather than per request, which keeps logging off the request's critical path.
 */
function log(id: string, entry: LogEntry): void {
  pendingLogs.push({ type: "onefile:log", id, entry });
  logTimer ??= setTimeout(flushLogs, 20);
}

const pendingLogs: LogMessage[] = [];
let logTimer: ReturnType<typeof setTimeout> | undefined;

function flushLogs(): void {
  logTimer = undefined;
  const batch = pendingLogs.splice(0);
  void self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((clients) => {
    for (const client of clients) for (const message of batch) client.postMessage(message);
  });
}
