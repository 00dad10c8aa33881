/**
 * Request log lines in the format of Django's runserver:
 * `[23/Nov/2026 19:07:00] "GET /x/ HTTP/1.1" 200 123`.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Formats one request, as Django's `WSGIRequestHandler.log_message` does (local time).
 * A streamed body of unknown length is logged as "-".
 *
 * @example
 * ```ts
 * requestLogLine(new Date(2026, 10, 23, 19, 7, 0), "GET", "/x/", "HTTP/1.1", 200, 123);
 * // → '[23/Nov/2026 19:07:00] "GET /x/ HTTP/1.1" 200 123'
 * ```
 */
export function requestLogLine(when: Date, method: string, target: string, protocol: string, status: number, length: number | null): string {
  return `[${logTimestamp(when)}] "${method} ${target} ${protocol}" ${status} ${length ?? "-"}`;
}

/**
 * Django's log timestamp, `23/Nov/2026 19:07:00`.
 *
 * @example
 * ```ts
 * logTimestamp(new Date(2026, 0, 5, 9, 3, 7)); // "05/Jan/2026 09:03:07"
 * ```
 */
export function logTimestamp(when: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(when.getDate())}/${MONTHS[when.getMonth()]}/${when.getFullYear()} ${two(when.getHours())}:${two(when.getMinutes())}:${two(when.getSeconds())}`;
}
