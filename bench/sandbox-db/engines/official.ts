/** Candidate: @sqlite.org/sqlite-wasm in memory, the whole file exported to IndexedDB after each write. */
import sqlite3InitModule from "@sqlite.org/sqlite-wasm";
import { serve } from "../harness.ts";
import { wholeFileStore, writeTracker } from "./export-whole.ts";

declare const WASM_URL: string;

serve(async (wasmUrl) => {
  const [sqlite3, store] = await Promise.all([sqlite3InitModule({ locateFile: () => wasmUrl } as never), wholeFileStore()]);
  const db = new sqlite3.oo1.DB(":memory:");
  if (store.bytes) {
    const pointer = sqlite3.wasm.allocFromTypedArray(store.bytes);
    const flags = sqlite3.capi.SQLITE_DESERIALIZE_FREEONCLOSE | sqlite3.capi.SQLITE_DESERIALIZE_RESIZEABLE;
    db.checkRc(sqlite3.capi.sqlite3_deserialize(db.pointer!, "main", pointer, store.bytes.length, store.bytes.length, flags));
  }
  const endsWrite = writeTracker();
  return {
    async run(sql, params) {
      const rows = db.exec({ sql, bind: (params ?? undefined) as never, rowMode: "array", returnValue: "resultRows" }) as unknown[][];
      if (endsWrite(sql)) await store.save(sqlite3.capi.sqlite3_js_db_export(db));
      return rows;
    },
  };
}, WASM_URL);
