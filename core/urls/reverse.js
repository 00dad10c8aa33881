import { closeMatches } from "./converters.js";
import { NoReverseMatch } from "./errors.js";
import { POSITIONAL } from "./flatten.js";
const possibilityCache = new WeakMap();
/**
 * Builds the path of one route from params, as Django's `_reverse_with_prefix`: the route's
 * possible forms (each optional part left out, then kept) are tried in order; a form fits
 * when an array gives exactly as many values as it has params (named and positional, in the
 * order they appear) or an object gives exactly its named params (plus, optionally, the
 * route's extra params with their own values). Each value goes through its converter's
 * `toUrl` and must fully match its group; the built path must match the route; the result is
 * percent-encoded like Django (RFC 3986 pchar characters and "/" stay). Returns the path with
 * a leading "/" and no SCRIPT_NAME.
 *
 * @example
 * ```ts
 * reverseLeaf("hello", leaf, { id: 7 }); // "/hello/7/"
 * reverseLeaf("places", leaf, [3]); // "/places/3/"
 * ```
 */
export function reverseLeaf(name, leaf, params) {
    const fail = (reason) => {
        throw new NoReverseMatch(`Reverse for '${name}'${describeParams(params)} not found: ${reason} ${expects(leaf)}`);
    };
    if (leaf.template instanceof Error)
        return fail(`${leaf.template.message}.`);
    const forms = possibilities(leaf);
    let candidates;
    if (Array.isArray(params)) {
        candidates = forms.filter((f) => f.params.length === params.length).map((form) => ({ form, values: new Map(form.params.map((p, i) => [p, params[i]])) }));
        if (candidates.length === 0) {
            const counts = [...new Set(forms.map((f) => f.params.length))].join(" or ");
            fail(`${params.length} positional param(s) given, the pattern takes ${counts}.`);
        }
    }
    else {
        if (params !== undefined && params !== null && typeof params !== "object")
            fail(`params must be an object or an array, got ${typeof params}.`);
        const given = new Map(Object.entries(params ?? {}));
        const extra = leaf.extraMerged ?? {};
        for (const [key, value] of given) {
            if (leaf.slots.has(key) && !POSITIONAL.test(key))
                continue;
            if (!(key in extra))
                fail(`the pattern has no param '${key}'.`);
            // Django: an extra param may be given only with the value the pattern passes.
            if (!Object.is(extra[key], value))
                fail(`'${key}' is an extra param of this pattern, always ${show(extra[key])}; ${show(value)} cannot be reversed.`);
            given.delete(key);
        }
        candidates = forms.filter((f) => f.params.length === given.size && f.params.every((p) => given.has(p))).map((form) => ({ form, values: given }));
        if (candidates.length === 0) {
            const covering = forms.find((f) => [...given.keys()].every((k) => f.params.includes(k)));
            const missing = (covering ?? forms[forms.length - 1]).params.filter((p) => !given.has(p));
            fail(missing.some((p) => POSITIONAL.test(p)) ? "its pattern takes positional params; give them as an array." : `missing param(s): ${missing.join(", ")}.`);
        }
    }
    let firstFailure = null;
    for (const { form, values } of candidates) {
        const built = build(leaf, form, values);
        if (built.path !== undefined)
            return built.path;
        firstFailure ??= built.reason;
    }
    return fail(firstFailure);
}
/** Fills one form of the route, or says why it does not fit. */
function build(leaf, form, values) {
    const texts = new Map();
    for (const name of form.params) {
        const slot = leaf.slots.get(name);
        const value = values.get(name);
        const label = POSITIONAL.test(name) ? `positional param #${Number(name) + 1}` : `'${name}'`;
        let text;
        try {
            text = slot.converter ? slot.converter.toUrl(value) : String(value);
        }
        catch (error) {
            return { reason: `the '${slot.kind}' converter refused ${show(value)} for ${label} (${error.message}).` };
        }
        if (typeof text !== "string")
            return { reason: `the '${slot.kind}' converter's toUrl returned ${typeof text} for ${label}, not a string.` };
        if (!slot.check.test(text))
            return { reason: `${show(text)} for ${label} does not match ${slot.kind} (${slot.check.source.slice(4, -2)}).` };
        texts.set(name, text);
    }
    let candidate = "";
    for (const item of form.items)
        candidate += typeof item === "string" ? item : texts.get(item.param);
    if (!leaf.regex.test(candidate))
        return { reason: `the built path ${show(candidate)} does not match the pattern.` };
    let encoded;
    try {
        encoded = quote(candidate);
    }
    catch {
        return { reason: `the built path ${show(candidate)} is not valid Unicode.` };
    }
    // "//host" would be a protocol-relative URL to another site; Django escapes it the same way.
    return { path: encoded.startsWith("/") ? "/%2F" + encoded.slice(1) : "/" + encoded };
}
/**
 * Every form of a route's template, as Django's `normalize` lists them: each optional part
 * first left out, then kept. Computed once per route.
 */
