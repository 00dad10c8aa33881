/**
 * HMAC-SHA256 signing with `crypto.subtle`, after Django's `django.core.signing`: a value is
 * sent with its signature and (optionally) the time it was signed, so the server can trust
 * data it handed to the client, and refuse it once it is too old. Runtime-neutral: Web
 * Crypto only, so it works the same on Node and in the service worker.
 */
import { base64url, decodeBase64url } from "../util/base64url.js";
const encoder = new TextEncoder();
/**
 * Imported HMAC keys by salt and secret. Importing a key is async and costs more than a
 * signature, so each (salt, secret) pair is imported once. It is a pure cache (two apps with
 * different secrets get different keys), capped so tests that build many apps stay small.
 */
const keyCache = new Map();
const KEY_CACHE_LIMIT = 64;
function hmacKey(secret, salt) {
    // The salt goes into the key (as Django's salted_hmac does), so a signature made for
    // sessions is never valid for another purpose that signs with the same SECRET_KEY.
    const id = `${salt}\u0000${secret}`;
    let key = keyCache.get(id);
    if (!key) {
        if (keyCache.size >= KEY_CACHE_LIMIT)
            keyCache.clear();
        key = crypto.subtle
            .digest("SHA-256", encoder.encode(`onefile.signing${id}`))
            .then((raw) => crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]));
        keyCache.set(id, key);
    }
    return key;
}
export { base64url };
/**
 * Decodes unpadded base64url; returns null for anything that is not exactly what
 * {@link base64url} makes. The last character of most lengths carries unused bits, so a lenient
 * decoder would read several texts as one byte string, and a signature edited in those bits
 * would still verify.
 */
export function fromBase64url(text) {
    const bytes = decodeBase64url(text);
    return bytes && base64url(bytes) === text ? bytes : null;
}
/**
 * Signs `value` with a timestamp: returns `value.time.signature`, where time is seconds since
 * the epoch in base 36. `value` must not contain "." (base64url text never does).
 *
 * @example
 * ```ts
 * const signed = await signTimestamped("my secret", "onefile.sessions", "eyJhIjoxfQ");
 * await unsignTimestamped("my secret", "onefile.sessions", signed, 3600); // "eyJhIjoxfQ"
 * ```
 */
export async function signTimestamped(secret, salt, value, now = Date.now()) {
    if (value.includes("."))
        throw new TypeError('A signed value must not contain ".".');
    const unsigned = `${value}.${Math.floor(now / 1000).toString(36)}`;
    const signature = await crypto.subtle.sign("HMAC", await hmacKey(secret, salt), encoder.encode(unsigned));
    return `${unsigned}.${base64url(new Uint8Array(signature))}`;
}
/**
 * Checks a value made by `signTimestamped`. Returns the original value, or null when the
 * signature does not match (tampered, or signed with another secret or salt), the text is
 * malformed, or it was signed more than `maxAgeSeconds` ago. Never throws for bad input:
 * what a client sends is untrusted, and a bad value is simply not a value.
 *
 * @example
 * ```ts
 * const value = await unsignTimestamped(secret, "onefile.sessions", cookie, 1209600);
 * if (value === null) { ... start afresh ... }
 * ```
 */
export async function unsignTimestamped(secret, salt, signed, maxAgeSeconds, now = Date.now()) {
    const parts = signed.split(".");
    if (parts.length !== 3)
        return null;
    const [value, time, signatureText] = parts;
    const signature = fromBase64url(signatureText);
    if (!signature || !/^[0-9a-z]{1,12}$/.test(time))
        return null;
    // crypto.subtle.verify compares in constant time, so the signature cannot be guessed byte by byte.
    const valid = await crypto.subtle.verify("HMAC", await hmacKey(secret, salt), signature, encoder.encode(`${value}.${time}`));
    if (!valid)
        return null;
    const age = now / 1000 - parseInt(time, 36);
    if (age > maxAgeSeconds)
        return null;
    return value;
}
