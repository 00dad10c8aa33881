import type { SessionData, SessionStore, SessionStoreContext } from "./store.ts";
/**
 * `request.session`: a dictionary that lives across requests, as Django's SessionBase.
 *
 * The session middleware loads it before the view and saves it after, only when it was
 * changed (`modified`), so unchanged sessions cost no signature and send no cookie. Values
 * must be JSON-serialisable. Mutating an object you read from the session does not mark it
 * modified: `set` it again (or set `session.modified = true`), as in Django.
 *
 * @example
 * ```ts
 * function visit(request: HttpRequest) {
 *   const count = (request.session.get<number>("visits") ?? 0) + 1;
 *   request.session.set("visits", count);
 *   return `Visit number ${count}`;
 * }
 * ```
 */
export declare class Session {
    #private;
    /** True once the data changed: the middleware then saves it and re-sends the cookie. */
    modified: boolean;
    /** True once the view read or wrote the session: the response then varies on Cookie. */
    accessed: boolean;
    /** @internal Built by the session middleware; `key` is the cookie value it was loaded from. */
    constructor(key: string | null, data?: SessionData);
    /** The store key (cookie value) the session was loaded from or last saved as, or null for a new one. */
    get sessionKey(): string | null;
    /** The value under `key`, or `fallback` (default `undefined`) when there is none. */
    get<T = unknown>(key: string): T | undefined;
    get<T>(key: string, fallback: T): T;
    /**
     * Stores `value` under `key`.
     *
     * @example
     * ```ts
     * request.session.set("name", "Ada");
     * ```
     */
    set(key: string, value: unknown): void;
    /** Removes `key`; returns true if it was there. */
    delete(key: string): boolean;
    /** True when `key` is stored. */
    has(key: string): boolean;
    /** The stored keys. */
    keys(): string[];
    /** `[key, value]` pairs. */
    entries(): [string, unknown][];
    /** True when nothing is stored. */
    get isEmpty(): boolean;
    /**
     * Removes every value but keeps the session key. Use `flush()` to log someone out: it also
     * drops the key.
     */
    clear(): void;
    /**
     * Empties the session, deletes it from the store and drops the cookie: what logout does.
     *
     * @example
     * ```ts
     * function logout(request: HttpRequest) {
     *   request.session.flush();
     *   return redirect("index");
     * }
     * ```
     */
    flush(): void;
    /**
     * Keeps the data under a new key and retires the old one, so a key an attacker planted or
     * saw before a login is useless after it (Django's `cycle_key`, called on login).
     *
     * @example
     * ```ts
     * request.session.cycleKey();
     * request.session.set("userId", user.id);
     * ```
     */
    cycleKey(): void;
    /**
     * @internal Saves a modified session through `store` and returns the new cookie value, or
     * null when the cookie should be deleted (the session is empty). Old keys are deleted.
     */
    save(store: SessionStore, context: SessionStoreContext): Promise<string | null>;
    /** The data as a plain object, for debugging (`console.log(request.session.toJSON())`). */
    toJSON(): SessionData;
}
