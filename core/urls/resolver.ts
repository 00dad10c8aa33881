import { ConverterRegistry, type Converter, type ConverterLookup } from "./converters.ts";
import { flattenPatterns, type Leaf } from "./flatten.ts";
import { Matcher } from "./matcher.ts";
import { viewLabel, type URLPattern, type View } from "./patterns.ts";
import { withQueryAndFragment, type ReverseOptions } from "./query.ts";
import { reverseLeaf, unknownName, type ReverseParams } from "./reverse.ts";

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

interface Compiled {
  leaves: Leaf[];
  matcher: Matcher;
  byName: Map<string, Leaf>;
  namespaces: Set<string>;
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
export class URLResolver<V extends View = View> {
  readonly #patterns: readonly URLPattern[];
  readonly #registry: ConverterLookup;
  #compiled: Compiled | undefined;

  constructor(patterns: readonly URLPattern[], registry: ConverterLookup = new ConverterRegistry()) {
    this.#patterns = patterns;
    this.#registry = registry;
    // Check the structure now, so a mistake is reported where the patterns were assigned;
    // unknown converter names are allowed here because one may be registered later.
    flattenPatterns(patterns, lenient(registry));
  }

  /** Compiles with the real converters; throws ImproperlyConfigured for any problem. */
  check(): void {
    this.#compile();
  }

  /**
   * The match for `pathInfo` (which starts with "/", like Django's `path_info`), or null.
   * Cheap enough to call twice per 404 for APPEND_SLASH (`resolve(path + "/")`).
   */
  resolve(pathInfo: string): ResolverMatch<V> | null {
    const found = this.#compile().matcher.match(pathInfo);
    if (!found) return null;
    const { leaf, params, captured, args } = found;
    return {
      func: leaf.view as V,
      params,
      args,
      capturedParams: captured,
      extraParams: leaf.extraMerged ?? NO_EXTRA,
      urlName: leaf.urlName,
      namespaces: leaf.namespaces as string[],
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
  reverse(name: string, params?: ReverseParams, options?: ReverseOptions): string {
    const compiled = this.#compile();
    const leaf = compiled.byName.get(name);
    if (!leaf) throw unknownName(String(name), compiled.byName.keys(), compiled.namespaces);
    return withQueryAndFragment(reverseLeaf(name, leaf, params), options);
  }

  /** Every route in matching order, for the DEBUG 404 page ("blog/<int:id>/", "blog:post"). */
  tried(): { pattern: string; name: string | null }[] {
    return this.#compile().leaves.map((leaf) => ({ pattern: leaf.route, name: leaf.fullName }));
  }

  /** Every route with its name and view function's name, for `onefile routes`. */
  routes(): RouteInfo[] {
    return this.#compile().leaves.map((leaf) => ({ pattern: leaf.route, name: leaf.fullName, view: viewLabel(leaf.view) }));
  }

  /** Every URL name, namespaced ("blog:post"), in pattern order. */
  names(): string[] {
    return [...this.#compile().byName.keys()];
  }

  #compile(): Compiled {
    if (this.#compiled) return this.#compiled;
    const leaves = flattenPatterns(this.#patterns, this.#registry);
    const byName = new Map<string, Leaf>();
    const namespaces = new Set<string>();
    for (const leaf of leaves) {
      if (leaf.fullName !== null) byName.set(leaf.fullName, leaf);
      for (let i = 1; i <= leaf.namespaces.length; i++) namespaces.add(leaf.namespaces.slice(0, i).join(":"));
    }
    return (this.#compiled = { leaves, matcher: new Matcher(leaves), byName, namespaces });
  }
}

const NO_EXTRA: Readonly<Record<string, unknown>> = Object.freeze({});

const PLACEHOLDER: Converter = { regex: "[^/]+", toValue: (s) => s, toUrl: String };

/** A registry that accepts any converter name, for the structural check at construction. */
function lenient(registry: ConverterLookup): ConverterLookup {
  return {
    get: (name) => registry.get(name) ?? PLACEHOLDER,
    names: () => registry.names(),
    closeNames: (name) => registry.closeNames(name),
  };
}
