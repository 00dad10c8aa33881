import { ImproperlyConfigured } from "./errors.js";
import { parsePiece } from "./parse.js";
import { isIncluded, viewLabel } from "./patterns.js";
/**
 * Flattens nested includes into leaves in matching order, checking the whole tree: pattern
 * syntax (via parsePiece), parameter names repeated across an include, duplicate URL names in
 * a namespace, and include cycles. Throws ImproperlyConfigured naming the patterns.
 *
 * @example
 * ```ts
 * const leaves = flattenPatterns([path("blog/", include([path("<int:id>/", post, { name: "post" })]))], registry);
 * leaves[0].route; // "blog/<int:id>/"
 * ```
 */
export function flattenPatterns(patterns, registry) {
    const leaves = [];
    const names = new Map();
    const walk = (list, pieces, namespaces, route, stack) => {
        if (!Array.isArray(list))
            throw new ImproperlyConfigured(`urlpatterns must be an array of path() / rePath() patterns${where(pieces)}.`);
        if (stack.has(list))
            throw new ImproperlyConfigured(`include() cycle: the patterns${where(pieces)} include themselves.`);
        stack.add(list);
        for (const pattern of list) {
            if (!pattern || typeof pattern !== "object" || !("route" in pattern) || !("target" in pattern)) {
                throw new ImproperlyConfigured(`urlpatterns${where(pieces)} contains ${JSON.stringify(pattern) ?? String(pattern)}, which is not a path() or rePath() pattern.`);
            }
            const piece = parsePiece(pattern, registry);
            checkParamNames(piece, pieces);
            const joined = joinRoute(route, pattern.route);
            const target = pattern.target;
            if (isIncluded(target)) {
                const inner = target.namespace ? Object.freeze([...namespaces, target.namespace]) : namespaces;
                walk(target.patterns, [...pieces, piece], inner, joined, stack);
            }
            else {
                const leaf = makeLeaf(leaves.length, target, pattern.name, namespaces, joined, [...pieces, piece]);
                if (leaf.fullName !== null) {
                    const first = names.get(leaf.fullName);
                    if (first) {
                        throw new ImproperlyConfigured(`The URL name '${leaf.fullName}' is used twice: by ${describeLeaf(first)} and by ${describeLeaf(leaf)}. ` +
                            `Names must be unique within a namespace, so reverse() knows which one you mean.`);
                    }
                    names.set(leaf.fullName, leaf);
                }
                leaves.push(leaf);
            }
        }
        stack.delete(list);
    };
    walk(patterns, [], Object.freeze([]), "", new Set());
    return leaves;
}
function makeLeaf(index, view, urlName, namespaces, route, pieces) {
    const params = [];
    const args = [];
    let next = 1; // group 0 (relative) is the marker
    let literal = "";
    let prefix = "";
    let prefixOpen = true;
    pieces.forEach((piece, i) => {
        const atomic = piece.literal === null && i < pieces.length - 1;
        const start = atomic ? next + 1 : next;
        const locate = (slot) => ({ name: slot.name, rel: start + slot.group - 1, converter: slot.converter, slot, piece: i });
        for (const slot of piece.params)
            params.push(locate(slot));
        args.push(piece.args.map(locate));
        next = start + piece.groupCount;
        literal = literal !== null && piece.literal !== null ? literal + piece.literal : null;
        if (prefixOpen) {
            prefix += piece.prefix;
            prefixOpen = piece.literal !== null;
        }
    });
    const fullName = urlName === null ? null : [...namespaces, urlName].join(":");
    const extra = pieces.map((piece) => piece.pattern.kwargs);
    const hasExtra = extra.some((e) => e !== null);
    const leaf = {
        index,
        view,
        urlName,
        namespaces,
        namespace: namespaces.join(":"),
        fullName,
        viewName: [...namespaces, urlName ?? viewLabel(view)].join(":"),
        route,
        pieces,
        params,
        args: args.some((list) => list.length > 0) ? args : null,
        extra: hasExtra ? extra : null,
        extraMerged: hasExtra ? Object.freeze(Object.assign({}, ...extra)) : null,
        ...reverseTemplate(pieces),
        groupCount: next,
        literalPath: literal,
        prefix,
        regex: /$^/,
    };
    leaf.regex = new RegExp(`^${renderLeaf(leaf, 1)}`);
    return leaf;
}
/**
 * The reverse template of a whole route: the pieces' templates joined, positional params
 * renumbered across pieces (as Django normalizes the joined regex), and what each must match.
 */
