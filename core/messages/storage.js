/** Message levels, Django's numbers: a message shows when its level is at least `MESSAGE_LEVEL`. */
export const DEBUG = 10;
export const INFO = 20;
export const SUCCESS = 25;
export const WARNING = 30;
export const ERROR = 40;
const LEVEL_TAGS = { [DEBUG]: "debug", [INFO]: "info", [SUCCESS]: "success", [WARNING]: "warning", [ERROR]: "error" };
/**
 * One message, as templates see it: `{{ message }}` prints its text, `{{ message.tags }}`
 * gives CSS classes such as "success" (plus any extra tags).
 *
 * @example
 * ```ts
 * const m = new Message(SUCCESS, "Saved.");
 * m.tags;      // "success"
 * String(m);   // "Saved."
 * ```
 */
export class Message {
    level;
    message;
    extraTags;
    constructor(level, message, extraTags = "") {
        this.level = level;
        this.message = message;
        this.extraTags = extraTags;
    }
    /** "debug", "info", "success", "warning", "error", or "" for a custom level. */
    get levelTag() {
        return LEVEL_TAGS[this.level] ?? "";
    }
    /** Extra tags and the level tag, space-separated, for a `class` attribute. */
    get tags() {
        return [this.extraTags, this.levelTag].filter(Boolean).join(" ");
    }
    toString() {
        return this.message;
    }
}
/** The session key messages wait under between requests. */
export const SESSION_KEY = "_messages";
/**
 * The messages of one request (Django's message storage), kept in the session between
 * requests. Iterating it (a template's `{% for message in messages %}`) marks them read: they
 * are then gone from the next response on. Messages added after that wait for the next page.
 *
 * @example
 * ```ts
 * for (const m of getMessages(request)) console.log(m.levelTag, m.message);
 * ```
 */
export class MessageStorage {
    /** True once the messages were iterated (shown). */
    used = false;
    /** Messages below this level are dropped; starts at `MESSAGE_LEVEL`. */
    level;
    #loaded;
    #queued = [];
    #addedNew = false;
    constructor(stored, level) {
        this.level = level;
        this.#loaded = Array.isArray(stored) ? stored.filter(isStored).map(([l, m, t]) => new Message(l, m, t)) : [];
    }
    /** Queues a message for display (dropped when below `level`). */
    add(level, message, extraTags = "") {
        if (level < this.level)
            return;
        this.#addedNew = true;
        this.#queued.push(new Message(level, String(message), extraTags));
    }
    /** How many messages wait to be shown (`{% if messages.length %}` in templates). */
    get length() {
        return this.#loaded.length + this.#queued.length;
    }
    [Symbol.iterator]() {
        this.used = true;
        if (this.#queued.length) {
            this.#loaded.push(...this.#queued);
            this.#queued = [];
        }
        return this.#loaded[Symbol.iterator]();
    }
    /**
     * What to keep for the next request, or null when nothing changed: after the messages were
     * shown only those added since remain; otherwise all of them.
     */
    pending() {
        if (this.used)
            return this.#queued.map(toStored);
        if (this.#addedNew)
            return [...this.#loaded, ...this.#queued].map(toStored);
        return null;
    }
}
function toStored(m) {
    return [m.level, m.message, m.extraTags];
}
function isStored(value) {
    return Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "string" && typeof value[2] === "string";
}
