/** Letters and digits: Django's RANDOM_STRING_CHARS, safe in cookies, headers and form fields. */
export const RANDOM_STRING_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
/**
 * A random string from `crypto.getRandomValues` (Django's `get_random_string`). Bytes that
 * would bias the choice (256 is not a multiple of 62) are drawn again.
 *
 * @example
 * ```ts
 * randomString(32); // "q3X0b…" (32 letters and digits)
 * ```
 */
export function randomString(length, chars = RANDOM_STRING_CHARS) {
    const limit = 256 - (256 % chars.length);
    let out = "";
    while (out.length < length) {
        const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
        for (let i = 0; i < bytes.length && out.length < length; i++) {
            if (bytes[i] < limit)
                out += chars[bytes[i] % chars.length];
        }
    }
    return out;
}
