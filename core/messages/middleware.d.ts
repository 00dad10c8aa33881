import type { Middleware } from "../middleware/types.ts";
import { MessageStorage } from "./storage.ts";
declare module "../http/request.ts" {
    interface RequestState {
        /** This request's messages (`MessageMiddleware`): what templates show as `messages`. */
        messages?: MessageStorage;
    }
}
/**
 * Django's MessageMiddleware: gives each request its `MessageStorage` (what `messages.*` add
 * to and templates show as `messages`), and after the view keeps unread messages in the
 * session for the next request. It needs `SessionMiddleware` outside it, as in
 * `DEFAULT_MIDDLEWARE`.
 *
 * @example
 * ```ts
 * new App({ MIDDLEWARE: [SecurityMiddleware, SessionMiddleware, CommonMiddleware, CsrfViewMiddleware, MessageMiddleware] });
 * ```
 */
export declare const MessageMiddleware: Middleware;
