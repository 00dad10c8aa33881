export declare const CSRF_SECRET_LENGTH = 32;
export declare const CSRF_TOKEN_LENGTH: number;
/** A token or cookie that is not 32 or 64 letters and digits; `reason` completes Django's message. */
export declare class InvalidTokenFormat extends Error {
    readonly reason: "has incorrect length" | "has invalid characters";
    name: string;
    constructor(reason: "has incorrect length" | "has invalid characters");
}
/**
 * A new random secret for the CSRF cookie.
 *
 * @example
 * ```ts
 * newCsrfSecret(); // 32 letters and digits
 * ```
 */
export declare function newCsrfSecret(): string;
/**
 * Masks `secret` with a fresh random mask: returns mask + cipher (64 characters).
 *
 * @example
 * ```ts
 * const token = maskSecret(secret);
 * unmaskToken(token) === secret; // true
 * ```
 */
export declare function maskSecret(secret: string): string;
/**
 * The secret inside a 64-character masked token.
 *
 * @example
 * ```ts
 * unmaskToken(maskSecret("a".repeat(32))); // "aaaa…"
 * ```
 */
export declare function unmaskToken(token: string): string;
/**
 * Checks that a token (or cookie) is 32 or 64 letters and digits.
 *
 * @throws InvalidTokenFormat saying what is wrong.
 */
export declare function checkTokenFormat(token: string): void;
/**
 * True when `token` (masked, or the bare secret as a script may send it) carries `secret`.
 * Both must already have passed `checkTokenFormat`. Compares in constant time.
 *
 * @example
 * ```ts
 * tokenMatches(maskSecret(secret), secret); // true
 * ```
 */
export declare function tokenMatches(token: string, secret: string): boolean;
