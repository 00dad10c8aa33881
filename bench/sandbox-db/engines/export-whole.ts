/**
 * Shared by the "export whole" candidates (sql.js, @sqlite.org/sqlite-wasm): the database lives
 * in SQLite's memory, and after each write outside a transaction the whole file is exported
 * and put into IndexedDB under one key before the write is reported done.
 */
const WRITE = /^\s*(insert|update|delete|create|drop|alter|replace|commit|end)\b/i;

function idb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open("bench-whole", 1);
    request.onupgradeneeded = () => request.result.createObjectStore("files");
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Loads the saved file (or null) and returns a saver for the new bytes. */
export async function wholeFileStore(): Promise<{ bytes: Uint8Array | null; save(bytes: Uint8Array): Promise<void> }> {
  const db = await idb();
  const bytes = await new Promise<Uint8Array | null>((resolve, reject) => {
    const request = db.transaction("files").objectStore("files").get("db");
    request.onsuccess = () => resolve(request.result ? new Uint8Array(request.result as ArrayBuffer) : null);
    request.onerror = () => reject(request.error);
  });
  return {
    bytes,
    save: (data) =>
      new Promise((resolve, reject) => {
        const tx = db.transaction("files", "readwrite");
        tx.objectStore("files").put(data.slice().buffer, "db");
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      }),
  };
}

/** Tracks whether a statement ended a write outside an explicit transaction. */
export function writeTracker(): (sql: string) => boolean {
  let inTransaction = false;
  return (sql) => {
    if (/^\s*begin\b/i.test(sql)) inTransaction = true;
    if (/^\s*(commit|end|rollback)\b/i.test(sql)) {
      inTransaction = false;
      return !/^\s*rollback/i.test(sql);
    }
    return !inTransaction && WRITE.test(sql);
  };
}
