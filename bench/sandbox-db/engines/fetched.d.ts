/**
 * The bench-only packages are fetched into bench/sandbox-db/.candidates/ (see candidates.ts) and
 * resolved by esbuild aliases, not installed; these are the few shapes the engines use.
 */
declare module "sql.js/dist/sql-wasm-browser.js" {
  interface Statement {
    bind(values: unknown[]): boolean;
    step(): boolean;
    get(): unknown[];
    free(): boolean;
  }
  interface Database {
    prepare(sql: string): Statement;
    export(): Uint8Array;
  }
  const initSqlJs: (config: { locateFile: () => string }) => Promise<{ Database: new (data?: Uint8Array) => Database }>;
  export default initSqlJs;
}

declare module "@sqlite.org/sqlite-wasm" {
  const sqlite3InitModule: (config: unknown) => Promise<any>;
  export default sqlite3InitModule;
}
