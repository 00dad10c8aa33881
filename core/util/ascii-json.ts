/**
 * JSON text with every non-ASCII character written as a `\uXXXX` escape, as Python's
 * `json.dumps` writes it by default (`ensure_ascii`), so onefile's output matches Django's byte
 * for byte (signed tokens, `json_script`). Astral characters become surrogate pairs, as in Python.
 *
 * @example
 * ```ts
 * escapeNonAscii(JSON.stringify("café")); // "\"caf\\u00e9\""
 * ```
 */
export function escapeNonAscii(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
