/**
 * True when `a` and `b` are the same string, comparing every character whatever the first
 * difference, so the time taken does not tell an attacker how much of a secret they guessed
 * (Django's `constant_time_compare`). Only the length may show: callers compare values of a
 * public length (hashes, tokens).
 *
 * @example
 * ```ts
 * constantTimeEquals(storedHash, candidateHash); // true or false, in the same time
 * ```
 */
export function constantTimeEquals(a, b) {
    let diff = a.length ^ b.length;
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++)
        diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
    return diff === 0;
}
