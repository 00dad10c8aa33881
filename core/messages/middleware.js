import { ImproperlyConfigured } from "../errors.js";
import { MessageStorage, SESSION_KEY } from "./storage.js";
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
export const MessageMiddleware = (getResponse, { settings }) => async (request) => {
    const session = request.session;
    if (!session) {
        throw new ImproperlyConfigured("MessageMiddleware needs SessionMiddleware before it in MIDDLEWARE: messages are kept in the session.");
    }
    // Read without marking the session accessed: a page that shows no messages should not
    // vary on Cookie just because this middleware looked.
    const wasAccessed = session.accessed;
    const storage = new MessageStorage(session.get(SESSION_KEY), settings.MESSAGE_LEVEL);
    session.accessed = wasAccessed;
    request.state.messages = storage;
    const response = await getResponse(request);
    const pending = storage.pending();
    if (pending !== null) {
        if (pending.length)
            session.set(SESSION_KEY, pending);
        else
            session.delete(SESSION_KEY);
    }
    return response;
};
