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
    return this.#walk(this.#nodes, pathInfo.slice(1), [], "", {});
  }

  #walk(nodes: Node[], rest: string, namespaces: string[], route: string, outer: Record<string, unknown>): ResolverMatch | null {
    for (const node of nodes) {
      const m = node.regex.exec(rest);
      if (!m) continue;
      const params = { ...outer };
      let ok = true;
      for (const slot of node.piece.params) {
        const text = m[slot.group];
        if (text === undefined) continue;
        try {
          params[slot.name] = slot.converter ? slot.converter.toValue(text) : text;
        } catch {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const joined = joinRoute(route, node.pattern.route);
      if (node.children) {
        const inner = node.namespace ? [...namespaces, node.namespace] : namespaces;
        const found = this.#walk(node.children, rest.slice(m[0].length), inner, joined, params);
        if (found) return found;
        continue;
      }
      const view = node.pattern.target as View;
      const namespace = namespaces.join(":");
      return {
        func: view,
        params,
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
