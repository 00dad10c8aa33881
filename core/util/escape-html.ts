const SPECIAL = /[&<>"']/;

/**
 * Returns `value` converted to a string with `& < > " '` replaced by entities, safe inside
 * element content and quoted attribute values: Django's `escape`. The one HTML escaper of the
 * core: templates' autoescaping, error pages, form widgets and template tags all use it.
 *
 * It runs on every autoescaped value of every page, so it is written for speed: text with
 * nothing to escape is returned as it is (the regex engine finds that out far faster than a
 * loop in JavaScript), and the rest is rebuilt in one pass.
 *
 * @example
 * ```ts
 * escapeHtml(`<script>alert("x")</script>`);
 * // → "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 * ```
 */
export function escapeHtml(value: unknown): string {
  const text = typeof value === "string" ? value : String(value);
  const first = text.search(SPECIAL);
  if (first === -1) return text;
  let out = "";
  let done = 0;
  for (let i = first; i < text.length; i++) {
    let entity: string;
    switch (text.charCodeAt(i)) {
      case 38: entity = "&amp;"; break;
      case 60: entity = "&lt;"; break;
      case 62: entity = "&gt;"; break;
      case 34: entity = "&quot;"; break;
      case 39: entity = "&#39;"; break;
      default: continue;
    }
    out += text.slice(done, i) + entity;
    done = i + 1;
  }
  return out + text.slice(done);
}
