/**
 * Finds the template names a source pulls in with `extends`, `include`,
 * `import` and `from … import`, so `onefile check` can report a missing parent
 * before any request renders the page.
 *
 * @module
 */
import nunjucks from "nunjucks";
const { parser, nodes } = nunjucks;
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
export function findReferences(source, extensions) {
    const root = parser.parse(source, extensions);
    const found = new Set();
    for (const kind of ["Extends", "Include", "Import", "FromImport"]) {
        for (const node of root.findAll(nodes[kind])) {
            if (node.ignoreMissing)
                continue;
            const name = node.template?.value;
            // A Literal node holds the string; a Symbol or expression has no string `value`.
            if (typeof name === "string" && isLiteral(node.template))
                found.add(name);
        }
    }
    return [...found];
}
function isLiteral(node) {
    return node instanceof nodes["Literal"];
}
