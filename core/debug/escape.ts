/**
 * HTML escaping for the error pages. Every value that reaches a page, from an
 * exception message to a cookie name, goes through here, because an error page
 * that renders attacker-controlled text unescaped is a cross-site scripting hole.
 */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Returns `value` converted to a string with `& < > " '` replaced by entities,
 * safe inside element content and quoted attribute values.
 *
 * @example
 * escapeHtml(`<script>alert("x")</script>`);
 * // → "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