function possibilities(leaf) {
    let forms = possibilityCache.get(leaf);
    if (forms)
        return forms;
    const expand = (items) => {
        let out = [{ items: [], params: [] }];
        for (const item of items) {
            let choices;
            if (typeof item === "string")
                choices = [{ items: [item], params: [] }];
            else if ("param" in item)
                choices = [{ items: [item], params: [item.param] }];
            else
                choices = item.optional ? [{ items: [], params: [] }, ...expand(item.group)] : expand(item.group);
            out = out.flatMap((head) => choices.map((c) => ({ items: [...head.items, ...c.items], params: [...head.params, ...c.params] })));
        }
        return out;
    };
    forms = expand(leaf.template);
    possibilityCache.set(leaf, forms);
    return forms;
}
/**
 * The error for a name that no route has, with the closest names or namespaces.
 *
 * @example
 * ```ts
 * unknownName("blog:pots", ["blog:post"], new Set(["blog"])).message; // "… Did you mean 'blog:post'?"
 * ```
 */
export function unknownName(name, names, namespaces) {
    const all = [...names];
    const colon = name.lastIndexOf(":");
    if (colon !== -1) {
        const namespace = name.slice(0, colon);
        if (!namespaces.has(namespace)) {
            const close = closeMatches(namespace, namespaces);
            return new NoReverseMatch(`Reverse for '${name}' not found: '${namespace}' is not a registered namespace.` +
                (close.length ? ` Did you mean ${close.map((n) => `'${n}'`).join(", ")}?` : namespaces.size ? ` Namespaces: ${[...namespaces].join(", ")}.` : " No include() has a namespace."));
        }
    }
    const close = closeMatches(name, all);
    const hint = close.length ? ` Did you mean ${close.map((n) => `'${n}'`).join(", ")}?` : all.length ? ` Known names: ${all.slice(0, 20).join(", ")}${all.length > 20 ? ", …" : ""}.` : " No URL pattern has a name.";
    return new NoReverseMatch(`Reverse for '${name}' not found: '${name}' is not a valid URL pattern name.${hint}`);
}
/**
 * Percent-encodes like Django's `quote(url, safe="!$&'()*+,;=/~:@")`.
 *
 * @example
 * ```ts
 * quote("a b/ü"); // "a%20b/%C3%BC"
 * ```
 */
export function quote(text) {
    return encodeURIComponent(text).replace(/%(?:24|26|2B|2C|2F|3A|3B|3D|40)/g, decodeURIComponent);
}
function expects(leaf) {
    const list = [...leaf.slots].map(([name, slot]) => `${POSITIONAL.test(name) ? `#${Number(name) + 1}` : name} (${slot.kind})`).join(", ");
    return `The pattern "${leaf.route}" expects ${list ? `params: ${list}` : "no params"}.`;
}
function describeParams(params) {
    if (params === undefined || (Array.isArray(params) ? params.length === 0 : Object.keys(params ?? {}).length === 0))
        return "";
    return ` with params ${show(params)}`;
}
function show(value) {
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return String(value);
    }
}
