/**
 * `onefile/node`: what a Node program needs to serve an onefile app from its own server,
 * instead of through `onefile serve`. `createNodeServer` is the server that command runs
 * (limits, timeouts, graceful stop); `createListener` is its `(req, res)` function for an
 * `http.createServer` of your own; `StaticFiles` serves `STATIC` and folders of files. The
 * database drivers (`openSqlite`, `openPostgres`) and `attachDatabase` connect an app's models
 * the way the commands do; `useTestDatabase(app)` gives a test a fresh in-memory database.
 *
 * @example
 * ```ts
 * import { App, path } from "onefile";
 * import { createNodeServer } from "onefile/node";
 *
 * const app = new App({ ALLOWED_HOSTS: ["example.com"], SECRET_KEY: process.env.SECRET_KEY });
 * app.urlpatterns = [path("", () => "Hello from Node", { name: "index" })];
 *
 * const { server, close } = createNodeServer(app, { viewTimeout: 30 });
 * server.listen(8000, "127.0.0.1");
 * process.on("SIGTERM", () => close(30).then(() => process.exit(0)));
 * ```
 * @module
 */
export { createNodeServer, type NodeServer, type ServerOptions } from "./server.ts";
export { createListener, type Listener, type ListenerOptions } from "./listener.ts";
export { StaticFiles, type StaticOptions } from "./static.ts";
export { openSqlite, type SqliteOptions } from "./db/sqlite.ts";
export { openPostgres, type PostgresOptions, type PostgresTarget } from "./db/postgres.ts";
export { attachDatabase, databaseTarget, openTarget, useTestDatabase, type DatabaseTarget } from "./db/open.ts";
export { DatabaseOpenError } from "./db/values.ts";
