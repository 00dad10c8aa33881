/** Candidate: sql.js in memory, the whole file exported to IndexedDB after each write. */
import initSqlJs from "sql.js/dist/sql-wasm-browser.js";
import { serve } from "../harness.ts";
import { wholeFileStore, writeTracker } from "./export-whole.ts";

declare const WASM_URL: string;

serve(async (wasmUrl) => {
  const [SQL, store] = await Promise.all([initSqlJs({ locateFile: () => wasmUrl }), wholeFileStore()]);
  const db = new SQL.Database(store.bytes ?? undefined);
  const endsWrite = writeTracker();
  return {
    async run(sql, params) {
      const stmt = db.prepare(sql);
      const rows: unknown[][] = [];
      try {
        if (params) stmt.bind(params as never);
        while (stmt.step()) rows.push(stmt.get());
      } finally {
        stmt.free();
      }
      if (endsWrite(sql)) await store.save(db.export());
      return rows;
    },
  };
}, WASM_URL);
