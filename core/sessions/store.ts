import { randomString } from "./random.ts";
import { base64url, fromBase64url, signTimestamped, unsignTimestamped } from "./signing.ts";

/** The `SESSION_ENGINE` setting: a store's name, or a store. */
/**
 * `SESSION_ENGINE`: "signed_cookies", "memory", "db" (the `django_session` table; logging out
 * ends the session everywhere), or a store of your own.
 */
export type SessionEngine = "signed_cookies" | "memory" | "db" | SessionStore;

/** The database stores of apps whose SESSION_ENGINE is "db" (set by the app, which owns the models). */
const databaseStores = new WeakMap<object, SessionStore>();

/** Gives `app` its database session store (the App does this when SESSION_ENGINE is "db"). */
export function setDatabaseStore(app: object, store: SessionStore): void {
  databaseStores.set(app, store);
}

/** What a session holds: JSON-serialisable values by key. */
export type SessionData = Record<string, unknown>;

/** What a store is told about the request's app. */
export interface SessionStoreContext {
  /** The app; a store reads `app.secretKey` only when it signs (the key may be unset otherwise). */
  app: { readonly secretKey: string };
  /** `SESSION_COOKIE_AGE`: how long a session lives, in seconds. */
  maxAge: number;
}

/**
 * Where sessions live, by key (the value of the session cookie). `SESSION_ENGINE` takes
 * "signed_cookies" (the default), "memory", or any object with these three methods, so a
 * database store can come later without touching the middleware.
 *
 * @example
 * ```ts
 * // A store over any async key-value API (here a Map, for the shape):
 * const rows = new Map<string, string>();
 * const store: SessionStore = {
 *   async load(key) { const row = rows.get(key); return row ? JSON.parse(row) : null; },
 *   async save(key, data) { key ??= crypto.randomUUID(); rows.set(key, JSON.stringify(data)); return key; },
 *   async delete(key) { rows.delete(key); },
 * };
 * new App({ SESSION_ENGINE: store, SECRET_KEY: "…" });
 * ```
 */
export interface SessionStore {
  /** The data stored under `key`, or null when there is none (missing, expired, invalid). Never throws for a bad key. */
  load(key: string, context: SessionStoreContext): Promise<SessionData | null>;
  /** Stores `data` under `key` (a new key when `key` is null) and returns the key for the cookie. */
  save(key: string | null, data: SessionData, context: SessionStoreContext): Promise<string>;
  /** Forgets the session under `key` (after `flush()` or `cycleKey()`). */
  delete(key: string, context: SessionStoreContext): Promise<void>;
}

/** Browsers keep cookies of at most 4096 bytes, name and attributes included; leave room for those. */
export const MAX_SIGNED_COOKIE_VALUE = 3800;
const SALT = "onefile.sessions.SignedCookieSessionStore";
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The default store, Django's `signed_cookies` backend: the whole session is the cookie,
 * base64url JSON plus a timestamp and an HMAC-SHA256 signature made with `SECRET_KEY`. The
 * server keeps nothing, so sessions survive restarts (and a stopped service worker) as long
 * as the key does. The client can read the data but not change it: a tampered or expired
 * cookie loads as no session. Keep it small: a cookie holds about 4 KB.
 *
 * @example
 * ```ts
 * new App({ SECRET_KEY: "…", SESSION_ENGINE: "signed_cookies" }); // the default
 * ```
 */
export class SignedCookieSessionStore implements SessionStore {
  async load(key: string, { app, maxAge }: SessionStoreContext): Promise<SessionData | null> {
    const payload = await unsignTimestamped(app.secretKey, SALT, key, maxAge);
    if (payload === null) return null;
    try {
      const data: unknown = JSON.parse(decoder.decode(fromBase64url(payload) ?? new Uint8Array()));
      return isPlainObject(data) ? data : null;
    } catch {
      return null;
    }
  }

  async save(_key: string | null, data: SessionData, { app }: SessionStoreContext): Promise<string> {
    const value = await signTimestamped(app.secretKey, SALT, base64url(encoder.encode(serialize(data))));
    if (value.length > MAX_SIGNED_COOKIE_VALUE) {
      throw new Error(
        `The session is too large for a signed cookie (${value.length} bytes; browsers drop cookies over 4096). ` +
          `Keep less in request.session, or set SESSION_ENGINE to "memory" or a database-backed SessionStore.`,
      );
    }
    return value;
  }

