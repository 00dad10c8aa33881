/**
 * Finds the template names a source pulls in with `extends`, `include`,
 * `import` and `from … import`, and the filters it uses, so `onefile check` can
 * report a missing parent or an unknown filter before any request renders the page.
 *
 * @module
 */
import nunjucks from "nunjucks";

/** The bits of nunjucks' (untyped) parser and node classes used here. */
interface TemplateNode {
  template?: { value?: unknown } | null;
  ignoreMissing?: boolean;
  /** A Filter node's name (a Symbol node). */
  name?: { value?: unknown };
  lineno?: number;
  findAll(type: unknown): TemplateNode[];
}
interface ParserModule {
  parse(src: string, extensions?: object[]): TemplateNode;
}
const { parser, nodes } = nunjucks as unknown as { parser: ParserModule; nodes: Record<string, unknown> };

/**
 * Returns the literal template names referenced by `source`, in order of
 * appearance per tag kind, without duplicates. Dynamic references
 * (`{% extends layout %}`) and `include … ignore missing` are skipped because
 * they may legitimately name nothing.
 *
 * @example
 * ```ts
 * findReferences('{% extends "base.html" %}{% include "nav.html" %}', []);
 * // → ["base.html", "nav.html"]
 * ```
 */
export function findReferences(source: string, extensions: object[]): string[] {
  const root = parser.parse(source, extensions);
  const found = new Set<string>();
  for (const kind of ["Extends", "Include", "Import", "FromImport"]) {
    for (const node of root.findAll(nodes[kind])) {
      if (node.ignoreMissing) continue;
      const name = node.template?.value;
      // A Literal node holds the string; a Symbol or expression has no string `value`.
      if (typeof name === "string" && isLiteral(node.template)) found.add(name);
    }
  }
  return [...found];
}

function isLiteral(node: unknown): boolean {
  return node instanceof (nodes["Literal"] as new () => unknown);
}

/**
 * Every filter `source` applies (`{{ x | name }}`, `{% filter name %}`), with the 1-based line
 * of its first use, so `onefile check` can report one that no engine defines.
 *
 * @example
 * ```ts
 * findFilters("{{ a | upper }}\n{{ b | jsonscript }}", []); // [{ filter: "upper", line: 1 }, { filter: "jsonscript", line: 2 }]
 * ```
 */
export function findFilters(source: string, extensions: object[]): { filter: string; line: number }[] {
  const root = parser.parse(source, extensions);
  const found = new Map<string, number>();
  for (const kind of ["Filter", "FilterAsync"]) {
    for (const node of root.findAll(nodes[kind])) {
      const name = node.name?.value;
      if (typeof name === "string" && !found.has(name)) found.set(name, (node.lineno ?? 0) + 1);
    }
  }
  return [...found].map(([filter, line]) => ({ filter, line }));
}
