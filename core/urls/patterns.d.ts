/**
 * A view: called with the request and the converted URL parameters. The URL layer does not
 * know HttpRequest (so it stays independent of core/http); the App passes its own request.
 * A class-based view is a function too: `MyView.asView()`.
 */
export type View<P = any> = (request: any, params: P, ...args: any[]) => unknown;
/** What `include()` returns: a list of patterns mounted under a prefix, maybe in a namespace. */
export interface Included {
    readonly kind: "include";
    readonly patterns: readonly URLPattern[];
    readonly namespace: string | null;
}
/**
 * One entry of `urlpatterns`, made by `path()` or `rePath()`. It keeps the raw route (or
 * regex) and is compiled later against the app's converters, so a converter registered after
 * the patterns were written still applies.
 */
export interface URLPattern {
    /** "path" for `path()` routes, "re" for `rePath()` regexes. */
    readonly type: "path" | "re";
    /** The route or regex exactly as written. */
    readonly route: string;
    /** The view, or the included patterns. */
    readonly target: View | Included;
    readonly name: string | null;
    /** Extra params passed to the view (to every view, for an include), or null. */
    readonly kwargs: Readonly<Record<string, unknown>> | null;
}
/** Options of `path()` and `rePath()`. */
export interface PatternOptions {
    /** The name `reverse()` and `url()` use. */
    name?: string;
    /**
     * Extra params for the view, as Django's `kwargs` argument of `path()`: merged into the
     * captured ones (and winning over a captured param of the same name). On an include, every
     * view inside gets them. `reverse()` accepts them only with these exact values.
     */
    kwargs?: Record<string, unknown>;
}
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
export declare function path<P = any>(route: string, target: View<P> | Included, options?: PatternOptions): URLPattern;
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
export declare function rePath<P = any>(regex: string, target: View<P> | Included, options?: PatternOptions): URLPattern;
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
export declare function include(patterns: readonly URLPattern[], options?: {
    namespace?: string;
}): Included;
/**
 * True when `value` came from `include()`.
 *
 * @example
 * ```ts
 * isIncluded(include([])); // true
 * ```
 */
export declare function isIncluded(value: unknown): value is Included;
/**
 * How a view shows in listings: its function name, or "<anonymous>".
 *
 * @example
 * ```ts
 * viewLabel(function hello() {}); // "hello"
 * ```
 */
export declare function viewLabel(view: View): string;
