/**
 * The DEBUG 404 page, after Django's `technical_404_response`: which URL
 * patterns were tried, in order, and why none matched, or the message of the
 * Http404 a view raised.
 */
import type { RequestSummary } from "./request.ts";
/** What {@link technical404Html} renders. */
export interface Technical404Info {
    request: RequestSummary;
    /** The patterns tried, in order, as full route strings (with include prefixes). */
    tried: string[] | {
        pattern: string;
        name: string | null;
    }[];
    /** The message of an Http404 raised by a view; its presence means a pattern matched. */
    reason?: string | undefined;
    /** The view that raised Http404 (Django's "Raised by:"), e.g. `"articleDetail"`. */
    raisedBy?: string | undefined;
    /** The mount prefix (SCRIPT_NAME), removed from the path shown as "the current path". */
    scriptName?: string | undefined;
}
/**
 * Returns the DEBUG "Page not found (404)" page as a complete HTML page.
 *
 * @example
 * technical404Html({
 *   request: { method: "GET", path: "/nope/", url: "http://localhost:8000/nope/", GET: [], POST: [], COOKIES: [], headers: [] },
 *   tried: [{ pattern: "", name: "index" }, { pattern: "hello/<int:id>/", name: "hello" }],
 * });
 * // → a page listing both patterns and "The current path, nope/, didn't match any of these."
 */
export declare function technical404Html(info: Technical404Info): string;
