/**
 * HTML-safe strings for form rendering.
 *
 * nunjucks escapes every value printed with autoescape on unless the value is
 * an instance of its `runtime.SafeString`. Forms, bound fields and error lists
 * are objects with their own state, so instead of wrapping them the renderable
 * classes put `SafeString.prototype` in their prototype chain: `{{ form }}`
 * then prints the form's HTML once, never double-escaped, while the object
 * keeps its own properties and methods.
 *
 * @module
 */
import nunjucks from "nunjucks";
import { escapeHtml } from "../util/escape-html.js";
/**
 * Marks `html` as safe so nunjucks prints it without escaping. Only pass HTML
 * you built and escaped yourself.
 *
 * @example
 * ```ts
 * const help = markSafe('See <a href="/rules/">the rules</a>.');
 * forms.CharField({ helpText: help });
 * ```
 */
export function markSafe(html) {
    return new nunjucks.runtime.SafeString(html);
}
/** True for values that nunjucks would print unescaped. */
export function isSafe(value) {
    return value instanceof nunjucks.runtime.SafeString;
}
/**
 * Escapes `& < > " '` (Django's `escape`), leaving safe strings alone.
 *
 * @example
 * ```ts
 * escape('<script>"x"</script>'); // "&lt;script&gt;&quot;x&quot;&lt;/script&gt;"
 * ```
 */
export function escape(value) {
    if (isSafe(value))
        return value.toString();
    return escapeHtml(value ?? "");
}
/**
 * Renders attributes as ` name="value"` pairs (Django's `flatatt`): escaped
 * values, bare boolean attributes, and nothing for false or null.
 *
 * @example
 * ```ts
 * flatatt({ type: "text", required: true, value: '"x"', disabled: false });
 * // ' type="text" required value="&quot;x&quot;"'
 * ```
 */
export function flatatt(attrs) {
    let out = "";
    for (const [name, value] of Object.entries(attrs)) {
        if (value === false || value === null || value === undefined)
            continue;
        out += value === true ? ` ${name}` : ` ${name}="${escape(value)}"`;
    }
    return out;
}
/**
 * Base for objects that render as HTML in templates: `toString()` returns the
 * HTML, and the prototype chain includes nunjucks' SafeString so autoescape
 * leaves that HTML alone.
 *
 * @example
 * ```ts
 * class Badge extends SafeHtml { override toString() { return "<b>new</b>"; } }
 * ```
 */
export class SafeHtml {
    /** The HTML; subclasses override it. */
    toString() {
        return "";
    }
    /**
     * String concatenation (nunjucks' `output += value`) asks `valueOf` first;
     * SafeString's own `valueOf` reads a `val` field these objects do not have.
     */
    valueOf() {
        return this.toString();
    }
    /** SafeString's field, for nunjucks code that reads it directly. */
    get val() {
        return this.toString();
    }
}
Object.setPrototypeOf(SafeHtml.prototype, nunjucks.runtime.SafeString.prototype);
/**
 * Hides the String methods that nunjucks' SafeString drags into `proto`'s
 * chain, so `errors.at`, `errors.search` or `errors.link` (a field named
 * "link") read as `undefined` instead of String methods working on the HTML.
 * Names that Array also has become array methods over `itemsOf(this)`.
 *
 * @example
 * ```ts
 * hideStringMethods(ErrorList.prototype, (list) => list.messages);
 * ```
 */
export function hideStringMethods(proto, itemsOf) {
    const keep = new Set(["constructor", "toString", "valueOf", "length", Symbol.iterator]);
    const names = [...Object.getOwnPropertyNames(String.prototype), ...Object.getOwnPropertyNames(Array.prototype)];
    for (const name of names) {
        if (keep.has(name) || Object.prototype.hasOwnProperty.call(proto, name))
            continue;
        const arrayMethod = Array.prototype[name];
        const value = itemsOf && typeof arrayMethod === "function"
            ? function (...args) {
                return arrayMethod.apply(itemsOf(this), args);
            }
            : undefined;
        if (value === undefined && !(name in String.prototype))
            continue;
        Object.defineProperty(proto, name, { value, writable: true, configurable: true, enumerable: false });
    }
}
