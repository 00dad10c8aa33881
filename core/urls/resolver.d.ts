import { type ConverterLookup } from "./converters.ts";
import { type URLPattern, type View } from "./patterns.ts";
import { type ReverseOptions } from "./query.ts";
import { type ReverseParams } from "./reverse.ts";
/** What `resolve()` found, as Django's `ResolverMatch`. */
export interface ResolverMatch<V = View> {
    /** The view to call. */
    func: V;
    /** Converted parameters, include prefixes' included, e.g. `{ id: 7 }`, and extra params. */
    params: Record<string, unknown>;
    /**
     * Positional arguments: the groups of a `rePath()` without named groups, as Django's
     * `ResolverMatch.args` (an optional group that did not take part is undefined).
     */
    args: readonly (string | undefined)[];
    /** The params captured from the path alone (Django's `captured_kwargs`). */
    capturedParams: Record<string, unknown>;
    /** The extra params of the patterns' `kwargs` (Django's `extra_kwargs`). */
    extraParams: Readonly<Record<string, unknown>>;
    /** The pattern's name without namespaces, or null. */
    urlName: string | null;
    /** The namespaces from the outermost include inwards (a frozen array shared between matches). */
    namespaces: string[];
    /** The namespaces joined with ":" ("" when none). */
    namespace: string;
    /** "ns:name" (or "ns:viewFunctionName" for an unnamed pattern), as Django's `view_name`. */
    viewName: string;
    /** The routes joined like Django's `ResolverMatch.route`, e.g. "blog/<int:id>/". */
    route: string;
}
/** One row of `onefile routes`. */
export interface RouteInfo {
    pattern: string;
    name: string | null;
    view: string;
}
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
export declare class URLResolver<V extends View = View> {
    #private;
    constructor(patterns: readonly URLPattern[], registry?: ConverterLookup);
    /** Compiles with the real converters; throws ImproperlyConfigured for any problem. */
    check(): void;
    /**
     * The match for `pathInfo` (which starts with "/", like Django's `path_info`), or null.
     * Cheap enough to call twice per 404 for APPEND_SLASH (`resolve(path + "/")`).
     */
    resolve(pathInfo: string): ResolverMatch<V> | null;
    /**
     * The path (leading "/", no SCRIPT_NAME) of the pattern named `name` ("ns:name" inside a
     * namespace), with `params` by name or in order.
     *
     * `options` adds a query string and a fragment, as Django's `reverse(…, query=, fragment=)`.
     *
     * @throws NoReverseMatch naming close names, or the params the pattern expects.
     * @throws TypeError for a query or fragment of the wrong type.
     */
    reverse(name: string, params?: ReverseParams, options?: ReverseOptions): string;
    /** Every route in matching order, for the DEBUG 404 page ("blog/<int:id>/", "blog:post"). */
    tried(): {
        pattern: string;
        name: string | null;
    }[];
    /** Every route with its name and view function's name, for `onefile routes`. */
    routes(): RouteInfo[];
    /** Every URL name, namespaced ("blog:post"), in pattern order. */
    names(): string[];
}