function reverseTemplate(pieces) {
    const template = [];
    const slots = new Map();
    let offset = 0;
    for (const piece of pieces) {
        if (piece.template instanceof Error) {
            return { template: new Error(`its pattern ${piece.label} cannot be reversed (${piece.template.message})`), slots };
        }
        const rename = (items) => items.map((item) => {
            if (typeof item === "string")
                return item;
            if ("param" in item)
                return POSITIONAL.test(item.param) ? { param: String(offset + Number(item.param)) } : item;
            return { group: rename(item.group), optional: item.optional };
        });
        template.push(...(offset ? rename(piece.template) : piece.template));
        for (const slot of piece.params)
            slots.set(slot.name, slot);
        for (const slot of piece.reverseArgs)
            slots.set(String(offset + Number(slot.name)), slot);
        offset += piece.reverseArgs.length;
    }
    return { template, slots };
}
/** Names of positional template params: digits, which no named group can be called. */
export const POSITIONAL = /^[0-9]+$/;
/**
 * Django's positional arguments of a match, given each capture's text. A regex with named
 * groups passes none of its own; an include prefix's are passed only when nothing at or below
 * it gave a keyword (a named capture that took part, or extra params), as Django's
 * `URLResolver.resolve` does.
 *
 * @example
 * ```ts
 * positionalArgs(leafOf("^no_kwargs/([0-9]+)/([0-9]+)/$"), {}, (rel) => m[marker + rel]); // ["42", "37"]
 * ```
 */
export function positionalArgs(leaf, captured, text) {
    const perPiece = leaf.args;
    const last = perPiece.length - 1;
    let args = perPiece[last].map((a) => text(a.rel));
    let keywords = false;
    for (let i = last; i >= 0; i--) {
        keywords ||= leaf.extra?.[i] != null || leaf.params.some((p) => p.piece === i && captured[p.name] !== undefined);
        if (i < last && !keywords && perPiece[i].length)
            args = [...perPiece[i].map((a) => text(a.rel)), ...args];
    }
    return args;
}
/**
 * The params a view gets: captures and extra params merged piece by piece from the outermost
 * include in, so an inner value wins and a piece's extra params win over its own captures.
 */
export function withExtraParams(leaf, captured) {
    const params = {};
    leaf.pieces.forEach((_, i) => {
        for (const p of leaf.params)
            if (p.piece === i && captured[p.name] !== undefined)
                params[p.name] = captured[p.name];
        Object.assign(params, leaf.extra[i]);
    });
    return params;
}
/**
 * The regex source of one route for a combined regex, its marker group at absolute index
 * `marker`. The marker comes first, so `match.indexOf("", 1)` finds the route that matched
 * before any of its own (possibly empty) captures.
 *
 * An include prefix with regex parts is wrapped as an atomic group, `(?=(…))\N`: Django
 * matches a prefix once and never backtracks into it to help the included pattern, and a
 * plain concatenation would (e.g. `<path:p>/` then `x/` must not match "a/x/").
 *
 * @example
 * ```ts
 * renderLeaf(leafOf(path("hello/<int:id>/", view)), 1); // "()hello/([0-9]+)/$"
 * ```
 */
export function renderLeaf(leaf, marker) {
    let source = "()";
    let next = marker + 1;
    leaf.pieces.forEach((piece, i) => {
        if (piece.literal === null && i < leaf.pieces.length - 1) {
            source += `(?=(${piece.source}))(?:\\${next})`;
            next += 1 + piece.groupCount;
        }
        else {
            source += piece.source;
            next += piece.groupCount;
        }
    });
    return source;
}
/**
 * Joins routes like Django's `_join_route`: the inner route loses its leading `^`.
 *
 * @example
 * ```ts
 * joinRoute("^blog/", "^(?<id>[0-9]+)/$"); // "^blog/(?<id>[0-9]+)/$"
 * ```
 */
export function joinRoute(outer, inner) {
    if (!outer)
        return inner;
    return outer + (inner.startsWith("^") ? inner.slice(1) : inner);
}
function checkParamNames(piece, outer) {
    for (const slot of piece.params) {
        const owner = outer.find((p) => p.params.some((q) => q.name === slot.name));
        if (owner) {
            throw new ImproperlyConfigured(`URL pattern ${piece.label} uses the parameter name '${slot.name}', which its include prefix ${owner.label} already uses.`);
        }
    }
}
function where(pieces) {
    return pieces.length ? ` inside ${pieces.map((p) => p.label).join(" > ")}` : "";
}
function describeLeaf(leaf) {
    return `${leaf.pieces[leaf.pieces.length - 1].label}${where(leaf.pieces.slice(0, -1))} (route "${leaf.route}", view ${viewLabel(leaf.view)})`;
}
