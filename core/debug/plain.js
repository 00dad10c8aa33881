/**
 * The non-DEBUG error pages: a heading and one sentence, nothing about the
 * request, the exception or the app, like Django's default `page_not_found`,
 * `server_error`, `bad_request` and `permission_denied` views.
 */
import { page, PLAIN_CSS } from "./style.js";
/** Title and sentence of each page; text is fixed so nothing from the request can reach it. */
const PAGES = {
    400: ["Bad Request (400)", "The server could not understand the request."],
    403: ["403 Forbidden", "You do not have permission to access this resource."],
    404: ["Not Found", "The requested resource was not found on this server."],
    405: ["Method Not Allowed (405)", "The request method is not supported for this resource."],
    413: ["Request Entity Too Large (413)", "The request body is larger than the server accepts."],
    500: ["Server Error (500)", "The server encountered an error and could not complete the request."],
    503: ["Service Unavailable (503)", "The server is temporarily unable to handle the request. Please try again later."],
};
/**
 * Returns the production error page for a status code as a complete HTML
 * page. Statuses without their own text (other 4xx/5xx) get a generic one.
 *
 * @example
 * plainErrorHtml(404);
 * // → "<!DOCTYPE html>…<h1>Not Found</h1><p>The requested resource was not found on this server.</p>…"
 * @throws {RangeError} when `status` is not an integer from 400 to 599.
 */
export function plainErrorHtml(status) {
    if (!Number.isInteger(status) || status < 400 || status > 599) {
        throw new RangeError(`plainErrorHtml(status): expected an error status from 400 to 599, got ${String(status)}.`);
    }
    const [title, sentence] = PAGES[status] ??
        (status < 500
            ? [`Client Error (${status})`, "The request could not be completed."]
            : [`Server Error (${status})`, "The server could not complete the request."]);
    return page({ title, css: PLAIN_CSS, body: `<h1>${title}</h1><p>${sentence}</p>` });
}
