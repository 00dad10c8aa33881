/**
 * The request as the DEBUG pages see it, and its "Request information" section.
 * The pages take this plain summary rather than an HttpRequest so they stay
 * independent of the App and can be rendered from any host or test.
 */
import { escapeHtml } from "./escape.js";
import { isSensitiveName, MASK } from "./mask.js";
/**
 * Returns a table of name/value pairs with secret-looking values masked, or an
 * italic "No … data" line when there are none, like Django's request section.
 *
 * @example
 * pairsTable("GET", [["q", "cats"]]);
 * // → '<table class="req">…<td>q</td><td><pre>&quot;cats&quot;</pre></td>…</table>'
 */
export function pairsTable(label, pairs, quote = true) {
    if (pairs.length === 0)
        return `<p class="empty">No ${escapeHtml(label)} data</p>`;
    const rows = pairs.map(([name, value]) => {
        // A masked value is shown bare, so it cannot be mistaken for a real value.
        const text = isSensitiveName(name) ? MASK : quote ? JSON.stringify(value) : value;
        return `<tr><td>${escapeHtml(name)}</td><td><pre>${escapeHtml(text)}</pre></td></tr>`;
    });
    return `<table class="req"><thead><tr><th>Variable</th><th>Value</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
/**
 * Returns the "Request information" section: GET, POST, COOKIES and headers,
 * with secrets masked.
 *
 * @example
 * requestSection({ method: "GET", path: "/", url: "http://x/", GET: [], POST: [], COOKIES: [], headers: [] });
 * // → '<div id="requestinfo"><h2>Request information</h2>…</div>'
 */
export function requestSection(request) {
    return (`<div id="requestinfo"><h2>Request information</h2>` +
        `<h3 id="get-info">GET</h3>${pairsTable("GET", request.GET)}` +
        `<h3 id="post-info">POST</h3>${pairsTable("POST", request.POST)}` +
        `<h3 id="cookie-info">COOKIES</h3>${pairsTable("cookie", request.COOKIES)}` +
        `<h3 id="headers-info">Headers</h3>${pairsTable("header", request.headers, false)}` +
        `</div>`);
}
