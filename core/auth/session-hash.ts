/**
 * The session auth hash: an HMAC of the user's stored password hash, kept in the session at
 * login and compared on every request, so changing a password logs out every other session of
 * that user (Django's `get_session_auth_hash`, computed the same way with `SECRET_KEY`).
 */
import { constantTimeEquals } from "../util/constant-time.ts";

const encoder = new TextEncoder();
const KEY_SALT = "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash";

/**
 * Django's `salted_hmac(keySalt, value, secret, algorithm="sha256").hexdigest()`: HMAC-SHA256 of
 * `value` with the key SHA-256(`keySalt` + `secret`).
 *
 * @example
 * ```ts
 * await saltedHmacHex("my.purpose", "value", app.secretKey); // 64 hex digits
 * ```
 */
export async function saltedHmacHex(keySalt: string, value: string, secret: string): Promise<string> {
  const keyBytes = await crypto.subtle.digest("SHA-256", encoder.encode(keySalt + secret));
  const key = await crypto.subtle.importKey("raw", keyBytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(value)));
  return Array.from(signature, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The hash stored in the session for a user whose stored password is `passwordHash`. */
export function sessionAuthHash(passwordHash: string, secret: string): Promise<string> {
  return saltedHmacHex(KEY_SALT, passwordHash, secret);
}

/** True when `stored` (from the session) matches the user's current password hash. */
export async function sessionAuthHashMatches(stored: unknown, passwordHash: string, secret: string): Promise<boolean> {
  return typeof stored === "string" && constantTimeEquals(stored, await sessionAuthHash(passwordHash, secret));
}
