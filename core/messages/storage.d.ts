/** Message levels, Django's numbers: a message shows when its level is at least `MESSAGE_LEVEL`. */
export declare const DEBUG = 10;
export declare const INFO = 20;
export declare const SUCCESS = 25;
export declare const WARNING = 30;
export declare const ERROR = 40;
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
export declare class Message {
    readonly level: number;
    readonly message: string;
    readonly extraTags: string;
    constructor(level: number, message: string, extraTags?: string);
    /** "debug", "info", "success", "warning", "error", or "" for a custom level. */
    get levelTag(): string;
    /** Extra tags and the level tag, space-separated, for a `class` attribute. */
    get tags(): string;
    toString(): string;
}
/** The session key messages wait under between requests. */
export declare const SESSION_KEY = "_messages";
type Stored = [level: number, message: string, extraTags: string];
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
export declare class MessageStorage implements Iterable<Message> {
    #private;
    /** True once the messages were iterated (shown). */
    used: boolean;
    /** Messages below this level are dropped; starts at `MESSAGE_LEVEL`. */
    level: number;
    constructor(stored: unknown, level: number);
    /** Queues a message for display (dropped when below `level`). */
    add(level: number, message: string, extraTags?: string): void;
    /** How many messages wait to be shown (`{% if messages.length %}` in templates). */
    get length(): number;
    [Symbol.iterator](): Iterator<Message>;
    /**
     * What to keep for the next request, or null when nothing changed: after the messages were
     * shown only those added since remain; otherwise all of them.
     */
    pending(): Stored[] | null;
}
export {};
