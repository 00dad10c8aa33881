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
export class Session {
    /** True once the data changed: the middleware then saves it and re-sends the cookie. */
    modified = false;
    /** True once the view read or wrote the session: the response then varies on Cookie. */
    accessed = false;
    #data;
    #key;
    /** Keys of the store to delete when the response is saved (after `flush` or `cycleKey`). */
    #stale = [];
    /** @internal Built by the session middleware; `key` is the cookie value it was loaded from. */
    constructor(key, data = {}) {
        this.#key = key;
        this.#data = data;
    }
    /** The store key (cookie value) the session was loaded from or last saved as, or null for a new one. */
    get sessionKey() {
        return this.#key;
    }
    get(key, fallback) {
        this.accessed = true;
        return Object.hasOwn(this.#data, key) ? this.#data[key] : fallback;
    }
    /**
     * Stores `value` under `key`.
     *
     * @example
     * ```ts
     * request.session.set("name", "Ada");
     * ```
     */
    set(key, value) {
        this.accessed = true;
        this.modified = true;
        if (value === undefined)
            delete this.#data[key];
        else
            this.#data[key] = value;
    }
    /** Removes `key`; returns true if it was there. */
    delete(key) {
        this.accessed = true;
        if (!Object.hasOwn(this.#data, key))
            return false;
        delete this.#data[key];
        this.modified = true;
        return true;
    }
    /** True when `key` is stored. */
    has(key) {
        this.accessed = true;
        return Object.hasOwn(this.#data, key);
    }
    /** The stored keys. */
    keys() {
        this.accessed = true;
        return Object.keys(this.#data);
    }
    /** `[key, value]` pairs. */
    entries() {
        this.accessed = true;
        return Object.entries(this.#data);
    }
    /** True when nothing is stored. */
    get isEmpty() {
        return Object.keys(this.#data).length === 0;
    }
    /**
     * Removes every value but keeps the session key. Use `flush()` to log someone out: it also
     * drops the key.
     */
    clear() {
        this.accessed = true;
        if (!this.isEmpty)
            this.modified = true;
        this.#data = {};
    }
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
    flush() {
        this.clear();
        this.modified = true;
        if (this.#key !== null)
            this.#stale.push(this.#key);
        this.#key = null;
    }
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
    cycleKey() {
        this.accessed = true;
        this.modified = true;
        if (this.#key !== null)
            this.#stale.push(this.#key);
        this.#key = null;
    }
    /**
     * @internal Saves a modified session through `store` and returns the new cookie value, or
     * null when the cookie should be deleted (the session is empty). Old keys are deleted.
     */
    async save(store, context) {
        for (const key of this.#stale.splice(0))
            await store.delete(key, context);
        if (this.isEmpty) {
            if (this.#key !== null)
                await store.delete(this.#key, context);
            this.#key = null;
            return null;
        }
        this.#key = await store.save(this.#key, this.#data, context);
        this.modified = false;
        return this.#key;
    }
    /** The data as a plain object, for debugging (`console.log(request.session.toJSON())`). */
    toJSON() {
        return { ...this.#data };
    }
}
