/**
 * Django's `signing.dumps()` / `loads()` and `Signer.signObject()` / `unsignObject()`: any JSON
 * value, optionally zlib-compressed, base64url-encoded and signed with a timestamp. Tokens are
 * byte for byte what Django makes (compact JSON with non-ASCII escaped), so either side reads
 * the other's.
 */
import { unzlibSync, zlibSync } from "fflate";
import { escapeNonAscii } from "../util/ascii-json.ts";
import { base64url, decodeBase64url } from "../util/base64url.ts";
import { BadSignature, TimestampSigner, type Signer, type SignerOptions } from "./signer.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Python's `json.dumps(value, separators=(",", ":"))`: compact, non-ASCII as \uXXXX escapes. */
function toJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`${typeof value} cannot be signed: only JSON values can.`);
  return escapeNonAscii(json);
}

/**
 * Signs a JSON value with `signer`; with `compress`, zlib-compresses it first when that makes
 * it shorter (the payload then starts with ".").
 *
 * @example
 * ```ts
 * signObject(new Signer({ key }), { cart: [1, 2] }, true);
 * ```
 */
export function signObject(signer: Signer, value: unknown, compress = false): string {
  let data = encoder.encode(toJson(value));
  let compressed = false;
  if (compress) {
    const smaller = zlibSync(data);
    if (smaller.length < data.length - 1) [data, compressed] = [smaller, true];
  }
  return signer.sign((compressed ? "." : "") + base64url(data));
}

/**
 * The JSON value of a token made by `signObject` (for a TimestampSigner, `maxAge` limits its age).
 *
 * @throws BadSignature (or SignatureExpired) for a token that does not verify.
 */
export function unsignObject(signer: Signer, token: string, maxAge?: number | null): unknown {
  const payload = signer instanceof TimestampSigner ? signer.unsign(token, maxAge) : signer.unsign(token);
  const compressed = payload.startsWith(".");
  let data = decodeBase64url(compressed ? payload.slice(1) : payload);
  if (!data) throw new BadSignature("The signed payload is not base64url");
  try {
    if (compressed) data = unzlibSync(data);
    return JSON.parse(decoder.decode(data));
  } catch (error) {
    // Only a payload signed with our key gets here, so this is a bug, not an attack; say what it is.
    throw new BadSignature(`The signed payload is not ${compressed ? "zlib-compressed " : ""}JSON: ${(error as Error).message}`);
  }
}

/** Options of `dumps`. */
export interface DumpsOptions extends Omit<SignerOptions, "sep" | "algorithm"> {
  /** zlib-compress the JSON when that makes the token shorter. */
  compress?: boolean;
}

/** Options of `loads`. */
export interface LoadsOptions extends Omit<SignerOptions, "sep" | "algorithm"> {
  /** Refuse tokens signed more than this many seconds ago (SignatureExpired). */
  maxAge?: number | null;
}

/**
 * A signed, timestamped token for any JSON value, as Django's `signing.dumps` (salt
 * "django.core.signing" unless given). Safe to hand out: it cannot be changed unnoticed, but
 * it is not encrypted, so anyone can read it.
 *
 * @example
 * ```ts
 * const token = signing.dumps({ user: 42 }, { key: app.settings.SECRET_KEY });
 * signing.loads(token, { key: app.settings.SECRET_KEY, maxAge: 3600 }); // { user: 42 }
 * ```
 */
export function dumps(value: unknown, options: DumpsOptions): string {
  const { compress = false, salt = "django.core.signing", ...rest } = options;
  return signObject(new TimestampSigner({ ...rest, salt }), value, compress);
}

/**
 * The value of a token made by `dumps` (salt "django.core.signing" unless given).
 *
 * @throws BadSignature when the token was tampered with or signed with another key or salt;
 * SignatureExpired when it is older than `maxAge`.
 */
export function loads(token: string, options: LoadsOptions): unknown {
  const { maxAge = null, salt = "django.core.signing", ...rest } = options;
  return unsignObject(new TimestampSigner({ ...rest, salt }), token, maxAge);
}
