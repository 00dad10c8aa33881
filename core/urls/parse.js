import { ImproperlyConfigured } from "./errors.js";
import { isIncluded } from "./patterns.js";
import { IDENTIFIER, literalPrefix, regexTemplate, translateRegex } from "./regex.js";
const REGEX_META = /[.*+?^${}()|[\]\\]/g;
/**
 * Compiles one pattern (not its includes) against a converter registry. Throws
 * ImproperlyConfigured naming the pattern for every mistake Django would report, and for a
 * few it only warns about (a leading "/", regex syntax in `path()`).
 *
 * @example
 * ```ts
 * parsePiece(path("hello/<int:id>/", view), new ConverterRegistry()).source; // "hello/([0-9]+)/$"
 * ```
 */
export function parsePiece(pattern, registry) {
    const endpoint = !isIncluded(pattern.target);
    return pattern.type === "path" ? parseRoute(pattern, registry, endpoint) : parseRegex(pattern, endpoint);
}
function parseRoute(pattern, registry, endpoint) {
    const { route } = pattern;
    const label = `path(${JSON.stringify(route)})`;
    const fail = (reason) => {
        throw new ImproperlyConfigured(`URL pattern ${label} ${reason}`);
    };
    if (route.startsWith("/"))
        fail(`starts with '/'. Remove it: routes are relative, like Django's ("hello/", "" for the root).`);
    if (route.startsWith("^") || route.endsWith("$") || route.includes("(?P<") || route.includes("(?<")) {
        fail("looks like a regular expression; use rePath() for regexes (path() matches its text literally).");
    }
    let source = "";
    let groupCount = 0;
    const params = [];
    const template = [];
    let i = 0;
    while (i < route.length) {
        const open = route.indexOf("<", i);
        const close = route.indexOf(">", i);
        if (close !== -1 && (open === -1 || close < open))
            fail(`has a '>' without a matching '<' at position ${close}.`);
        const text = route.slice(i, open === -1 ? route.length : open);
        source += text.replace(REGEX_META, "\\$&");
        if (text)
            template.push(text);
        if (open === -1)
            break;
        const end = route.indexOf(">", open);
        const nextOpen = route.indexOf("<", open + 1);
        if (end === -1 || (nextOpen !== -1 && nextOpen < end))
            fail(`has an unclosed '<' at position ${open}.`);
        const inside = route.slice(open + 1, end);
        if (/\s/.test(inside))
            fail(`has whitespace inside <${inside}>; write <converter:name>.`);
        const colon = inside.indexOf(":");
        const [convName, name] = colon === -1 ? ["str", inside] : [inside.slice(0, colon), inside.slice(colon + 1)];
        if (!IDENTIFIER.test(name))
            fail(`has a parameter name ${JSON.stringify(name)} that is not a valid identifier.`);
        if (params.some((p) => p.name === name))
            fail(`uses the parameter name '${name}' twice.`);
        const converter = registry.get(convName);
        if (!converter) {
            const close = registry.closeNames(convName);
            fail(`uses an unknown converter '${convName}'.` +
                (close.length ? ` Did you mean '${close[0]}'?` : "") +
                ` Known converters: ${registry.names().join(", ")}. Register new ones with app.registerConverter(name, converter).`);
        }
        const info = translateRegex(converter.regex);
        params.push({ name, group: groupCount + 1, converter: converter, check: new RegExp(`^(?:${info.source})$`), kind: convName });
        source += `(${info.source})`;
        groupCount += 1 + info.groupCount;
        template.push({ param: name });
        i = end + 1;
    }
    const literal = params.length === 0 ? route : null;
    if (endpoint)
        source += "$";
    const firstParam = route.indexOf("<");
    return { pattern, label, source, groupCount, params, args: [], reverseArgs: [], literal, prefix: firstParam === -1 ? route : route.slice(0, firstParam), template };
}
function parseRegex(pattern, endpoint) {
    const label = `rePath(${JSON.stringify(pattern.route)})`;
    const fail = (reason) => {
        throw new ImproperlyConfigured(`URL pattern ${label} ${reason}`);
    };
    let info;
    try {
        info = translateRegex(pattern.route);
        new RegExp(info.source);
    }
    catch (error) {
        return fail(`is not a valid regular expression: ${error.message}.`);
    }
    let body = info.source;
    if (body.startsWith("/") || body.startsWith("\\/"))
        fail(`starts with '/'. Remove it: the path is matched without its leading slash, like Django.`);
    const anchoredEnd = endsWithDollar(body);
    if (anchoredEnd && !info.topLevelAlternation)
        body = body.slice(0, -1);
    const names = new Map(info.groups.map((g) => [g.index, g.name]));
    const slot = (name, g) => ({ name, group: g.index, converter: null, check: new RegExp(`^(?:${g.inner})$`), kind: `(${g.inner})` });
    const params = info.groups.map((g) => slot(g.name, g));
    // Django: "if there are any named groups, use those as kwargs, ignoring non-named groups."
    const args = info.groups.length ? [] : info.unnamed.map((g, k) => slot(String(k), g));
    const positional = [];
    let template;
    try {
        template = info.topLevelAlternation ? new Error("alternatives ('|') cannot be reversed") : regexTemplate(body, names, positional);
    }
    catch (error) {
        template = error;
    }
    const reverseArgs = positional.map((index, k) => slot(String(k), info.unnamed.find((g) => g.index === index)));
    const restored = anchoredEnd && !info.topLevelAlternation ? `${body}$` : body;
    const source = info.topLevelAlternation ? `(?:${restored})` : restored;
    const lit = info.topLevelAlternation ? { text: "", whole: false } : literalPrefix(body);
    // A literal regex is "exact" only when it is anchored like a path() endpoint (or is a prefix).
    const literal = lit.whole && anchoredEnd === endpoint ? lit.text : null;
    return { pattern, label, source, groupCount: info.groupCount, params, args, reverseArgs, literal, prefix: lit.text, template };
}
/** True when the source ends with an unescaped `$`. */
function endsWithDollar(source) {
    if (!source.endsWith("$"))
        return false;
    let slashes = 0;
    for (let i = source.length - 2; i >= 0 && source[i] === "\\"; i--)
        slashes++;
    return slashes % 2 === 0;
}
