import type { HttpRequest } from "../http/request.ts";
import type { ViewResult } from "../http/response.ts";
import { ImproperlyConfigured } from "./errors.ts";
import type { ParamsFit, RegexParams, RouteParams, WithKwargs } from "./params.ts";

/**
 * A view: called with the request and the converted URL parameters; returns a response, a
 * string (which becomes an `HttpResponse`) or a promise of one. A class-based view is a function
 * too: `MyView.asView()`.
 *
 * @example
 * ```ts
 * const hello: View<{ id: number }> = (request, { id }) => `Hello, ${id}`;
 * ```
 */
export type View<P = any> = (request: HttpRequest, params: P, ...args: string[]) => ViewResult | Promise<ViewResult>;

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
export interface PatternOptions<K extends Record<string, unknown> = Record<string, unknown>> {
  /** The name `reverse()` and `url()` use. */
  name?: string;
  /**
   * Extra params for the view, as Django's `kwargs` argument of `path()`: merged into the
   * captured ones (and winning over a captured param of the same name). On an include, every
   * view inside gets them. `reverse()` accepts them only with these exact values.
   */
  kwargs?: K;
}

/**
 * A route in Django's `path()` syntax: literal text and `<converter:name>` parameters
 * (`str` when the converter is left out). No leading slash, like Django.
 *
 * The view's params are typed from the route: `<int:id>` gives `id: number`, `<slug:s>`,
 * `<uuid:u>`, `<path:p>` and `<s>` strings (see `ConverterTypes` for your own converters). A view
 * that declares a param of another type, or returns something that is not a response, a string
 * or a promise of one, does not compile.
 *
 * @example
 * ```ts
 * path("hello/<int:id>/", (request, { id }) => `Hello, ${id + 1}`, { name: "hello" });
 * path("blog/", include(blogPatterns, { namespace: "blog" }));
 * path("feed/", feed, { name: "feed", kwargs: { format: "rss" } }); // feed(request, { format: "rss" })
 * ```
 */
export function path<const R extends string, const K extends Record<string, unknown> = {}, P = WithKwargs<RouteParams<R>, K>>(
  route: R,
  target: (View<P> & ParamsFit<WithKwargs<RouteParams<R>, K>, P>) | Included,
  options: PatternOptions<K> = {},
): URLPattern {
  return makePattern("path", route, target as View | Included, options);
}

/**
 * A route as a regular expression, as Django's `re_path()`. It is matched from the start of
 * the remaining path (`^` is optional); a trailing `$` anchors the end. Python's `(?P<name>…)`
 * is accepted too. Named groups reach the view as params (strings, and typed so). A regex without named
 * groups passes its groups as positional arguments after the params, as Django passes
 * `*args`: `view(request, params, ...args)`; `reverse(name, [args])` fills them.
 *
 * @example
 * ```ts
 * rePath("^articles/(?<year>[0-9]{4})/$", (request, { year }) => `Articles of ${year}`, { name: "year-archive" });
 * rePath("^places/([0-9]+)/$", (request, params, id) => `place ${id}`, { name: "places" });
 * ```
 */
export function rePath<const R extends string, const K extends Record<string, unknown> = {}, P = WithKwargs<RegexParams<R>, K>>(
  regex: R,
  target: (View<P> & ParamsFit<WithKwargs<RegexParams<R>, K>, P>) | Included,
  options: PatternOptions<K> = {},
): URLPattern {
  return makePattern("re", regex, target as View | Included, options);
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
export function include(patterns: readonly URLPattern[], options: { namespace?: string } = {}): Included {
  if (!Array.isArray(patterns)) {
    throw new ImproperlyConfigured(`include() expects an array of path() / rePath() patterns, got ${describe(patterns)}.`);
  }
  const namespace = options.namespace ?? null;
  if (namespace !== null && (typeof namespace !== "string" || namespace === "" || namespace.includes(":"))) {
    throw new ImproperlyConfigured(`include() namespace ${JSON.stringify(namespace)} is not valid: use a non-empty name without ':'.`);
  }
  return Object.freeze({ kind: "include" as const, patterns, namespace });
}

function makePattern(type: "path" | "re", route: string, target: View | Included, options: PatternOptions): URLPattern {
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
export function isIncluded(value: unknown): value is Included {
  return typeof value === "object" && value !== null && (value as Included).kind === "include";
}

/**
 * How a view shows in listings: its function name, or "<anonymous>".
 *
 * @example
 * ```ts
 * viewLabel(function hello() {}); // "hello"
 * ```
 */
export function viewLabel(view: View): string {
  return view.name || "<anonymous>";
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? JSON.stringify(value) : typeof value;
}
