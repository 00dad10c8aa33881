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
export declare function constantTimeEquals(a: string, b: string): boolean;
