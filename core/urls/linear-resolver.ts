import { ConverterRegistry, type ConverterLookup } from "./converters.ts";
import { joinRoute } from "./flatten.ts";
import { parsePiece, type Piece } from "./parse.ts";
import { isIncluded, viewLabel, type URLPattern, type View } from "./patterns.ts";
import type { ResolverMatch } from "./resolver.ts";

interface Node {
  piece: Piece;
  regex: RegExp;
  pattern: URLPattern;
  children: Node[] | null;
  namespace: string | null;
}

/**
 * A plain port of Django's resolver: walk the patterns in order, match each one's regex
 * against what is left of the path, and descend into includes. It is the reference the
 * compiled `URLResolver` is tested against (common.case.test.ts) and the baseline of
 * bench/router: its cost grows with the number of patterns, which is what the compiled
 * matcher avoids.
 *
 * @example
 * ```ts
 * new LinearResolver([path("hello/<int:id>/", hello)]).resolve("/hello/7/")?.params; // { id: 7 }
 * ```
 */
export class LinearResolver {
  readonly #nodes: Node[];

  constructor(patterns: readonly URLPattern[], registry: ConverterLookup = new ConverterRegistry()) {
    const build = (list: readonly URLPattern[]): Node[] =>
      list.map((pattern) => {
        const piece = parsePiece(pattern, registry);
        const target = pattern.target;
        return {
          piece,
          regex: new RegExp(`^(?:${piece.source})`),
          pattern,
          children: isIncluded(target) ? build(target.patterns) : null,
          namespace: isIncluded(target) ? target.namespace : null,
        };
      });
    this.#nodes = build(patterns);
  }

  /** The first match for `pathInfo` (starting with "/"), or null, as Django's `resolve()`. */
  resolve(pathInfo: string): ResolverMatch | null {
    if (!pathInfo.startsWith("/")) return null;
    return this.#walk(this.#nodes, pathInfo.slice(1), [], "");
  }

  /** Django's `URLResolver.resolve`: each level merges its captures with what the level below found. */
  #walk(nodes: Node[], rest: string, namespaces: string[], route: string): ResolverMatch | null {
    for (const node of nodes) {
      const m = node.regex.exec(rest);
      if (!m) continue;
      const captured: Record<string, unknown> = {};
      let ok = true;
      for (const slot of node.piece.params) {
        const text = m[slot.group];
        if (text === undefined) continue;
        try {
          captured[slot.name] = slot.converter ? slot.converter.toValue(text) : text;
        } catch {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      // RegexPattern.match: "If there are any named groups, use those as kwargs, ignoring
      // non-named groups. Otherwise, pass all non-named arguments as positional arguments."
      const args = node.piece.args.map((slot) => m[slot.group]);
      const extra = node.pattern.kwargs ?? {};
      const joined = joinRoute(route, node.pattern.route);
      if (node.children) {
        const inner = node.namespace ? [...namespaces, node.namespace] : namespaces;
        const found = this.#walk(node.children, rest.slice(m[0].length), inner, joined);
        if (!found) continue;
        const params = { ...captured, ...extra, ...found.params };
        return {
          ...found,
          params,
          args: Object.keys(params).length ? found.args : [...args, ...found.args],
          capturedParams: { ...captured, ...found.capturedParams },
          extraParams: { ...extra, ...found.extraParams },
        };
      }
      const view = node.pattern.target as View;
      const namespace = namespaces.join(":");
      return {
        func: view,
        params: { ...captured, ...extra },
        args,
        capturedParams: captured,
        extraParams: extra,
        urlName: node.pattern.name,
        namespaces,
        namespace,
        viewName: (namespace ? namespace + ":" : "") + (node.pattern.name ?? viewLabel(view)),
        route: joined,
      };
    }
    return null;
  }
}
