/**
 * CSRF secrets and masked tokens, as in Django's `django.middleware.csrf`.
 *
 * The cookie holds a 32-character secret. Pages get a 64-character token: a fresh random
 * mask followed by the secret "added" to the mask letter by letter. Every page thus shows a
 * different token for the same secret, which defeats BREACH-style compression attacks that
 * guess a secret repeated in a response. Unmasking gives the secret back for comparison.
 */
import { RANDOM_STRING_CHARS, randomString } from "../sessions/random.js";
import { constantTimeEquals } from "../util/constant-time.js";
export const CSRF_SECRET_LENGTH = 32;
export const CSRF_TOKEN_LENGTH = 2 * CSRF_SECRET_LENGTH;
const CHARS = RANDOM_STRING_CHARS;
const VALID = /^[a-zA-Z0-9]+$/;
/** A token or cookie that is not 32 or 64 letters and digits; `reason` completes Django's message. */
export class InvalidTokenFormat extends Error {
    reason;
    name = "InvalidTokenFormat";
    constructor(reason) {
        super(reason);
        this.reason = reason;
    }
}
/**
 * A new random secret for the CSRF cookie.
 *
 * @example
 * ```ts
 * newCsrfSecret(); // 32 letters and digits
 * ```
 */
export function newCsrfSecret() {
    return randomString(CSRF_SECRET_LENGTH);
}
/**
 * Masks `secret` with a fresh random mask: returns mask + cipher (64 characters).
 *
 * @example
 * ```ts
 * const token = maskSecret(secret);
 * unmaskToken(token) === secret; // true
 * ```
 */
export function maskSecret(secret) {
    const mask = randomString(CSRF_SECRET_LENGTH);
    let cipher = "";
    for (let i = 0; i < CSRF_SECRET_LENGTH; i++) {
        cipher += CHARS[(CHARS.indexOf(secret[i]) + CHARS.indexOf(mask[i])) % CHARS.length];
    }
    return mask + cipher;
}
/**
 * The secret inside a 64-character masked token.
 *
 * @example
 * ```ts
 * unmaskToken(maskSecret("a".repeat(32))); // "aaaa…"
 * ```
 */
export function unmaskToken(token) {
    const mask = token.slice(0, CSRF_SECRET_LENGTH);
    const cipher = token.slice(CSRF_SECRET_LENGTH);
    let secret = "";
    for (let i = 0; i < CSRF_SECRET_LENGTH; i++) {
        const n = CHARS.indexOf(cipher[i]) - CHARS.indexOf(mask[i]);
        secret += CHARS[(n + CHARS.length) % CHARS.length];
    }
    return secret;
}
/**
 * Checks that a token (or cookie) is 32 or 64 letters and digits.
 *
 * @throws InvalidTokenFormat saying what is wrong.
 */
export function checkTokenFormat(token) {
    if (token.length !== CSRF_SECRET_LENGTH && token.length !== CSRF_TOKEN_LENGTH)
        throw new InvalidTokenFormat("has incorrect length");
    if (!VALID.test(token))
        throw new InvalidTokenFormat("has invalid characters");
}
/**
 * True when `token` (masked, or the bare secret as a script may send it) carries `secret`.
 * Both must already have passed `checkTokenFormat`. Compares in constant time.
 *
 * @example
 * ```ts
 * tokenMatches(maskSecret(secret), secret); // true
 * ```
 */
export function tokenMatches(token, secret) {
    const candidate = token.length === CSRF_TOKEN_LENGTH ? unmaskToken(token) : token;
    return constantTimeEquals(candidate, secret);
}
