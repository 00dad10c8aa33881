/**
 * Base64url (RFC 4648 §5) without padding: the one codec for signed cookies and share links.
 * Web standards only (`btoa`/`atob`), so it runs in every host.
 */
/**
 * Encodes bytes as unpadded base64url, safe in URLs and cookies without percent-encoding.
 * Works in 32 KB slices, so a long share link does not overflow the argument list.
 *
 * @example
 * base64url(new Uint8Array([251, 255])); // → "-_8"
 */
export function base64url(bytes) {
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
/**
 * Decodes base64url, with or without padding; returns null for text outside the alphabet or of
 * an impossible length. It reads every text a lenient decoder would: callers that need exactly
 * one text per byte string (signatures) compare `base64url(result)` with the input.
 *
 * @example
 * decodeBase64url("-_8");  // → Uint8Array [251, 255]
 * decodeBase64url("a+b");  // → null
 */
export function decodeBase64url(text) {
    const unpadded = text.replace(/={1,2}$/, "");
    if (!/^[A-Za-z0-9_-]*$/.test(unpadded) || unpadded.length % 4 === 1)
        return null;
    const binary = atob(unpadded.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (unpadded.length % 4)) % 4));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++)
        bytes[i] = binary.charCodeAt(i);
    return bytes;
}
