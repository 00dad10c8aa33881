/**
 * The text a reader sees in an HTML page, for `toContainText`: what Django's `assertContains`
 * would match if it ignored markup. Not an HTML parser: tests compare text, and a page whose
 * markup confuses this is still compared by its raw content with `toContain`.
 */
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
export declare function textOf(html: string): string;
/** Trims and turns every run of whitespace into one space, so line breaks in templates do not matter. */
export declare function collapseWhitespace(text: string): string;
