/**
 * The engines bench/sandbox-db compares, and how each is built into a service worker.
 *
 * The chosen one (@journeyapps/wa-sqlite) is a devDependency; the others are fetched once with
 * `npm pack` into bench/sandbox-db/.candidates/ (ignored by git), so the project does not carry
 * engines it does not use.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "../..");
const cache = join(here, ".candidates");

/** One engine as the bench builds it. */
export interface Candidate {
  name: string;
  description: string;
  /** The service worker's entry (in engines/). */
  entry: string;
  /** The .wasm file it loads. */
  wasm: string;
  /** Compile-time constants for the entry. */
  define?: Record<string, string>;
  /** Package aliases (name → folder). */
  alias?: Record<string, string>;
  /** Only in a dedicated worker (it needs OPFS sync access handles). */
  workerOnly?: boolean;
}

const JOURNEYAPPS = join(root, "node_modules/@journeyapps/wa-sqlite");

/** Packages fetched for the bench only: name@version → folder inside .candidates/. */
const FETCHED = {
  "sql.js@1.17.0": "sql.js",
  "@sqlite.org/sqlite-wasm@3.54.1-build1": "sqlite-wasm",
} as const;

/**
 * Fetches the bench-only packages that are not there yet (npm pack, then tar) and returns
 * their folders.
 */
export function fetchCandidates(): Record<keyof typeof FETCHED, string> {
  mkdirSync(cache, { recursive: true });
  const folders = {} as Record<keyof typeof FETCHED, string>;
  for (const [spec, folder] of Object.entries(FETCHED) as [keyof typeof FETCHED, string][]) {
    const target = join(cache, folder);
    if (!existsSync(join(target, "package.json"))) {
      const tarball = execFileSync("npm", ["pack", spec, "--silent"], { cwd: cache, encoding: "utf8" }).trim().split("\n").pop()!;
      mkdirSync(target, { recursive: true });
      execFileSync("tar", ["xzf", join(cache, tarball), "-C", target, "--strip-components=1"]);
    }
    folders[spec] = target;
  }
  return folders;
}

/** Every candidate, in the order the table lists them. */
export function candidates(): Candidate[] {
  const fetched = fetchCandidates();
  return [
    {
      name: "mirror-sync",
      description: "wa-sqlite sync build (@journeyapps/wa-sqlite 2.0.6, SQLite 3.53) + worker/db (MirrorVFS in memory, changed 64 KB blocks to IndexedDB per commit, prepared statements cached)",
      entry: "mirror-sync.ts",
      wasm: join(JOURNEYAPPS, "dist/wa-sqlite.wasm"),
    },
    {
      name: "idbmirror-asyncify",
      description: "wa-sqlite Asyncify build + its IDBMirrorVFS",
      entry: "idb-vfs.ts",
      wasm: join(JOURNEYAPPS, "dist/wa-sqlite-async.wasm"),
      define: { BUILD: '"async"', VFS_NAME: '"IDBMirrorVFS"' },
    },
    {
      name: "idbbatch-asyncify",
      description: "wa-sqlite Asyncify build + its IDBBatchAtomicVFS",
      entry: "idb-vfs.ts",
      wasm: join(JOURNEYAPPS, "dist/wa-sqlite-async.wasm"),
      define: { BUILD: '"async"', VFS_NAME: '"IDBBatchAtomicVFS"' },
    },
    {
      name: "idbmirror-jspi",
      description: "wa-sqlite JSPI build + its IDBMirrorVFS (Chromium only)",
      entry: "idb-vfs.ts",
      wasm: join(JOURNEYAPPS, "dist/wa-sqlite-jspi.wasm"),
      define: { BUILD: '"jspi"', VFS_NAME: '"IDBMirrorVFS"' },
    },
    {
      name: "opfs-coopsync",
      description: "wa-sqlite sync build + its OPFSCoopSyncVFS (OPFS sync access handles: dedicated worker only)",
      entry: "opfs.ts",
      wasm: join(JOURNEYAPPS, "dist/wa-sqlite.wasm"),
      workerOnly: true,
    },
    {
      name: "sqljs-export",
      description: "sql.js 1.17.0 in memory, whole file exported to IndexedDB per write",
      entry: "sqljs.ts",
      wasm: join(fetched["sql.js@1.17.0"], "dist/sql-wasm-browser.wasm"),
      alias: { "sql.js": fetched["sql.js@1.17.0"] },
    },
    {
      name: "official-export",
      description: "@sqlite.org/sqlite-wasm 3.54.1 in memory, whole file exported to IndexedDB per write",
      entry: "official.ts",
      wasm: join(fetched["@sqlite.org/sqlite-wasm@3.54.1-build1"], "dist/sqlite3.wasm"),
      alias: { "@sqlite.org/sqlite-wasm": fetched["@sqlite.org/sqlite-wasm@3.54.1-build1"] },
    },
  ];
}
