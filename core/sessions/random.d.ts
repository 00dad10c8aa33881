/** Letters and digits: Django's RANDOM_STRING_CHARS, safe in cookies, headers and form fields. */
export declare const RANDOM_STRING_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
/**
 * A random string from `crypto.getRandomValues` (Django's `get_random_string`). Bytes that
 * would bias the choice (256 is not a multiple of 62) are drawn again.
 *
 * @example
 * ```ts
 * randomString(32); // "q3X0b…" (32 letters and digits)
 * ```
 */
export declare function randomString(length: number, chars?: string): string;
