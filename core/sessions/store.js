import { randomString } from "./random.js";
import { base64url, fromBase64url, signTimestamped, unsignTimestamped } from "./signing.js";
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
export class SignedCookieSessionStore {
    async load(key, { app, maxAge }) {
        const payload = await unsignTimestamped(app.secretKey, SALT, key, maxAge);
        if (payload === null)
            return null;
        try {
            const data = JSON.parse(decoder.decode(fromBase64url(payload) ?? new Uint8Array()));
            return isPlainObject(data) ? data : null;
        }
        catch {
            return null;
        }
    }
    async save(_key, data, { app }) {
        const value = await signTimestamped(app.secretKey, SALT, base64url(encoder.encode(serialize(data))));
        if (value.length > MAX_SIGNED_COOKIE_VALUE) {
            throw new Error(`The session is too large for a signed cookie (${value.length} bytes; browsers drop cookies over 4096). ` +
                `Keep less in request.session, or set SESSION_ENGINE to "memory" or a database-backed SessionStore.`);
        }
        return value;
    }
    async delete() {
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
export class MemorySessionStore {
    #rows = new Map();
    #maxSessions;
    #savesSinceSweep = 0;
    /**
     * `maxSessions` bounds the memory a flood of new sessions can take (each anonymous visitor
     * that gets a session adds one): past it, the sessions written longest ago are dropped.
     */
    constructor(options = {}) {
        this.#maxSessions = options.maxSessions ?? 10_000;
        if (!(this.#maxSessions >= 1))
            throw new RangeError("MemorySessionStore's maxSessions must be at least 1.");
    }
    async load(key) {
        const row = this.#rows.get(key);
        if (!row)
            return null;
        if (row.expires <= Date.now()) {
            this.#rows.delete(key);
            return null;
        }
        return JSON.parse(row.json);
    }
    async save(key, data, { maxAge }) {
        const json = serialize(data);
        key ??= randomString(32);
        const now = Date.now();
        // Deleting first moves a re-saved session to the end: the Map stays ordered by last write,
        // so the oldest sessions are the first ones iterated.
        this.#rows.delete(key);
        this.#rows.set(key, { json, expires: now + maxAge * 1000 });
        // Sessions nobody reads again never expire on load: sweep the expired ones now and then
        // (the cost, one pass, is spread over a thousand saves), and drop the oldest past the bound.
        if (++this.#savesSinceSweep >= 1000 || this.#rows.size > this.#maxSessions)
            this.#sweep(now);
        return key;
    }
    #sweep(now) {
        this.#savesSinceSweep = 0;
        for (const [key, row] of this.#rows)
            if (row.expires <= now)
                this.#rows.delete(key);
        for (const key of this.#rows.keys()) {
            if (this.#rows.size <= this.#maxSessions)
                break;
            this.#rows.delete(key);
        }
    }
    async delete(key) {
        this.#rows.delete(key);
    }
    /** How many sessions are stored (expired ones included until they are read or swept). */
    get size() {
        return this.#rows.size;
    }
}
const memoryStores = new WeakMap();
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
export function storeFor(app) {
    const engine = app.settings.SESSION_ENGINE;
    if (engine === "signed_cookies")
        return signedCookieStore;
    if (engine === "memory") {
        let store = memoryStores.get(app);
        if (!store)
            memoryStores.set(app, (store = new MemorySessionStore()));
        return store;
    }
    return engine;
}
/** JSON text of the session, with an error that says which value could not be stored. */
function serialize(data) {
    try {
        return JSON.stringify(data);
    }
    catch (error) {
        throw new TypeError(`The session could not be saved: its values must be JSON-serialisable (${error.message}).`);
    }
}
function isPlainObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
