import { isSafe, markSafe, SafeHtml, type SafeString } from "../forms/safe.ts";

/** Message levels, Django's numbers: a message shows when its level is at least `MESSAGE_LEVEL`. */
export const DEBUG = 10;
export const INFO = 20;
export const SUCCESS = 25;
export const WARNING = 30;
export const ERROR = 40;

const LEVEL_TAGS: Record<number, string> = { [DEBUG]: "debug", [INFO]: "info", [SUCCESS]: "success", [WARNING]: "warning", [ERROR]: "error" };

function levelTagOf(level: number): string {
  return LEVEL_TAGS[level] ?? "";
}

function tagsOf(extraTags: string, level: number): string {
  return [extraTags, levelTagOf(level)].filter(Boolean).join(" ");
}

/**
 * One message, as templates see it: `{{ message }}` prints its text, `{{ message.tags }}`
 * gives CSS classes such as "success" (plus any extra tags). A message added as HTML
 * (`markSafe(...)`, as the admin's links to the saved object) keeps that mark across the
 * redirect, and `{{ message }}` prints it as HTML, as Django's does (see {@link messageOf}).
 *
 * @example
 * ```ts
 * const m = new Message(SUCCESS, "Saved.");
 * m.tags;      // "success"
 * String(m);   // "Saved."
 * ```
 */
export class Message {
  constructor(
    readonly level: number,
    readonly message: string | SafeString,
    readonly extraTags = "",
  ) {}

  /** "debug", "info", "success", "warning", "error", or "" for a custom level. */
  get levelTag(): string {
    return levelTagOf(this.level);
  }

  /** Extra tags and the level tag, space-separated, for a `class` attribute. */
  get tags(): string {
    return tagsOf(this.extraTags, this.level);
  }

  toString(): string {
    return String(this.message);
  }
}

/**
 * A message added as HTML. nunjucks prints unescaped only what is a `SafeString`, and Django's
 * `{{ message }}` prints a safe message's HTML, so this kind has SafeString in its prototype chain
 * (through SafeHtml) with the same members as {@link Message}.
 */
class HtmlMessage extends SafeHtml {
  constructor(
    readonly level: number,
    readonly message: SafeString,
    readonly extraTags = "",
  ) {
    super();
  }

  get levelTag(): string {
    return levelTagOf(this.level);
  }

  get tags(): string {
    return tagsOf(this.extraTags, this.level);
  }

  override toString(): string {
    return String(this.message);
  }
}

/**
 * A message of either kind: text, which templates escape, or HTML (`markSafe`), which they print
 * as it is.
 *
 * @example
 * ```ts
 * messageOf(SUCCESS, markSafe('Saved <a href="/q/1/">the question</a>.')); // {{ message }} shows the link
 * ```
 */
export function messageOf(level: number, message: string | SafeString, extraTags = ""): Message {
  return isSafe(message) ? new HtmlMessage(level, message, extraTags) : new Message(level, String(message), extraTags);
}

/** The session key messages wait under between requests. */
export const SESSION_KEY = "_messages";

/** A message as the session keeps it; `1` at the end marks HTML (Django's `is_safedata` flag). */
export type Stored = [level: number, message: string, extraTags: string] | [level: number, message: string, extraTags: string, safe: 1];

/** Where a request's messages are kept between requests: the session, for `MessageMiddleware`. */
export interface MessageBackend {
  /** The messages stored by earlier requests (anything; what is not a message is ignored). */
  load(): unknown;
  /** Stores what should wait for the next request; an empty list means nothing does. */
  save(messages: Stored[]): void;
}

/**
 * The messages of one request (Django's message storage), kept in the session between
 * requests. Iterating it (a template's `{% for message in messages %}`) marks them read: they
 * are then gone from the next response on. Messages added after that wait for the next page.
 *
 * The stored messages are read on first use, and every change is written back at once, so a
 * request that never touches its messages costs no session read and no work after the view.
 *
 * @example
 * ```ts
 * for (const m of getMessages(request)) console.log(m.levelTag, m.message);
 * ```
 */
export class MessageStorage implements Iterable<Message> {
  /** True once the messages were iterated (shown). */
  used = false;
  /** Messages below this level are dropped; starts at `MESSAGE_LEVEL`. */
  level: number;
  readonly #backend: MessageBackend;
  #loaded: Message[] | null = null;
  #queued: Message[] = [];

  constructor(backend: MessageBackend, level: number) {
    this.#backend = backend;
    this.level = level;
  }

  /** Queues a message for display (dropped when below `level`). */
  add(level: number, message: string | SafeString, extraTags = ""): void {
    if (level < this.level) return;
    this.#queued.push(messageOf(level, message, extraTags));
    this.#save();
  }

  /** How many messages wait to be shown (`{% if messages.length %}` in templates). */
  get length(): number {
    return this.#stored().length + this.#queued.length;
  }

  [Symbol.iterator](): Iterator<Message> {
    const loaded = this.#stored();
    const had = loaded.length > 0 || this.#queued.length > 0;
    this.used = true;
    if (this.#queued.length) {
      loaded.push(...this.#queued);
      this.#queued = [];
    }
    if (had) this.#save();
    return loaded[Symbol.iterator]();
  }

  /** What waits for the next request: after the messages were shown only those added since; otherwise all of them. */
  pending(): Stored[] {
    return (this.used ? this.#queued : [...this.#stored(), ...this.#queued]).map(toStored);
  }

  #stored(): Message[] {
    if (this.#loaded !== null) return this.#loaded;
    const stored = this.#backend.load();
    return (this.#loaded = Array.isArray(stored) ? stored.filter(isStored).map(([l, m, t, safe]) => messageOf(l, safe === 1 ? markSafe(m) : m, t)) : []);
  }

  #save(): void {
    this.#backend.save(this.pending());
  }
}

function toStored(m: Message): Stored {
  return isSafe(m.message) ? [m.level, String(m.message), m.extraTags, 1] : [m.level, m.message, m.extraTags];
}

function isStored(value: unknown): value is Stored {
  return Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "string" && typeof value[2] === "string" && (value.length === 3 || (value.length === 4 && value[3] === 1));
}
