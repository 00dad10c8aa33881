/**
 * The DEBUG 500 page, after Django's `technical_500_response`: the exception in a
 * yellow band, the traceback with the user's own source lines, template context
 * for template errors, the request and the (masked) settings.
 */
import { type RequestSummary } from "./request.ts";
/** What {@link technical500Html} renders. */
export interface Technical500Info {
    /** The thrown value, Error or not. */
    error: unknown;
    request: RequestSummary;
    /**
     * Returns the source text of a file named in a stack frame (as the stack names
     * it), or of a template as `"template:" + name`; undefined when unknown.
     */
    sourceFor?: ((fileName: string) => string | undefined) | undefined;
    /** The app's settings; secret-looking keys are masked before display. */
    settings?: Record<string, unknown> | undefined;
    /** Optional override of which files count as framework code (folded away). */
    isFrameworkFile?: ((fileName: string) => boolean) | undefined;
}
/**
 * Returns the DEBUG page for an unhandled exception, as a complete HTML page.
 *
 * @example
 * const html = technical500Html({
 *   error: new TypeError("x is undefined"),
 *   request: { method: "GET", path: "/hello/", url: "http://localhost:8000/hello/", GET: [], POST: [], COOKIES: [], headers: [] },
 *   sourceFor: (file) => (file.endsWith("hello.ts") ? helloSource : undefined),
 *   settings: app.settings,
 * });
 * // html contains "<h1>TypeError at /hello/</h1>" and hello.ts's lines around each of its frames.
 */
export declare function technical500Html(info: Technical500Info): string;
