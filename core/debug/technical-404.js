/**
 * The DEBUG 404 page, after Django's `technical_404_response`: which URL
 * patterns were tried, in order, and why none matched, or the message of the
 * Http404 a view raised.
 */
import { escapeHtml } from "./escape.js";
import { page, TECHNICAL_CSS } from "./style.js";
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
export function technical404Html(info) {
    const { request } = info;
    const patterns = info.tried.map((t) => (typeof t === "string" ? { pattern: t, name: null } : t));
    const reason = info.reason === undefined || info.reason === "" ? undefined : info.reason;
    const current = currentPath(request.path, info.scriptName);
    const currentHtml = current === "" ? "The empty path" : `The current path, <code>${escapeHtml(current)}</code>,`;
    let details;
    if (patterns.length > 0) {
        const items = patterns
            .map((p) => `<li><code>${escapeHtml(p.pattern)}${p.name ? ` [name='${escapeHtml(p.name)}']` : ""}</code></li>`)
            .join("");
        details =
            `<p>Using the URLconf defined in your app, onefile tried these URL patterns, in this order:</p>` +
                `<ol class="patterns">${items}</ol>` +
                `<p>${currentHtml} ${reason !== undefined ? "matched the last one." : "didn't match any of these."}</p>`;
    }
    else if (reason !== undefined) {
        // The message is already in the summary band; saying it twice adds nothing.
        details = "";
    }
    else {
        details =
            `<p>Your app has no URL patterns yet, so onefile could not match ` +
                `${current === "" ? "the empty path" : `<code>${escapeHtml(current)}</code>`}. ` +
                `Add some to <code>app.urlpatterns</code>.</p>`;
    }
    const body = `<div id="summary"><h1>Page not found <span>(404)</span></h1>` +
        (reason !== undefined ? `<pre class="exception_value">${escapeHtml(reason)}</pre>` : "") +
        `<table class="meta"><tbody>` +
        `<tr><th>Request Method:</th><td>${escapeHtml(request.method)}</td></tr>` +
        `<tr><th>Request URL:</th><td>${escapeHtml(request.url)}</td></tr>` +
        (info.raisedBy ? `<tr><th>Raised by:</th><td>${escapeHtml(info.raisedBy)}</td></tr>` : "") +
        `</tbody></table></div>` +
        (details ? `<div id="info">${details}</div>` : "") +
        `<div id="explanation"><p>You're seeing this error because you have <code>DEBUG = true</code> in your settings. ` +
        `Change that to <code>false</code>, and onefile will display a standard 404 page.</p></div>`;
    return page({ title: `Page not found at ${request.path}`, css: TECHNICAL_CSS + PATTERNS_CSS, body });
}
const PATTERNS_CSS = `
#info ol.patterns { margin: .5em 0 .5em 2.2em; }
#info ol.patterns li { margin: .15em 0; }
`;
/**
 * The path as URL patterns see it: without the mount prefix and without the
 * leading slash, as Django shows "The current path, hello/7/, …".
 */
function currentPath(path, scriptName) {
    let rest = path;
    if (scriptName && scriptName !== "/" && rest.startsWith(scriptName.replace(/\/$/, ""))) {
        rest = rest.slice(scriptName.replace(/\/$/, "").length);
    }
    return rest.replace(/^\//, "");
}
