/**
 * Messages: one-time notices ("Saved.") kept in the session until a page shows them.
 *
 * @example
 * ```ts
 * import { messages, redirect } from "onefile";
 * messages.success(request, "Thanks!");
 * return redirect("index");
 * ```
 * @module
 */
export { messages, addMessage, getMessages } from "./api.ts";
export { MessageMiddleware } from "./middleware.ts";
export { Message, MessageStorage, DEBUG, INFO, SUCCESS, WARNING, ERROR } from "./storage.ts";
