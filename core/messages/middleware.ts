import { ImproperlyConfigured } from "../errors.ts";
import type { Middleware } from "../middleware/types.ts";
import type { Session } from "../sessions/session.ts";
import { MessageStorage, SESSION_KEY, type MessageBackend, type Stored } from "./storage.ts";

declare module "../http/request.ts" {
  interface RequestState {
    /** This request's messages (`MessageMiddleware`): what templates show as `messages`. */
    messages?: MessageStorage;
  }
}

/**
 * Django's MessageMiddleware: gives each request its `MessageStorage` (what `messages.*` add
 * to and templates show as `messages`), kept in the session for the next request. It needs
 * `SessionMiddleware` outside it, as in `DEFAULT_MIDDLEWARE`. The storage reads the session only
 * when messages are used and writes each change back at once, so this middleware does nothing
 * after the view: a request without messages pays for one small object.
 *
 * @example
 * ```ts
 * new App({ MIDDLEWARE: [SecurityMiddleware, SessionMiddleware, CommonMiddleware, CsrfViewMiddleware, MessageMiddleware] });
 * ```
 */
export const MessageMiddleware: Middleware = (getResponse, { settings }) => (request) => {
  const session = request.session;
  if (!session) {
    throw new ImproperlyConfigured("MessageMiddleware needs SessionMiddleware before it in MIDDLEWARE: messages are kept in the session.");
  }
  request.state.messages = new MessageStorage(new SessionBackend(session), settings.MESSAGE_LEVEL);
  return getResponse(request);
};

/** Messages kept under one session key. */
class SessionBackend implements MessageBackend {
  constructor(readonly session: Session) {}

  load(): unknown {
    // Read without marking the session accessed: a page that shows no messages should not
    // vary on Cookie just because messages were looked at.
    const wasAccessed = this.session.accessed;
    const stored = this.session.get(SESSION_KEY);
    this.session.accessed = wasAccessed;
    return stored;
  }

  save(messages: Stored[]): void {
    if (messages.length) this.session.set(SESSION_KEY, messages);
    else this.session.delete(SESSION_KEY);
  }
}
