/**
 * Loads the SQL layer (sql/layer.ts: Kysely and the compilers) on first use. Kysely is more than
 * half of the modules `import { App } from "onefile"` would load; an app without models never
 * needs it, so nothing imports it statically. `app.db.attach()` starts loading it, and every
 * query waits for it the first time (see `withCompilers` in query/run.ts).
 *
 * @module
 */
import type * as Layer from "./sql/layer.ts";

export type SqlLayer = typeof Layer;

let loaded: SqlLayer | null = null;
let loading: Promise<SqlLayer> | null = null;

/** The SQL layer, loading it the first time. */
export function loadSqlLayer(): Promise<SqlLayer> {
  return (loading ??= import("./sql/layer.ts").then(
    (layer) => (loaded = layer),
    (error: unknown) => {
      loading = null; // a failed load (a network error in the sandbox) is tried again next time
      throw error;
    },
  ));
}

/** The SQL layer if it is loaded already, else null. */
export function sqlLayerIfLoaded(): SqlLayer | null {
  return loaded;
}
