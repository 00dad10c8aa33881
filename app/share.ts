/**
 * Share links, exactly as DESIGN.md's sandbox contract says:
 * `#code=` + base64url (RFC 4648 §5, no padding) of the raw DEFLATE (RFC 1951) of the UTF-8
 * source, or `#source=` + the percent-encoded source.
 */
import { deflateSync, Inflate } from "fflate";
import { base64url, decodeBase64url } from "../core/util/base64url.ts";

/**
 * The largest source a link may hold once inflated: 5 MB of UTF-8. A single file is far
 * smaller; a link that inflates past this is a mistake or a decompression bomb (a 1 MB link
 * can inflate to 1 GB, and Chromium's TextDecoder returns "" for that instead of throwing).
 */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/**
 * The result of reading a hash: a source (and the `data=` parameter of a link that carries
 * data, still encoded: see share-data.ts), a clear error, or null when the hash holds no project.
 */
export type HashResult = { ok: true; source: string; data?: string } | { ok: false; error: string } | null;

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
  const whole = hash.startsWith("#") ? hash.slice(1) : hash;
  // `#code=…&data=…`: base64url has neither "&" nor "=", so the first "&" ends the code.
  const amp = whole.startsWith("code=") ? whole.indexOf("&") : -1;
  const text = amp === -1 ? whole : whole.slice(0, amp);
  const data = amp === -1 ? undefined : new URLSearchParams(whole.slice(amp + 1)).get("data") ?? undefined;
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
      raw = inflateCapped(bytes, MAX_SOURCE_BYTES);
    } catch (error) {
      if (error instanceof TooLarge) return { ok: false, error: tooLarge() };
      return { ok: false, error: "The link's code is not valid compressed data; it may have been cut off when it was copied." };
    }
    let source: string;
    try {
      source = new TextDecoder("utf-8", { fatal: true }).decode(raw);
    } catch {
      return { ok: false, error: "The link's code does not decode to UTF-8 text." };
    }
    if (source.trim() === "") return { ok: false, error: "The link holds no code." };
    return data === undefined ? { ok: true, source } : { ok: true, source, data };
  }
  if (text.startsWith("source=")) {
    let source: string;
    try {
      source = decodeURIComponent(text.slice(7));
    } catch {
      return { ok: false, error: "The link's source is not valid percent-encoding; it may have been cut off when it was copied." };
    }
    if (source.length > MAX_SOURCE_BYTES) return { ok: false, error: tooLarge() };
    return source.trim() === "" ? { ok: false, error: "The link holds no code." } : { ok: true, source };
  }
  return null;
}

/** Thrown by {@link inflateCapped} when the output would pass its cap. */
export class TooLarge extends Error {}

function tooLarge(): string {
  return `The link's code is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB once unpacked, more than any single file the sandbox opens; it was not opened.`;
}

/**
 * Inflates raw DEFLATE in small steps, throwing {@link TooLarge} as soon as the output passes
 * `cap` bytes, so a decompression bomb never gets allocated.
 */
export function inflateCapped(bytes: Uint8Array, cap: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > cap) throw new TooLarge();
    chunks.push(chunk);
    if (final) ended = true;
  });
  // 4 KB of input inflates to at most ~4 MB (DEFLATE's ratio is about 1:1032).
  const step = 4096;
  for (let i = 0; i < bytes.length || i === 0; i += step) inflater.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  if (!ended) throw new Error("The compressed data ended early.");
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
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
