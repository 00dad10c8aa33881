import { ConverterRegistry } from "./converters.js";
import { flattenPatterns } from "./flatten.js";
import { Matcher } from "./matcher.js";
import { viewLabel } from "./patterns.js";
import { withQueryAndFragment } from "./query.js";
import { reverseLeaf, unknownName } from "./reverse.js";
/**
 * The compiled URL configuration of one app: resolves paths to views and reverses names to
 * paths. Building it checks the patterns (syntax, parameter names, duplicate URL names) and
 * throws ImproperlyConfigured naming the pattern. Converters are looked up when the resolver
 * is first used, so `registerConverter` may come after the patterns; an unknown converter is
 * reported then (or by `check()`).
 *
 * @example
 * ```ts
 * const resolver = new URLResolver([path("hello/<int:id>/", hello, { name: "hello" })], registry);
 * resolver.resolve("/hello/7/")?.params; // { id: 7 }
 * resolver.reverse("hello", { id: 7 });  // "/hello/7/"
 * ```
 */
export class URLResolver {
    #patterns;
    #registry;
    #compiled;
    constructor(patterns, registry = new ConverterRegistry()) {
        this.#patterns = patterns;
        this.#registry = registry;
        // Check the structure now, so a mistake is reported where the patterns were assigned;
        // unknown converter names are allowed here because one may be registered later.
        flattenPatterns(patterns, lenient(registry));
    }
    /** Compiles with the real converters; throws ImproperlyConfigured for any problem. */
    check() {
        this.#compile();
    }
    /**
     * The match for `pathInfo` (which starts with "/", like Django's `path_info`), or null.
     * Cheap enough to call twice per 404 for APPEND_SLASH (`resolve(path + "/")`).
     */
    resolve(pathInfo) {
        const found = this.#compile().matcher.match(pathInfo);
        if (!found)
            return null;
        const { leaf, params, captured, args } = found;
        return {
            func: leaf.view,
            params,
            args,
            capturedParams: captured,
            extraParams: leaf.extraMerged ?? NO_EXTRA,
            urlName: leaf.urlName,
            namespaces: leaf.namespaces,
            namespace: leaf.namespace,
            viewName: leaf.viewName,
            route: leaf.route,
        };
    }
    /**
     * The path (leading "/", no SCRIPT_NAME) of the pattern named `name` ("ns:name" inside a
     * namespace), with `params` by name or in order.
     *
     * `options` adds a query string and a fragment, as Django's `reverse(…, query=, fragment=)`.
     *
     * @throws NoReverseMatch naming close names, or the params the pattern expects.
     * @throws TypeError for a query or fragment of the wrong type.
     */
    reverse(name, params, options) {
        const compiled = this.#compile();
        const leaf = compiled.byName.get(name);
        if (!leaf)
            throw unknownName(String(name), compiled.byName.keys(), compiled.namespaces);
        return withQueryAndFragment(reverseLeaf(name, leaf, params), options);
    }
    /** Every route in matching order, for the DEBUG 404 page ("blog/<int:id>/", "blog:post"). */
    tried() {
        return this.#compile().leaves.map((leaf) => ({ pattern: leaf.route, name: leaf.fullName }));
    }
    /** Every route with its name and view function's name, for `onefile routes`. */
    routes() {
        return this.#compile().leaves.map((leaf) => ({ pattern: leaf.route, name: leaf.fullName, view: viewLabel(leaf.view) }));
    }
    /** Every URL name, namespaced ("blog:post"), in pattern order. */
    names() {
        return [...this.#compile().byName.keys()];
    }
    #compile() {
        if (this.#compiled)
            return this.#compiled;
        const leaves = flattenPatterns(this.#patterns, this.#registry);
        const byName = new Map();
        const namespaces = new Set();
        for (const leaf of leaves) {
            if (leaf.fullName !== null)
                byName.set(leaf.fullName, leaf);
            for (let i = 1; i <= leaf.namespaces.length; i++)
                namespaces.add(leaf.namespaces.slice(0, i).join(":"));
        }
        return (this.#compiled = { leaves, matcher: new Matcher(leaves), byName, namespaces });
    }
}
const NO_EXTRA = Object.freeze({});
const PLACEHOLDER = { regex: "[^/]+", toValue: (s) => s, toUrl: String };
/** A registry that accepts any converter name, for the structural check at construction. */
function lenient(registry) {
    return {
        get: (name) => registry.get(name) ?? PLACEHOLDER,
        names: () => registry.names(),
        closeNames: (name) => registry.closeNames(name),
    };
}
