/**
 * Django's template filters that nunjucks lacks, registered on every engine.
 *
 * @module
 */
import nunjucks from "nunjucks";
import { escapeNonAscii } from "../util/ascii-json.ts";
import { escapeHtml } from "../util/escape-html.ts";

/** Characters that could end a `<script>` element or start markup inside it, as Django escapes them. */
const SCRIPT_ESCAPES: Record<string, string> = { "<": "\\u003C", ">": "\\u003E", "&": "\\u0026" };

/** Python's `json.dumps` (", " and ": " separators, non-ASCII as \uXXXX), so the output is Django's to the byte. */
function pythonJson(value: unknown, seen: Set<object> = new Set()): string {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    value = (value as { toJSON(): unknown }).toJSON();
  }
  if (value === null || value === undefined || typeof value === "function") return "null";
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value) : "null";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string" || typeof value === "boolean") return escapeNonAscii(JSON.stringify(value));
  if (seen.has(value as object)) throw new TypeError("json_script: the value refers to itself, so it cannot be written as JSON.");
  seen.add(value as object);
  try {
    if (Array.isArray(value)) return `[${value.map((item) => pythonJson(item, seen)).join(", ")}]`;
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== "function");
    return `{${entries.map(([k, v]) => `${escapeNonAscii(JSON.stringify(k))}: ${pythonJson(v, seen)}`).join(", ")}}`;
  } finally {
    seen.delete(value as object);
  }
}

/**
 * Django's `json_script`: the value as JSON inside `<script type="application/json">`, with
 * `<`, `>` and `&` escaped so the data cannot close the script element. The safe way to hand
 * data to JavaScript (`|dump|safe` is not: a `</script>` in the data ends the element).
 *
 * @example
 * ```ts
 * // {{ data | json_script("hello-data") }}
 * jsonScript({ a: "</script>" }, "hello-data");
 * // '<script id="hello-data" type="application/json">{"a": "\\u003C/script\\u003E"}</script>'
 * ```
 */
export function jsonScript(value: unknown, elementId?: string | null): nunjucks.runtime.SafeString {
  const json = pythonJson(value).replace(/[<>&]/g, (c) => SCRIPT_ESCAPES[c]!);
  const id = elementId ? ` id="${escapeHtml(elementId)}"` : "";
  return new nunjucks.runtime.SafeString(`<script${id} type="application/json">${json}</script>`);
}

/** The filters every onefile engine adds to nunjucks' own. */
export const DJANGO_FILTERS: Readonly<Record<string, (...args: never[]) => unknown>> = Object.freeze({
  json_script: jsonScript,
});
