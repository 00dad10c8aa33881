/**
 * The worker side of bench/sandbox-db: one candidate engine, answering the page. In a service
 * worker it answers `POST /api/<op>` (a JSON body) from its fetch handler, as the sandbox's
 * service worker answers a preview request; in a dedicated worker (the sandbox's runner, where
 * the project's code runs) it answers `{ id, op, body }` messages. Every op replies only once its
 * writes are durable (the engine's promise says so).
 *
 * Ops: `workload` (CREATE, 1,000 INSERTs in one transaction, SELECT), `writes` (n single-row
 * autocommit INSERTs, each timed), `grow` (fill to a size), `mark` (one row with a label),
 * `marks` (which labels exist), `count`. Every reply carries `openMs`, the time this worker
 * instance spent opening the engine (0 once open) and `sinceStart`, the time since the worker
 * started, so a cold restart can be split into worker start and engine open.
 */

/** What a candidate must provide: run one SQL statement, resolving once a write is durable. */
export interface BenchEngine {
  run(sql: string, params?: unknown[]): Promise<unknown[][]>;
  /** Where opening spent its time (ms by step), if the candidate reports it. */
  openSteps?: Record<string, number>;
}

/** Opens a candidate; `wasmUrl` is where its .wasm is served. */
export type EngineFactory = (wasmUrl: string) => Promise<BenchEngine>;

interface Scope {
  addEventListener(type: string, listener: (event: any) => void): void;
  postMessage(message: unknown): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  registration?: unknown;
}
declare const self: Scope;

/**
 * Answers the page for one candidate: from the fetch handler in a service worker, from
 * messages in a dedicated worker.
 *
 * @example
 * serve((wasmUrl) => openMirrorEngine(wasmUrl), "/wasm/wa-sqlite.wasm");
 */
export function serve(factory: EngineFactory, wasmUrl: string): void {
  let engine: Promise<BenchEngine> | undefined;
  let openMs = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const open = (): Promise<BenchEngine> => {
    if (!engine) {
      const started = performance.now();
      engine = factory(wasmUrl).then(async (e) => {
        await e.run("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER)");
        openMs = performance.now() - started;
        return e;
      });
    }
    return engine;
  };

  const answer = async (op: string, body: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const sinceStart = performance.now();
    const wasOpen = openMs > 0;
    const db = await open();
    // One op at a time, as the sandbox's driver serialises a connection's statements.
    const result = (await (queue = queue.catch(() => {}).then(() => handle(db, op, body)))) as Record<string, unknown>;
    return { ...result, openMs: wasOpen ? 0 : openMs, openSteps: wasOpen ? undefined : db.openSteps, sinceStart };
  };

  if (!("registration" in self)) {
    self.addEventListener("message", (event: MessageEvent<{ id: number; op: string; body: Record<string, unknown> }>) => {
      const { id, op, body } = event.data;
      answer(op, body).then(
        (result) => self.postMessage({ id, ...result }),
        (error: unknown) => self.postMessage({ id, error: String((error as Error)?.stack ?? error) }),
      );
    });
    return;
  }
  self.addEventListener("install", (event) => event.waitUntil(self.skipWaiting()));
  self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
  self.addEventListener("fetch", (event) => {
    const url = new URL(event.request.url);
    if (!url.pathname.startsWith("/api/")) return;
    event.respondWith(
      (async () => {
        const body = (await event.request.json().catch(() => ({}))) as Record<string, unknown>;
        return Response.json(await answer(url.pathname.slice(5), body));
      })().catch((error: unknown) => Response.json({ error: String((error as Error)?.stack ?? error) }, { status: 500 })),
    );
  });
}

async function handle(db: BenchEngine, op: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  switch (op) {
    case "workload": {
      const started = performance.now();
      await db.run("BEGIN");
      for (let i = 0; i < 1000; i++) await db.run("INSERT INTO t (name, n) VALUES (?, ?)", [`row ${i}`, i]);
      await db.run("COMMIT");
      const rows = await db.run("SELECT count(*), sum(n) FROM t");
      return { ms: performance.now() - started, rows };
    }
    case "writes": {
      const times: number[] = [];
      for (let i = 0; i < Number(body["n"] ?? 20); i++) {
        const started = performance.now();
        await db.run("INSERT INTO t (name, n) VALUES (?, ?)", [`single ${i}`, i]);
        times.push(performance.now() - started);
      }
      return { times };
    }
    case "grow": {
      // Rows of 1,000 characters in transactions of 500 until the file reaches `bytes`.
      const target = Number(body["bytes"] ?? 6_000_000);
      const filler = "x".repeat(1000);
      for (;;) {
        const [[pages, pageSize]] = (await db.run("SELECT page_count, page_size FROM pragma_page_count(), pragma_page_size()")) as [[number, number]];
        if (pages * pageSize >= target) return { bytes: pages * pageSize };
        await db.run("BEGIN");
        for (let i = 0; i < 500; i++) await db.run("INSERT INTO t (name, n) VALUES (?, ?)", [filler, i]);
        await db.run("COMMIT");
      }
    }
    case "mark":
      await db.run("INSERT INTO t (name, n) VALUES (?, ?)", [String(body["label"]), -1]);
      return { ok: true };
    case "marks":
      return { labels: (await db.run("SELECT name FROM t WHERE n = -1")).map((row) => row[0]) };
    case "count":
      return { rows: await db.run("SELECT count(*) FROM t") };
    default:
      throw new Error(`unknown op ${op}`);
  }
}
