import { ImproperlyConfigured } from "./errors.js";
/**
 * A route in Django's `path()` syntax: literal text and `<converter:name>` parameters
 * (`str` when the converter is left out). No leading slash, like Django.
 *
 * @example
 * ```ts
 * path("hello/<int:id>/", hello, { name: "hello" });
 * path("blog/", include(blogPatterns, { namespace: "blog" }));
 * path("feed/", feed, { name: "feed", kwargs: { format: "rss" } }); // feed(request, { format: "rss" })
 * ```
 */
export function path(route, target, options = {}) {
    return makePattern("path", route, target, options);
}
/**
 * A route as a regular expression, as Django's `re_path()`. It is matched from the start of
 * the remaining path (`^` is optional); a trailing `$` anchors the end. Python's `(?P<name>…)`
 * is accepted too. Named groups reach the view as params (strings). A regex without named
 * groups passes its groups as positional arguments after the params, as Django passes
 * `*args`: `view(request, params, ...args)`; `reverse(name, [args])` fills them.
 *
 * @example
 * ```ts
 * rePath("^articles/(?<year>[0-9]{4})/$", yearArchive, { name: "year-archive" });
 * rePath("^places/([0-9]+)/$", (request, params, id) => `place ${id}`, { name: "places" });
 * ```
 */
export function rePath(regex, target, options = {}) {
    return makePattern("re", regex, target, options);
}
/**
 * Mounts a list of patterns under the route of the `path()` that holds it. Parameters of the
 * prefix are passed to the included views too. With a `namespace`, names inside are
 * reversed as "namespace:name".
 *
 * @example
 * ```ts
 * const blog = [path("", index, { name: "index" }), path("<int:id>/", post, { name: "post" })];
 * app.urlpatterns = [path("blog/", include(blog, { namespace: "blog" }))];
 * app.reverse("blog:post", { id: 3 }); // "/blog/3/"
 * ```
 */
export function include(patterns, options = {}) {
    if (!Array.isArray(patterns)) {
        throw new ImproperlyConfigured(`include() expects an array of path() / rePath() patterns, got ${describe(patterns)}.`);
    }
    const namespace = options.namespace ?? null;
    if (namespace !== null && (typeof namespace !== "string" || namespace === "" || namespace.includes(":"))) {
        throw new ImproperlyConfigured(`include() namespace ${JSON.stringify(namespace)} is not valid: use a non-empty name without ':'.`);
    }
    return Object.freeze({ kind: "include", patterns, namespace });
}
function makePattern(type, route, target, options) {
    const fn = type === "path" ? "path" : "rePath";
    if (typeof route !== "string") {
        throw new ImproperlyConfigured(`${fn}() expects a route string first, got ${describe(route)}.`);
    }
    const label = `${fn}(${JSON.stringify(route)})`;
    if (typeof target !== "function" && !isIncluded(target)) {
        throw new ImproperlyConfigured(`${label} expects a view function or include(...), got ${describe(target)}.`);
    }
    const name = options?.name ?? null;
    if (name !== null) {
        if (typeof name !== "string" || name === "" || name.includes(":")) {
            throw new ImproperlyConfigured(`${label} has an invalid name ${JSON.stringify(name)}: use a non-empty name without ':' (namespaces come from include()).`);
        }
        if (isIncluded(target)) {
            throw new ImproperlyConfigured(`${label} names an include(); name the patterns inside it instead (or give include() a namespace).`);
        }
    }
    const kwargs = options?.kwargs ?? null;
    if (kwargs !== null && (typeof kwargs !== "object" || Array.isArray(kwargs))) {
        throw new ImproperlyConfigured(`${label} has kwargs ${describe(kwargs)}; use an object of extra params, e.g. { kwargs: { format: "rss" } }.`);
    }
    return Object.freeze({ type, route, target, name, kwargs: kwargs && Object.keys(kwargs).length ? Object.freeze({ ...kwargs }) : null });
}
/**
 * True when `value` came from `include()`.
 *
 * @example
 * ```ts
 * isIncluded(include([])); // true
 * ```
 */
export function isIncluded(value) {
    return typeof value === "object" && value !== null && value.kind === "include";
}
/**
 * How a view shows in listings: its function name, or "<anonymous>".
 *
 * @example
 * ```ts
 * viewLabel(function hello() {}); // "hello"
 * ```
 */
export function viewLabel(view) {
    return view.name || "<anonymous>";
}
function describe(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    return typeof value === "string" ? JSON.stringify(value) : typeof value;
}
