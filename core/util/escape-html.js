const ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
};
/**
 * Returns `value` converted to a string with `& < > " '` replaced by entities, safe inside
 * element content and quoted attribute values. The one HTML escaper of the core: error pages,
 * form widgets and template tags all use it.
 *
 * @example
 * ```ts
 * escapeHtml(`<script>alert("x")</script>`);
 * // → "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 * ```
 */
export function escapeHtml(value) {
    return String(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}
