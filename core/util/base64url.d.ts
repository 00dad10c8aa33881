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
export declare function base64url(bytes: Uint8Array): string;
/**
 * Decodes base64url, with or without padding; returns null for text outside the alphabet or of
 * an impossible length. It reads every text a lenient decoder would: callers that need exactly
 * one text per byte string (signatures) compare `base64url(result)` with the input.
 *
 * @example
 * decodeBase64url("-_8");  // → Uint8Array [251, 255]
 * decodeBase64url("a+b");  // → null
 */
export declare function decodeBase64url(text: string): Uint8Array | null;
