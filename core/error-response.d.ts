import type { HttpRequest } from "./http/request.ts";
import { HttpResponse } from "./http/response.ts";
import type { Settings } from "./settings.ts";
/** What turning an error into a response needs of the app (the `App` is one). */
export interface ErrorContext {
    readonly settings: Readonly<Settings>;
    /** Where 500s are reported. */
    logError(error: unknown, request: HttpRequest | null): void;
    /** Source lines for the DEBUG 500 page's stack frames. */
    readonly sourceProvider: ((fileName: string) => string | undefined) | undefined;
    /** The URL patterns, for the DEBUG 404 page's "tried" list. */
    readonly resolver: {
        tried(): {
            pattern: string;
            name: string | null;
        }[];
    };
}
/**
 * Turns an exception into the response Django would send (its `response_for_exception`).
 *
 * With `DEBUG`, a 404 shows the URL patterns tried (or the view's message), a 500 or a
 * suspicious request shows the technical page with the stack and source lines, and other
 * client errors show their message. Without `DEBUG`, a plain page that leaks nothing.
 * 500s are also reported to `app.logError`, so hosts print them in their terminal or log.
 */
export declare function responseForError(app: ErrorContext, request: HttpRequest | null, error: unknown): HttpResponse;
