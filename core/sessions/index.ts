/**
 * Sessions: `request.session`, kept in a signed cookie by default.
 *
 * @example
 * ```ts
 * import { App, path, type HttpRequest } from "onefile";
 * const app = new App({ DEBUG: true, SECRET_KEY: "change me" });
 * app.route("", (request: HttpRequest) => {
 *   const n = request.session.get("n", 0) + 1;
 *   request.session.set("n", n);
 *   return `You have been here ${n} times.`;
 * });
 * ```
 * @module
 */
export { Session } from "./session.ts";
export { SessionMiddleware } from "./middleware.ts";
export {
  MemorySessionStore,
  SignedCookieSessionStore,
  storeFor,
  type SessionData,
  type SessionStore,
  type SessionStoreContext,
} from "./store.ts";
export { signTimestamped, unsignTimestamped } from "./signing.ts";
export { randomString } from "./random.ts";
