import type { HttpRequest } from "../http/request.ts";
import type { SafeString } from "../forms/safe.ts";
import { DEBUG, ERROR, INFO, MessageStorage, SUCCESS, WARNING } from "./storage.ts";

/**
 * The request's messages (Django's `get_messages`): what templates get as `messages`.
 * Iterating marks them shown.
 *
 * @example
 * ```ts
 * const texts = [...getMessages(request)].map((m) => m.message);
 * ```
 * @throws Error when MessageMiddleware is not in MIDDLEWARE.
 */
export function getMessages(request: HttpRequest): MessageStorage {
  const storage = request.state.messages;
  if (!(storage instanceof MessageStorage)) {
    throw new Error("You cannot use messages without MessageMiddleware in MIDDLEWARE (it is part of DEFAULT_MIDDLEWARE).");
  }
  return storage;
}

/**
 * Adds a message at `level` (Django's `add_message`), shown on the next page that renders
 * `messages`, usually after a redirect.
 *
 * @example
 * ```ts
 * addMessage(request, messages.WARNING, "Disk almost full", "sticky");
 * ```
 */
export function addMessage(request: HttpRequest, level: number, message: string | SafeString, extraTags = ""): void {
  getMessages(request).add(level, message, extraTags);
}

/**
 * Django's `django.contrib.messages` module: one-time notices for the next page.
 *
 * @example
 * ```ts
 * function save(request: HttpRequest) {
 *   messages.success(request, "Your message was sent.");
 *   return redirect("contact");
 * }
 * // In the template:
 * // {% for m in messages %}<p class="{{ m.tags }}">{{ m }}</p>{% endfor %}
 * ```
 */
export const messages = {
  DEBUG,
  INFO,
  SUCCESS,
  WARNING,
  ERROR,
  addMessage,
  getMessages,
  /** Dropped unless `MESSAGE_LEVEL` is 10 (DEBUG) or lower. */
  debug: (request: HttpRequest, message: string | SafeString, extraTags = "") => addMessage(request, DEBUG, message, extraTags),
  info: (request: HttpRequest, message: string | SafeString, extraTags = "") => addMessage(request, INFO, message, extraTags),
  success: (request: HttpRequest, message: string | SafeString, extraTags = "") => addMessage(request, SUCCESS, message, extraTags),
  warning: (request: HttpRequest, message: string | SafeString, extraTags = "") => addMessage(request, WARNING, message, extraTags),
  error: (request: HttpRequest, message: string | SafeString, extraTags = "") => addMessage(request, ERROR, message, extraTags),
};
