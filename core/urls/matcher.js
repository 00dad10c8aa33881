import { positionalArgs, renderLeaf, withExtraParams } from "./flatten.js";
const NO_ARGS = Object.freeze([]);
/**
 * Routes per combined regex. V8 runs a regex of a thousand alternatives more than ten times
 * slower per alternative than a few regexes of a hundred (and every match allocates an array
 * of all its groups), so a long chain is split; the chunks are tried in order.
 */
const CHUNK = 64;
/**
 * Finds the first route (in Django's order) that matches a path, without trying the routes
 * one by one as Django does.
 *
 * Why: a linear scan costs one regex per route, so a 1,000-route app pays 100× a 10-route
 * one on every request (and twice for APPEND_SLASH misses). Here the cost depends on the
 * path, not on the table:
 *
 * 1. Static lane. A route without parameters matches one path only; a Map answers it in one
 *    lookup. It is only used when no earlier route with parameters could also match that
 *    path (checked at compile time), so first-match-wins is kept.
 * 2. Segment trie + one regex. Routes are filed under the literal path segments they start
 *    with ("blog/", "blog/archive/"). A path walks the trie by its own segments (Map lookups),
 *    and the deepest node reached holds one combined regular expression, an alternation of
 *    exactly the routes that could match (that node's and its ancestors'), in their original
 *    order. JS alternation is ordered, so the regex picks the same route as Django's scan.
 *    (Routes that start with a parameter have no segment to file them under; they are in
 *    every chain, and a long chain is split into a few regexes: see CHUNK.)
 *    Each alternative begins with an empty marker group, so `match.indexOf("", 1)` tells
 *    which route matched (Hono's RegExpRouter trick).
 * 3. If a converter's `toValue` throws (Django's ValueError: "no match"), the remaining routes
 *    of the chain are tried one by one, as Django would.
 *
 * @example
 * ```ts
 * const matcher = new Matcher(flattenPatterns(patterns, registry));
 * matcher.match("/blog/3/")?.params; // { id: 3 }
 * ```
 */
export class Matcher {
    #statics = new Map();
    #root = newNode(null);
    constructor(leaves) {
        for (const leaf of leaves) {
            let node = this.#root;
            const segments = leaf.prefix.split("/");
            segments.pop(); // text after the last "/" is not a complete segment
            for (const segment of segments) {
                let child = node.children.get(segment);
                if (!child)
                    node.children.set(segment, (child = newNode(node)));
                node = child;
            }
            node.own.push(leaf);
        }
        const seen = new Set();
        for (const leaf of leaves) {
            if (leaf.literalPath === null || seen.has(leaf.literalPath))
                continue;
            seen.add(leaf.literalPath);
            const key = "/" + leaf.literalPath;
            const { chain } = this.#compiled(this.#deepest(key));
            const shadowed = chain.some((other) => other.index < leaf.index && other.literalPath === null && other.regex.test(leaf.literalPath));
            if (!shadowed)
                this.#statics.set(key, leaf);
        }
    }
    /** The first route matching `pathInfo` (which starts with "/"), or null. */
    match(pathInfo) {
        const leaf = this.#statics.get(pathInfo);
        if (leaf)
            return { leaf, params: leaf.extraMerged ? { ...leaf.extraMerged } : {}, captured: {}, args: NO_ARGS };
        if (pathInfo.charCodeAt(0) !== 47 /* "/" */)
            return null;
        const compiled = this.#compiled(this.#deepest(pathInfo));
        for (const chunk of compiled.chunks) {
            const m = chunk.regex.exec(pathInfo);
            if (!m)
                continue;
            const marker = m.indexOf("", 1);
            const found = chunk.byMarker[marker];
            const params = convert(found, m, marker);
            if (params)
                return complete(found, params, m, marker);
            return fallback(compiled.chain, compiled.chain.indexOf(found) + 1, pathInfo.slice(1));
        }
        return null;
    }
    /** The deepest trie node reached by the path's leading complete segments. */
    #deepest(pathInfo) {
        let node = this.#root;
        let pos = 1;
        while (node.children.size > 0) {
            const slash = pathInfo.indexOf("/", pos);
            if (slash === -1)
                break;
            const child = node.children.get(pathInfo.slice(pos, slash));
            if (!child)
                break;
            node = child;
            pos = slash + 1;
        }
        return node;
    }
    /** Builds a node's combined regex on first use, so startup stays cheap for big tables. */
    #compiled(node) {
        if (node.compiled)
            return node.compiled;
        const chain = [];
        for (let n = node; n; n = n.parent)
            chain.push(...n.own);
        chain.sort((a, b) => a.index - b.index);
        const chunks = [];
        for (let start = 0; start < chain.length; start += CHUNK) {
            const byMarker = [];
            const alternatives = [];
            let marker = 1;
            for (const leaf of chain.slice(start, start + CHUNK)) {
                byMarker[marker] = leaf;
                alternatives.push(renderLeaf(leaf, marker));
                marker += leaf.groupCount;
            }
            chunks.push({ regex: new RegExp(`^/(?:${alternatives.join("|")})`), byMarker });
        }
        return (node.compiled = { chunks, chain });
    }
}
/** Converts a route's captures, or returns null when a converter refuses its text. */
function convert(leaf, m, marker) {
    const params = {};
    for (const p of leaf.params) {
        const text = m[marker + p.rel];
        if (text === undefined)
            continue; // an optional rePath group that did not take part (Django drops None)
        if (p.converter === null)
            params[p.name] = text;
        else {
            try {
                params[p.name] = p.converter.toValue(text);
            }
            catch {
                return null;
            }
        }
    }
    return params;
}
/** Django's linear scan over what is left of the chain, for when a converter said no. */
function fallback(chain, from, path) {
    for (let i = from; i < chain.length; i++) {
        const leaf = chain[i];
        const m = leaf.regex.exec(path);
        if (!m)
            continue;
        const params = convert(leaf, m, 1);
        if (params)
            return complete(leaf, params, m, 1);
    }
    return null;
}
/** Adds positional arguments and extra params to a match; most routes have neither. */
function complete(leaf, captured, m, marker) {
    const args = leaf.args === null ? NO_ARGS : positionalArgs(leaf, captured, (rel) => m[marker + rel]);
    const params = leaf.extra === null ? captured : withExtraParams(leaf, captured);
    return { leaf, params, captured, args };
}
function newNode(parent) {
    return { children: new Map(), own: [], parent, compiled: undefined };
}
