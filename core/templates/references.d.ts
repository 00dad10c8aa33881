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
export declare function findReferences(source: string, extensions: object[]): string[];
