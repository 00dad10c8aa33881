/**
 * The request as the DEBUG pages see it, and its "Request information" section.
 * The pages take this plain summary rather than an HttpRequest so they stay
 * independent of the App and can be rendered from any host or test.
 */
/** What the error pages need to know about a request; the pipeline builds it from HttpRequest. */
export interface RequestSummary {
    /** Upper-case method, `"GET"`. */
    method: string;
    /** Path including SCRIPT_NAME, without the query: `"/preview/abc/hello/7/"`. */
    path: string;
    /** The full URL as the client asked for it, query included. */
    url: string;
    GET: [string, string][];
    POST: [string, string][];
    COOKIES: [string, string][];
    headers: [string, string][];
}
/**
 * Returns a table of name/value pairs with secret-looking values masked, or an
 * italic "No … data" line when there are none, like Django's request section.
 *
 * @example
 * pairsTable("GET", [["q", "cats"]]);
 * // → '<table class="req">…<td>q</td><td><pre>&quot;cats&quot;</pre></td>…</table>'
 */
export declare function pairsTable(label: string, pairs: readonly (readonly [string, string])[], quote?: boolean): string;
/**
 * Returns the "Request information" section: GET, POST, COOKIES and headers,
 * with secrets masked.
 *
 * @example
 * requestSection({ method: "GET", path: "/", url: "http://x/", GET: [], POST: [], COOKIES: [], headers: [] });
 * // → '<div id="requestinfo"><h2>Request information</h2>…</div>'
 */
export declare function requestSection(request: RequestSummary): string;
