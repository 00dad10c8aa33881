/**
 * Source lines around an error position, for stack frames and template errors.
 * Line numbers are the file's own, so the page agrees with the user's editor.
 */
/** One displayed line of source: its 1-based number and its (possibly shortened) text. */
export interface SourceLine {
    number: number;
    text: string;
}
/** The lines around an error and which of them is the error line. */
export interface SourceContext {
    lines: SourceLine[];
    errorLine: number;
    /** 1-based column inside the shown text of the error line, or null. */
    column: number | null;
}
/**
 * Returns `radius` lines either side of 1-based `line` of `source`, or null when
 * the source has no such line (then the file changed since the error, and
 * showing other lines would mislead).
 *
 * @example
 * sourceContext("a\nb\nc\nd", 3, null, 1);
 * // → { lines: [{ number: 2, text: "b" }, { number: 3, text: "c" }, { number: 4, text: "d" }], errorLine: 3, column: null }
 */
export declare function sourceContext(source: string, line: number, column: number | null, radius?: number): SourceContext | null;
/**
 * Returns the context as an HTML table with line numbers, the error line
 * highlighted and the error column marked when one is known.
 *
 * @example
 * sourceTable(sourceContext("let a;\nnull.x;\n", 2, 6, 1)!);
 * // → '<div class="context"><table class="source">…<tr class="error-line"><th>2</th><td>null.<mark class="col">x</mark>;</td></tr>…'
 */
export declare function sourceTable(context: SourceContext): string;
/**
 * Looks a file up through the host's `sourceFor`, treating a throwing or
 * non-string answer as unknown: the page must render even if the lookup fails.
 *
 * @example
 * safeSource((name) => name === "app.ts" ? "code" : undefined, "app.ts"); // → "code"
 */
export declare function safeSource(sourceFor: ((fileName: string) => string | undefined) | undefined, fileName: string): string | undefined;
