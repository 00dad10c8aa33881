/** The `SESSION_ENGINE` setting: a store's name, or a store. */
export type SessionEngine = "signed_cookies" | "memory" | SessionStore;
/** What a session holds: JSON-serialisable values by key. */
export type SessionData = Record<string, unknown>;
/** What a store is told about the request's app. */
export interface SessionStoreContext {
    /** The app; a store reads `app.secretKey` only when it signs (the key may be unset otherwise). */
    app: {
        readonly secretKey: string;
    };
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
export declare const MAX_SIGNED_COOKIE_VALUE = 3800;
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
export declare class SignedCookieSessionStore implements SessionStore {
    load(key: string, { app, maxAge }: SessionStoreContext): Promise<SessionData | null>;
    save(_key: string | null, data: SessionData, { app }: SessionStoreContext): Promise<string>;
    delete(): Promise<void>;
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
export declare class MemorySessionStore implements SessionStore {
    #private;
    /**
     * `maxSessions` bounds the memory a flood of new sessions can take (each anonymous visitor
     * that gets a session adds one): past it, the sessions written longest ago are dropped.
     */
    constructor(options?: {
        maxSessions?: number;
    });
    load(key: string): Promise<SessionData | null>;
    save(key: string | null, data: SessionData, { maxAge }: SessionStoreContext): Promise<string>;
    delete(key: string): Promise<void>;
    /** How many sessions are stored (expired ones included until they are read or swept). */
    get size(): number;
}
/**
 * The store `SESSION_ENGINE` names for `app`. A "memory" store is one per app and outlives
 * `app.configure()`, so a mount-prefix change in the sandbox does not drop sessions.
 *
 * @example
 * ```ts
 * const store = storeFor(request.app);
 * ```
 */
export declare function storeFor(app: {
    readonly settings: {
        readonly SESSION_ENGINE: SessionEngine;
    };
}): SessionStore;
