/**
 * The 403 page for a failed CSRF check, after Django's `csrf_failure` view. The
 * reason and the help list appear only with DEBUG; the short explanations for a
 * missing cookie or Referer appear always, as in Django, because they tell a
 * legitimate visitor what to change in their browser and leak nothing.
 */
import { REASON_NO_CSRF_COOKIE, REASON_NO_REFERER } from "../csrf/reasons.js";
import { escapeHtml } from "./escape.js";
import { page, TECHNICAL_CSS } from "./style.js";
// Kept importable from here for code written before the reasons moved to core/csrf/reasons.ts.
export { REASON_NO_CSRF_COOKIE, REASON_NO_REFERER };
const NO_REFERER = `<p>You are seeing this message because this HTTPS site requires a “Referer header” to be sent by your web browser, ` +
    `but none was sent. This header is required for security reasons, to ensure that your browser is not being hijacked by third parties.</p>` +
    `<p>If you have configured your browser to disable “Referer” headers, please re-enable them, at least for this site, ` +
    `or for HTTPS connections, or for “same-origin” requests.</p>` +
    `<p>If you are using the <code>&lt;meta name="referrer" content="no-referrer"&gt;</code> tag or including the ` +
    `“Referrer-Policy: no-referrer” header, please remove them. The CSRF protection requires the “Referer” header to do strict ` +
    `referer checking. If you’re concerned about privacy, use alternatives like <code>&lt;a rel="noreferrer" …&gt;</code> for links to third-party sites.</p>`;
const NO_COOKIE = `<p>You are seeing this message because this site requires a CSRF cookie when submitting forms. ` +
    `This cookie is required for security reasons, to ensure that your browser is not being hijacked by third parties.</p>` +
    `<p>If you have configured your browser to disable cookies, please re-enable them, at least for this site, or for “same-origin” requests.</p>`;
const HELP = `<p>In general, this can occur when there is a genuine Cross Site Request Forgery, or when onefile’s CSRF mechanism ` +
    `has not been used correctly. For POST forms, you need to ensure:</p><ul>` +
    `<li>Your browser is accepting cookies.</li>` +
    `<li>The view passes the <code>request</code> to the template’s render, for example with <code>render(request, "form.html", context)</code>.</li>` +
    `<li>In the template, there is a <code>{% csrf_token %}</code> template tag inside each POST form that targets an internal URL.</li>` +
    `<li>The CSRF middleware is in <code>MIDDLEWARE</code> (it is part of <code>DEFAULT_MIDDLEWARE</code>).</li>` +
    `<li>The form has a valid CSRF token. After logging in in another browser tab or hitting the back button after a login, ` +
    `you may need to reload the page with the form, because the token is rotated after a login.</li></ul>` +
    `<p>You’re seeing the help section of this page because you have <code>DEBUG = true</code> in your settings. ` +
    `Change that to <code>false</code>, and only the initial error message will be displayed.</p>`;
const CSRF_CSS = `
#info ul { margin: .5em 0 .5em 1.6em; }
#info li { margin: .25em 0; }
#summary p { margin: .6em 0; max-width: 60em; }
`;
/**
 * Returns the "Forbidden (403) — CSRF verification failed. Request aborted."
 * page as a complete HTML page. With `debug`, it adds the reason and
 * Django's checklist of common causes.
 *
 * @example
 * csrfFailureHtml(REASON_NO_CSRF_COOKIE, true);
 * // → a page with "CSRF verification failed. Request aborted.", the cookie advice, the reason and the help list
 */
export function csrfFailureHtml(reason, debug) {
    const text = String(reason ?? "");
    let body = `<div id="summary"><h1>Forbidden <span>(403)</span></h1>` +
        `<p>CSRF verification failed. Request aborted.</p>` +
        (text === REASON_NO_REFERER ? NO_REFERER : "") +
        (text === REASON_NO_CSRF_COOKIE ? NO_COOKIE : "") +
        `</div>`;
    if (debug) {
        body +=
            `<div id="info"><h2>Help</h2>` +
                (text ? `<p>Reason given for failure:</p><pre>    ${escapeHtml(text)}</pre>` : "") +
                HELP +
                `</div>`;
    }
    else {
        body += `<div id="explanation"><p><small>More information is available with DEBUG = true.</small></p></div>`;
    }
    return page({ title: "403 Forbidden", css: TECHNICAL_CSS + CSRF_CSS, body });
}
