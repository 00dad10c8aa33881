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
/** nunjucks' marker class for HTML that must not be escaped again. */
export type SafeString = nunjucks.runtime.SafeString;
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
export declare function markSafe(html: string): SafeString;
/** True for values that nunjucks would print unescaped. */
export declare function isSafe(value: unknown): value is SafeString;
/**
 * Escapes `& < > " '` (Django's `escape`), leaving safe strings alone.
 *
 * @example
 * ```ts
 * escape('<script>"x"</script>'); // "&lt;script&gt;&quot;x&quot;&lt;/script&gt;"
 * ```
 */
export declare function escape(value: unknown): string;
/** Attribute values a widget can carry: `true` prints a bare attribute, `false`/null/undefined omits it. */
export type AttrValue = string | number | boolean | null | undefined;
/** HTML attributes by name, printed in insertion order. */
export type Attrs = Record<string, AttrValue>;
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
export declare function flatatt(attrs: Attrs): string;
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
export declare class SafeHtml {
    /** The HTML; subclasses override it. */
    toString(): string;
    /**
     * String concatenation (nunjucks' `output += value`) asks `valueOf` first;
     * SafeString's own `valueOf` reads a `val` field these objects do not have.
     */
    valueOf(): string;
    /** SafeString's field, for nunjucks code that reads it directly. */
    get val(): string;
}
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
export declare function hideStringMethods<T>(proto: object, itemsOf?: (self: T) => unknown[]): void;
