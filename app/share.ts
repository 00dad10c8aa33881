/**
 * Share links, exactly as DESIGN.md's sandbox contract says:
 * `#code=` + base64url (RFC 4648 §5, no padding) of the raw DEFLATE (RFC 1951) of the UTF-8
 * source, or `#source=` + the percent-encoded source.
 */
import { deflateSync, inflateSync } from "fflate";
import { base64url, decodeBase64url } from "../core/util/base64url.ts";

/** The result of reading a hash: a source, a clear error, or null when the hash holds no project. */
export type HashResult = { ok: true; source: string } | { ok: false; error: string } | null;

/**
 * Builds the hash (without "#") that carries a source in a share link.
 *
 * @example
 * location.hash = encodeShare("export default app;"); // "code=S60o…"
 */
export function encodeShare(source: string): string {
  return `code=${toBase64Url(deflateSync(new TextEncoder().encode(source), { level: 9 }))}`;
}

/**
 * Reads a project out of a location hash ("#code=…" or "#source=…").
 *
 * @example
 * decodeHash("#source=export%20default%20app%3B"); // { ok: true, source: "export default app;" }
 * decodeHash("#code=%%%");                         // { ok: false, error: "…" }
 * decodeHash("");                                   // null
 */
export function decodeHash(hash: string): HashResult {
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  if (text.startsWith("code=")) {
    const payload = text.slice(5);
    let bytes: Uint8Array;
    try {
      bytes = fromBase64Url(payload);
    } catch {
      return { ok: false, error: "The link's code is not valid base64url; it may have been cut off or changed when it was copied." };
    }
    let raw: Uint8Array;
    try {
      raw = inflateSync(bytes);
    } catch {
      return { ok: false, error: "The link's code is not valid compressed data; it may have been cut off when it was copied." };
    }
    try {
      return { ok: true, source: new TextDecoder("utf-8", { fatal: true }).decode(raw) };
    } catch {
      return { ok: false, error: "The link's code does not decode to UTF-8 text." };
    }
  }
  if (text.startsWith("source=")) {
    try {
      return { ok: true, source: decodeURIComponent(text.slice(7)) };
    } catch {
      return { ok: false, error: "The link's source is not valid percent-encoding; it may have been cut off when it was copied." };
    }
  }
  return null;
}

/**
 * Encodes bytes as base64url without padding (the core's codec, named as the link format is).
 *
 * @example
 * toBase64Url(new Uint8Array([251, 255])); // "-_8"
 */
export const toBase64Url = base64url;

/**
 * Decodes base64url (padding optional); throws on any character outside the alphabet.
 *
 * @example
 * fromBase64Url("-_8"); // Uint8Array [251, 255]
 */
export function fromBase64Url(text: string): Uint8Array {
  const bytes = decodeBase64url(text);
  if (!bytes) throw new Error("Invalid base64url.");
  return bytes;
}
