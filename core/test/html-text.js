/**
 * The text a reader sees in an HTML page, for `toContainText`: what Django's `assertContains`
 * would match if it ignored markup. Not an HTML parser: tests compare text, and a page whose
 * markup confuses this is still compared by its raw content with `toContain`.
 */
/** Elements that flow inside a line: their tags separate nothing ("<b>Ada</b>: hi" reads "Ada: hi"). */
const INLINE = /^<\/?(a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)\b/i;
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };
/**
 * Returns the visible text of `html`: `<script>`, `<style>`, `<template>` and comments dropped,
 * tags removed (block tags leave a space, inline ones nothing), the entities templates produce
 * decoded, and runs of whitespace made one space.
 *
 * @example
 * ```ts
 * textOf("<h1>Tom &amp; Jerry</h1>\n<p><b>two</b>  cats</p>"); // "Tom & Jerry two cats"
 * ```
 */
export function textOf(html) {
    return collapseWhitespace(html
        .replace(/<!--[\s\S]*?-->/g, " ")
        .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
        .replace(/<[^>]*>/g, (tag) => (INLINE.test(tag) ? "" : " "))
        .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, decodeEntity));
}
/** Trims and turns every run of whitespace into one space, so line breaks in templates do not matter. */
export function collapseWhitespace(text) {
    return text.replace(/\s+/g, " ").trim();
}
function decodeEntity(entity, name) {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x"))
        return fromCodePoint(parseInt(lower.slice(2), 16)) ?? entity;
    if (lower.startsWith("#"))
        return fromCodePoint(Number(lower.slice(1))) ?? entity;
    return ENTITIES[lower] ?? entity;
}
function fromCodePoint(code) {
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
