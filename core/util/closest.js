/**
 * The candidate nearest to a misspelt name (case-insensitive edit distance of at most 3),
 * for "did you mean" hints in error messages.
 *
 * @example
 * ```ts
 * closest("DEBGU", ["DEBUG", "SECRET_KEY"]); // "DEBUG"
 * ```
 */
export function closest(name, candidates) {
    let best;
    let bestDistance = 4;
    for (const candidate of candidates) {
        const d = editDistance(name.toUpperCase(), candidate.toUpperCase());
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best;
}
/** Levenshtein distance between two strings. */
export function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
