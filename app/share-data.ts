/**
 * "Share with data": the rows of a project's database in its share link,
 * `#code=…&data=…`, where `data` is encoded as the code is: base64url (no padding) of the raw
 * DEFLATE of the UTF-8 JSON of a dump (worker/db/data-tools.ts).
 *
 * A link is capped: {@link MAX_DATA_CHARS} characters of `data` when made, and
 * {@link MAX_DATA_BYTES} once inflated when opened, so a link never becomes a decompression bomb.
 */
import { deflateSync } from "fflate";
import { fromBase64Url, inflateCapped, toBase64Url, TooLarge } from "./share.ts";
import type { Dump } from "../worker/db/data-tools.ts";

/** The most characters of `data` a link carries: 64 KB, a link that still pastes and opens anywhere. */
export const MAX_DATA_CHARS = 64 * 1024;
/** The most a link's data may inflate to. */
export const MAX_DATA_BYTES = 8 * 1024 * 1024;

/**
 * The `data=` parameter for a dump, or why it cannot be shared in a link.
 *
 * @example
 * const encoded = encodeData(dump);
 * if (encoded.ok) link = `${origin}/#${encodeShare(source)}&data=${encoded.param}`;
 */
export function encodeData(dump: Dump): { ok: true; param: string } | { ok: false; message: string } {
  const param = toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(dump)), { level: 9 }));
  if (param.length > MAX_DATA_CHARS) {
    return {
      ok: false,
      message:
        `The data is ${Math.ceil(param.length / 1024)} KB once packed, more than the ${MAX_DATA_CHARS / 1024} KB a link can carry. ` +
        "Share the code alone (Share), or send the database as a file (Download db.sqlite3).",
    };
  }
  return { ok: true, param };
}

/**
 * Reads a link's `data=` parameter back into a dump (checked in full by the runner as it loads).
 *
 * @example
 * const data = decodeData(link.data); // { ok: true, dump } or { ok: false, error }
 */
export function decodeData(param: string): { ok: true; dump: unknown } | { ok: false; error: string } {
  let bytes: Uint8Array;
  try {
    bytes = inflateCapped(fromBase64Url(param), MAX_DATA_BYTES);
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, error: `The link's data is larger than ${MAX_DATA_BYTES / 1024 / 1024} MB once unpacked; it was not loaded.` };
    return { ok: false, error: "The link's data is not valid compressed base64url; it may have been cut off when it was copied." };
  }
  try {
    return { ok: true, dump: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, error: "The link's data is not readable JSON." };
  }
}
