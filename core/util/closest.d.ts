/**
 * The candidate nearest to a misspelt name (case-insensitive edit distance of at most 3),
 * for "did you mean" hints in error messages.
 *
 * @example
 * ```ts
 * closest("DEBGU", ["DEBUG", "SECRET_KEY"]); // "DEBUG"
 * ```
 */
export declare function closest(name: string, candidates: Iterable<string>): string | undefined;
/** Levenshtein distance between two strings. */
export declare function editDistance(a: string, b: string): number;
