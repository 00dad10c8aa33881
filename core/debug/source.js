/**
 * Source lines around an error position, for stack frames and template errors.
 * Line numbers are the file's own, so the page agrees with the user's editor.
 */
import { escapeHtml } from "./escape.js";
/** Lines longer than this are cut, so a minified bundle does not produce a megabyte page. */
const MAX_LINE = 240;
/**
 * Returns `radius` lines either side of 1-based `line` of `source`, or null when
 * the source has no such line (then the file changed since the error, and
 * showing other lines would mislead).
 *
 * @example
 * sourceContext("a\nb\nc\nd", 3, null, 1);
 * // → { lines: [{ number: 2, text: "b" }, { number: 3, text: "c" }, { number: 4, text: "d" }], errorLine: 3, column: null }
 */
export function sourceContext(source, line, column, radius = 5) {
    const all = source.split(/\r\n|\r|\n/);
    if (!Number.isInteger(line) || line < 1 || line > all.length)
        return null;
    const first = Math.max(1, line - radius);
    const last = Math.min(all.length, line + radius);
    const lines = [];
    let shownColumn = column;
    for (let n = first; n <= last; n++) {
        const text = all[n - 1];
        if (n === line && column !== null && text.length > MAX_LINE) {
            // Keep the error column visible on a very long (minified) line.
            const start = Math.max(0, column - 1 - MAX_LINE / 2);
            const prefix = start > 0 ? "…" : "";
            lines.push({ number: n, text: prefix + text.slice(start, start + MAX_LINE) + (start + MAX_LINE < text.length ? "…" : "") });
            shownColumn = column - start + prefix.length;
        }
        else {
            lines.push({ number: n, text: text.length > MAX_LINE ? text.slice(0, MAX_LINE) + "…" : text });
        }
    }
    return { lines, errorLine: line, column: shownColumn };
}
/**
 * Returns the context as an HTML table with line numbers, the error line
 * highlighted and the error column marked when one is known.
 *
 * @example
 * sourceTable(sourceContext("let a;\nnull.x;\n", 2, 6, 1)!);
 * // → '<div class="context"><table class="source">…<tr class="error-line"><th>2</th><td>null.<mark class="col">x</mark>;</td></tr>…'
 */
export function sourceTable(context) {
    const rows = [];
    for (const { number, text } of context.lines) {
        if (number !== context.errorLine) {
            rows.push(`<tr><th>${number}</th><td>${escapeHtml(text) || " "}</td></tr>`);
            continue;
        }
        // The error column is marked inside the line rather than with a caret row
        // below it, which would push the following lines apart.
        const col = context.column;
        const html = col !== null && col >= 1 && col <= text.length + 1
            ? `${escapeHtml(text.slice(0, col - 1))}<mark class="col">${escapeHtml(text.slice(col - 1, col)) || " "}</mark>${escapeHtml(text.slice(col))}`
            : escapeHtml(text) || " ";
        rows.push(`<tr class="error-line"><th>${number}</th><td>${html}</td></tr>`);
    }
    return `<div class="context"><table class="source"><tbody>${rows.join("")}</tbody></table></div>`;
}
/**
 * Looks a file up through the host's `sourceFor`, treating a throwing or
 * non-string answer as unknown: the page must render even if the lookup fails.
 *
 * @example
 * safeSource((name) => name === "app.ts" ? "code" : undefined, "app.ts"); // → "code"
 */
export function safeSource(sourceFor, fileName) {
    if (!sourceFor)
        return undefined;
    try {
        const source = sourceFor(fileName);
        return typeof source === "string" ? source : undefined;
    }
    catch {
        return undefined;
    }
}