  async delete(): Promise<void> {
    // Nothing is kept on the server: deleting the cookie (the middleware does) is the deletion.
  }
}

/**
 * Sessions in a Map inside the process: for tests, and for the sandbox where a project lives
 * in one service worker. Lost on restart. Each app gets its own store (see `storeFor`), so
 * two apps never share sessions. Data is kept as JSON text, so it behaves as the cookie store
 * does (no shared mutable objects, the same errors for values JSON cannot hold).
 *
 * @example
 * ```ts
 * new App({ DEBUG: true, SESSION_ENGINE: "memory" });
 * ```
 */
export class MemorySessionStore implements SessionStore {
  readonly #rows = new Map<string, { json: string; expires: number }>();
  readonly #maxSessions: number;
  #savesSinceSweep = 0;

  /**
   * `maxSessions` bounds the memory a flood of new sessions can take (each anonymous visitor
   * that gets a session adds one): past it, the sessions written longest ago are dropped.
   */
  constructor(options: { maxSessions?: number } = {}) {
    this.#maxSessions = options.maxSessions ?? 10_000;
    if (!(this.#maxSessions >= 1)) throw new RangeError("MemorySessionStore's maxSessions must be at least 1.");
  }

  async load(key: string): Promise<SessionData | null> {
    const row = this.#rows.get(key);
    if (!row) return null;
    if (row.expires <= Date.now()) {
      this.#rows.delete(key);
      return null;
    }
    return JSON.parse(row.json) as SessionData;
  }

  async save(key: string | null, data: SessionData, { maxAge }: SessionStoreContext): Promise<string> {
    const json = serialize(data);
    key ??= randomString(32);
    const now = Date.now();
    // Deleting first moves a re-saved session to the end: the Map stays ordered by last write,
    // so the oldest sessions are the first ones iterated.
    this.#rows.delete(key);
    this.#rows.set(key, { json, expires: now + maxAge * 1000 });
    // Sessions nobody reads again never expire on load: sweep the expired ones now and then
    // (the cost, one pass, is spread over a thousand saves), and drop the oldest past the bound.
    if (++this.#savesSinceSweep >= 1000 || this.#rows.size > this.#maxSessions) this.#sweep(now);
    return key;
  }

  #sweep(now: number): void {
    this.#savesSinceSweep = 0;
    for (const [key, row] of this.#rows) if (row.expires <= now) this.#rows.delete(key);
    for (const key of this.#rows.keys()) {
      if (this.#rows.size <= this.#maxSessions) break;
      this.#rows.delete(key);
    }
  }

  async delete(key: string): Promise<void> {
    this.#rows.delete(key);
  }

  /** How many sessions are stored (expired ones included until they are read or swept). */
  get size(): number {
    return this.#rows.size;
  }
}

const memoryStores = new WeakMap<object, MemorySessionStore>();
const signedCookieStore = new SignedCookieSessionStore();

/**
 * The store `SESSION_ENGINE` names for `app`. A "memory" store is one per app and outlives
 * `app.configure()`, so a mount-prefix change in the sandbox does not drop sessions.
 *
 * @example
 * ```ts
 * const store = storeFor(request.app);
 * ```
 */
export function storeFor(app: { readonly settings: { readonly SESSION_ENGINE: SessionEngine } }): SessionStore {
  const engine = app.settings.SESSION_ENGINE;
  if (engine === "signed_cookies") return signedCookieStore;
  if (engine === "memory") {
    let store = memoryStores.get(app);
    if (!store) memoryStores.set(app, (store = new MemorySessionStore()));
    return store;
  }
  if (engine === "db") {
    const store = databaseStores.get(app);
    if (!store) throw new Error('SESSION_ENGINE "db" needs the app\'s database: use it with an App (it declares the django_session table).');
    return store;
  }
  return engine;
}

/** JSON text of the session, with an error that says which value could not be stored. */
function serialize(data: SessionData): string {
  try {
    return JSON.stringify(data);
  } catch (error) {
    throw new TypeError(`The session could not be saved: its values must be JSON-serialisable (${(error as Error).message}).`);
  }
}

function isPlainObject(value: unknown): value is SessionData {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
