/**
 * HMAC-SHA256 signing with `crypto.subtle`, after Django's `django.core.signing`: a value is
 * sent with its signature and (optionally) the time it was signed, so the server can trust
 * data it handed to the client, and refuse it once it is too old. Runtime-neutral: Web
 * Crypto only, so it works the same on Node and in the service worker.
 */
import { base64url } from "../util/base64url.ts";
export { base64url };
/**
 * Decodes unpadded base64url; returns null for anything that is not exactly what
 * {@link base64url} makes. The last character of most lengths carries unused bits, so a lenient
 * decoder would read several texts as one byte string, and a signature edited in those bits
 * would still verify.
 */
export declare function fromBase64url(text: string): Uint8Array | null;
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
export declare function signTimestamped(secret: string, salt: string, value: string, now?: number): Promise<string>;
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
export declare function unsignTimestamped(secret: string, salt: string, signed: string, maxAgeSeconds: number, now?: number): Promise<string | null>;
