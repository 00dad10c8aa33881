/**
 * The URL encodings of Django's `django.utils.encoding`, which decide how a path looks on its way
 * in (`request.path`) and on its way out (`getFullPath()`, `Location`):
 *
 * - `iriToUri`: a URL that may hold any Unicode (an IRI) made ASCII, as HTTP headers need,
 *   without touching what is already valid in a URI. A `Location` of `/日本/` goes out as
 *   `/%E6%97%A5%E6%9C%AC/`.
 * - `escapeUriPath`: a decoded path made safe to put back in a URL (`/a?b` becomes `/a%3Fb`).
 * - `decodePath`: the request target's path percent-decoded as UTF-8, with the bytes that are
 *   not UTF-8 left percent-encoded, as Django does for a WSGI `PATH_INFO`.
 */

/** What `iri_to_uri` leaves as it is: RFC 3986's reserved and unreserved characters, and `%`. */
const IRI_SAFE = /[A-Za-z0-9_.~\-/#%[\]=:;$&()+,!?*@']/;
/** What `escape_uri_path` leaves as it is: unreserved characters and the path's own delimiters (not `%`, `?`, `#`, `;`, `=`). */
const PATH_SAFE = /[A-Za-z0-9_.~\-/:@&+$,!*'()]/;
const HEX = "0123456789ABCDEF";
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The URI of an IRI: every other character percent-encoded as UTF-8.
 *
 * @example
 * ```ts
 * iriToUri("/æøå/abc/?q=a b");  // "/%C3%A6%C3%B8%C3%A5/abc/?q=a%20b"
 * iriToUri("/already%20done/"); // "/already%20done/"
 * ```
 */
export function iriToUri(iri: string): string {
  return quote(iri, IRI_SAFE);
}

/**
 * A decoded path made safe for a URL again, as Django's `escape_uri_path` (what
 * `request.getFullPath()` returns): `?`, `#`, `;`, `=` and `%` are escaped so that the result
 * reads back as the same path, and non-ASCII characters are percent-encoded as UTF-8.
 *
 * @example
 * ```ts
 * escapeUriPath("/;some/?awful/=path/foo:bar/"); // "/%3Bsome/%3Fawful/%3Dpath/foo:bar/"
 * escapeUriPath("/café/");                       // "/caf%C3%A9/"
 * ```
 */
export function escapeUriPath(path: string): string {
  return quote(path, PATH_SAFE);
}

function quote(text: string, safe: RegExp): string {
  let out = "";
  // A lone surrogate has no UTF-8 form; it becomes U+FFFD, as Python's "replace" error handler.
  for (const c of text) out += safe.test(c) ? c : encodeURIComponent(c.length === 1 && c >= "\ud800" && c <= "\udfff" ? "\ufffd" : c);
  return out;
}

/**
 * Percent-decodes the path of a request target as Django decodes `PATH_INFO`: the bytes are read
 * as UTF-8, and any that are not (a path written in Latin-1, such as `/caf%E9/`) stay
 * percent-encoded (Django's `repercent_broken_unicode`), since their real encoding cannot be
 * known. A `%` not followed by two hex digits stays as it is, as a WSGI server leaves it.
 * It never throws: every target has a path.
 *
 * @example
 * ```ts
 * decodePath("/caf%C3%A9/");   // "/café/"
 * decodePath("/caf%E9/");      // "/caf%E9/"
 * decodePath("/%E0%A4%A");     // "/%E0%A4%A"
 * ```
 */
export function decodePath(raw: string): string {
  if (raw.indexOf("%") === -1) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return repercentBrokenUnicode(unquoteToBytes(encoder.encode(raw)));
  }
}

/**
 * The bytes `%XX` escapes stand for, other bytes kept (Python's `unquote_to_bytes`); with
 * `plusAsSpace`, "+" is a space, as in a urlencoded form. A `%` without two hex digits stays.
 *
 * @example
 * ```ts
 * unquoteToBytes(new TextEncoder().encode("a%E9+b"), true); // bytes 61 E9 20 62
 * ```
 */
export function unquoteToBytes(bytes: Uint8Array, plusAsSpace = false): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    const high = byte === 0x25 && i + 2 < bytes.length ? hexValue(bytes[i + 1]!) : -1;
    const low = high === -1 ? -1 : hexValue(bytes[i + 2]!);
    if (low !== -1) {
      out[n++] = high * 16 + low;
      i += 2;
    } else out[n++] = plusAsSpace && byte === 0x2b ? 0x20 : byte;
  }
  return out.subarray(0, n);
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

/** Decodes UTF-8, writing each byte that is not part of a valid sequence as `%XX`. */
function repercentBrokenUnicode(bytes: Uint8Array): string {
  let out = "";
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    out += decoder.decode(bytes.subarray(start, i)) + "%" + HEX[bytes[i]! >> 4] + HEX[bytes[i]! & 15];
    start = ++i;
  }
  return out + decoder.decode(bytes.subarray(start));
}

/** The length of the valid UTF-8 sequence at `i` (Unicode's table 3-7), or 0 when there is none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f; // no UTF-16 surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f; // nothing past U+10FFFF
  } else return 0;
  if (i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}
