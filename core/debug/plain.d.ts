/**
 * The non-DEBUG error pages: a heading and one sentence, nothing about the
 * request, the exception or the app, like Django's default `page_not_found`,
 * `server_error`, `bad_request` and `permission_denied` views.
 */
/**
 * Returns the production error page for a status code as a complete HTML
 * page. Statuses without their own text (other 4xx/5xx) get a generic one.
 *
 * @example
 * plainErrorHtml(404);
 * // → "<!DOCTYPE html>…<h1>Not Found</h1><p>The requested resource was not found on this server.</p>…"
 * @throws {RangeError} when `status` is not an integer from 400 to 599.
 */
export declare function plainErrorHtml(status: number): string;
