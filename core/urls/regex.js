/**
 * Reading the regular expressions of `rePath()` and of converters.
 *
 * Every pattern ends up inside one combined regular expression (see matcher.ts), so its
 * source must not carry names (group names must be unique in a JS RegExp) or
 * backreferences (their numbers would shift). `translateRegex` turns named groups into plain
 * groups and records where each name sits, accepts Python's `(?P<name>…)`, `\A` and `\Z` so
 * Django patterns paste unchanged, and refuses backreferences with a clear message.
 */
/** A Python identifier (what Django accepts as a parameter name), non-ASCII letters included. */
export const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;
/**
 * Rewrites a regex source so it can be embedded in a larger one. Throws a plain Error with a
 * short reason (the caller adds which pattern it was).
 *
 * @example
 * ```ts
 * translateRegex("^(?P<year>[0-9]{4})/$").source; // "([0-9]{4})/$"
 * ```
 */
export function translateRegex(src) {
    let out = "";
    let groupCount = 0;
    let topLevelAlternation = false;
    const groups = [];
    const unnamed = [];
    const stack = [];
    let i = 0;
    // A `^` (or `\A`) that opens a top-level alternative is dropped: the pattern is matched
    // after its include prefix, so "start" means "here", which embedding already ensures.
    let alternativeStart = true;
    while (i < src.length) {
        const c = src[i];
        if (alternativeStart && stack.length === 0 && (c === "^" || src.startsWith("\\A", i))) {
            i += c === "^" ? 1 : 2;
            continue;
        }
        alternativeStart = c === "|" && stack.length === 0;
        if (c === "\\") {
            const next = src[i + 1];
            if (next === undefined)
                throw new Error("it ends with a lone backslash");
            if (/[1-9]/.test(next) || (next === "k" && src[i + 2] === "<"))
                throw new Error("backreferences are not supported in URL patterns");
            out += next === "Z" ? "$" : next === "A" ? "^" : "\\" + next;
            i += 2;
        }
        else if (c === "[") {
            const end = classEnd(src, i);
            out += src.slice(i, end);
            i = end;
        }
        else if (c === "(") {
            const rest = src.slice(i, i + 4);
            if (rest === "(?P=")
                throw new Error("backreferences are not supported in URL patterns");
            const named = /^\(\?P?<([^>=!]*)>/.exec(src.slice(i));
            if (named && !src.startsWith("(?<=", i) && !src.startsWith("(?<!", i)) {
                const name = named[1];
                if (!IDENTIFIER.test(name))
                    throw new Error(`group name ${JSON.stringify(name)} is not a valid identifier`);
                if (groups.some((g) => g.name === name) || stack.some((g) => g?.name === name))
                    throw new Error(`group name '${name}' is used twice`);
                out += "(";
                stack.push({ name, index: ++groupCount, start: out.length });
                i += named[0].length;
            }
            else if (src[i + 1] === "?") {
                const head = src.startsWith("(?<=", i) || src.startsWith("(?<!", i) ? src.slice(i, i + 4) : src.slice(i, i + 3);
                out += head;
                stack.push(null);
                i += head.length;
            }
            else {
                out += "(";
                stack.push({ name: null, index: ++groupCount, start: out.length });
                i += 1;
            }
        }
        else if (c === ")") {
            if (stack.length === 0)
                throw new Error("it has an unmatched ')'");
            const group = stack.pop();
            if (group?.name)
                groups.push({ name: group.name, index: group.index, inner: out.slice(group.start) });
            else if (group)
                unnamed.push({ index: group.index, inner: out.slice(group.start) });
            out += ")";
            i += 1;
        }
        else {
            if (c === "|" && stack.length === 0)
                topLevelAlternation = true;
            out += c;
            i += 1;
        }
    }
    if (stack.length > 0)
        throw new Error("it has an unclosed '('");
    groups.sort((a, b) => a.index - b.index);
    unnamed.sort((a, b) => a.index - b.index);
    return { source: out, groupCount, groups, unnamed, topLevelAlternation };
}
/** The index just past the character class that opens at `start`. */
function classEnd(src, start) {
    let i = start + 1;
    if (src[i] === "^")
        i++;
    while (i < src.length && src[i] !== "]")
        i += src[i] === "\\" ? 2 : 1;
    if (i >= src.length)
        throw new Error("it has an unclosed '['");
    return i + 1;
}
const SPECIAL = new Set(["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"]);
const QUANTIFIER = new Set(["?", "*", "+", "{"]);
/**
 * The literal text a translated source must start with, and whether the whole source is that
 * literal. The matcher uses it to file patterns under their leading path segments and to put
 * regexes like `^about/$` in the static lane.
 *
 * @example
 * ```ts
 * literalPrefix("blog/(\\d+)/$"); // { text: "blog/", whole: false }
 * literalPrefix("about/");         // { text: "about/", whole: true }
 * ```
 */
export function literalPrefix(source) {
    let text = "";
    let i = 0;
    while (i < source.length) {
        const c = source[i];
        let literal;
        let width;
        if (c === "\\") {
            const next = source[i + 1] ?? "";
            if (/[A-Za-z0-9]/.test(next) || next === "")
                return { text, whole: false };
            [literal, width] = [next, 2];
        }
        else if (SPECIAL.has(c)) {
            return { text, whole: false };
        }
        else {
            [literal, width] = [c, 1];
        }
        // A quantified character ("/?") is not certain to be there, so the literal ends before it.
        if (QUANTIFIER.has(source[i + width] ?? ""))
            return { text, whole: false };
        text += literal;
        i += width;
    }
    return { text, whole: true };
}
/**
 * Turns a translated `rePath` source (without its leading `^` and trailing `$`) into a
 * template for reverse, as Django's `normalize`: capturing groups become parameters (named
 * ones by name, unnamed ones positional, "0", "1"…, their content skipped), `\d` "0", `\w`
 * "x", a character class its first character, `?` and `*` make the previous part optional, `+`
 * and `{n}` repeat it the least number of times. The group index of each positional parameter
 * is pushed on `positional`. Throws an Error with a reason for what cannot be reversed (`|`).
 *
 * @example
 * ```ts
 * regexTemplate("articles/([0-9]{4})/", new Map([[1, "year"]]));
 * // ["articles/", { param: "year" }, "/"]
 * regexTemplate("places/([0-9]+)/", new Map()); // ["places/", { param: "0" }, "/"]
 * ```
 */
export function regexTemplate(source, names, positional = []) {
    let i = 0;
    let group = 0;
    const sequence = () => {
        const items = [];
        while (i < source.length && source[i] !== ")") {
            const c = source[i];
            let item;
            if (c === "|")
                throw new Error("alternatives ('|') cannot be reversed");
            if (c === "\\") {
                const next = source[i + 1];
                i += 2;
                item = next === "d" ? "0" : next === "w" ? "x" : next === "s" ? " " : next === "b" || next === "B" ? null : /[A-Za-z]/.test(next) ? unsupported(`\\${next}`) : next;
            }
            else if (c === "[") {
                const end = classEnd(source, i);
                const body = source.slice(i + 1, end - 1);
                if (body.startsWith("^") || body === "")
                    throw new Error(`the class ${source.slice(i, end)} cannot be reversed`);
                item = body[0] === "\\" ? (body[1] === "d" ? "0" : body[1] === "w" ? "x" : body[1]) : body[0];
                i = end;
            }
            else if (c === "(") {
                if (source.startsWith("(?=", i) || source.startsWith("(?!", i) || source.startsWith("(?<=", i) || source.startsWith("(?<!", i)) {
                    i += source[i + 2] === "<" ? 4 : 3;
                    sequenceSkippingErrors();
                    item = null;
                }
                else if (source.startsWith("(?:", i)) {
                    i += 3;
                    item = flatten(sequence());
                }
                else {
                    // A capturing group is one parameter; what it contains is not reversed (Django's
                    // normalize walks to its end), so an alternation inside is fine.
                    const index = ++group;
                    const name = names.get(index);
                    i += 1;
                    sequenceSkippingErrors();
                    if (name)
                        item = { param: name };
                    else {
                        item = { param: String(positional.length) };
                        positional.push(index);
                    }
                }
                if (source[i] !== ")")
                    throw new Error("it has an unclosed '('");
                i += 1;
            }
            else if (c === "^" || c === "$") {
                i += 1;
                item = null;
            }
            else if (c === ".") {
                i += 1;
                item = ".";
            }
            else {
                i += 1;
                item = c;
            }
            item = applyQuantifier(item);
            if (item !== null)
                items.push(item);
        }
        return items;
    };
    const sequenceSkippingErrors = () => {
        let depth = 0;
        while (i < source.length && (depth > 0 || source[i] !== ")")) {
            if (source[i] === "\\")
                i++;
            else if (source[i] === "[")
                i = classEnd(source, i) - 1;
            else if (source[i] === "(") {
                depth++;
                if (source[i + 1] !== "?")
                    group++;
            }
            else if (source[i] === ")")
                depth--;
            i++;
        }
    };
    const applyQuantifier = (item) => {
        const q = source[i];
        let min = 1;
        if (q === "?" || q === "*")
            [min, i] = [0, i + 1];
        else if (q === "+")
            i += 1;
        else if (q === "{") {
            const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(i));
            if (!m)
                return item;
            [min, i] = [Number(m[1]), i + m[0].length];
        }
        else
            return item;
        if (source[i] === "?")
            i += 1; // a lazy quantifier reverses the same way
        if (item === null)
            return null;
        if (min === 0)
            return hasParam(item) ? { group: [item], optional: true } : null;
        return min === 1 ? item : flatten(Array.from({ length: min }, () => item));
    };
    const items = sequence();
    if (i < source.length)
        throw new Error("it has an unmatched ')'");
    return items;
}
function unsupported(what) {
    throw new Error(`${what} cannot be reversed`);
}
/** A list of items as one item (a group of literals becomes one string). */
function flatten(items) {
    if (items.length === 0)
        return null;
    if (items.every((item) => typeof item === "string"))
        return items.join("");
    return items.length === 1 ? items[0] : { group: items, optional: false };
}
function hasParam(item) {
    if (typeof item === "string")
        return false;
    if ("param" in item)
        return true;
    return item.group.some(hasParam);
}
