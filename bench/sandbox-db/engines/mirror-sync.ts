/**
 * Candidate: the synchronous wa-sqlite build with the sandbox's own database code
 * (worker/db/database.ts): files in memory (MirrorVFS), each commit's changed blocks saved to
 * IndexedDB (BlockStore) before the write is reported done, statements prepared once. The bench
 * aliases the package to measure other builds of the same API.
 */
import { startSqlite } from "../../../worker/db/library.ts";
import { SandboxDatabase, type SqlParam } from "../../../worker/db/database.ts";
import { BlockStore } from "../../../worker/db/block-store.ts";
import { serve } from "../harness.ts";

declare const WASM_URL: string;

serve(async (wasmUrl) => {
  const t0 = performance.now();
  const steps: Record<string, number> = {};
  const [runtime, store] = await Promise.all([
    WebAssembly.compileStreaming(fetch(wasmUrl))
      .then(startSqlite)
      .then((r) => ((steps["wasm"] = performance.now() - t0), r)),
    BlockStore.open("bench").then((s) => ((steps["idbOpen"] = performance.now() - t0), s)),
  ]);
  const t1 = performance.now();
  const db = await SandboxDatabase.open(runtime, "bench.db", store);
  steps["load+open"] = performance.now() - t1;
  steps["total"] = performance.now() - t0;
  return {
    openSteps: steps,
    run: async (sql, params) => (await db.execute(sql, (params ?? []) as SqlParam[])).rows,
  };
}, WASM_URL);
