/**
 * Making and checking stored passwords, as Django's `django.contrib.auth.hashers`: the first
 * hasher of the list makes new hashes, every hasher in it may verify an old one, and a correct
 * password whose hash is stale (another algorithm, fewer iterations, a weak salt) is handed to a
 * setter so the caller can store a fresh hash.
 */
import { randomString } from "../sessions/random.js";
import { PBKDF2PasswordHasher, PBKDF2SHA1PasswordHasher } from "./pbkdf2.js";
/** Stored passwords that start with this can never match: `setUnusablePassword()` writes them. */
export const UNUSABLE_PASSWORD_PREFIX = "!";
/** Random characters after the prefix, so two unusable passwords differ (as Django's). */
export const UNUSABLE_PASSWORD_SUFFIX_LENGTH = 40;
/** The hashers an app uses unless `PASSWORD_HASHERS` says otherwise: PBKDF2-SHA256 first. */
export const DEFAULT_PASSWORD_HASHERS = Object.freeze([
    new PBKDF2PasswordHasher(),
    new PBKDF2SHA1PasswordHasher(),
]);
/**
 * The stored form of `password`: a hash made by the first of `hashers` with a fresh random
 * salt (or `salt`), or an unusable password when `password` is null.
 *
 * @example
 * ```ts
 * await makePassword("lètmein"); // "pbkdf2_sha256$1500000$Kx3…$qa1…="
 * await makePassword(null);      // "!Vb2…" (never matches)
 * ```
 * @throws TypeError when `password` is neither a string nor null.
 */
export async function makePassword(password, { salt, hashers = DEFAULT_PASSWORD_HASHERS } = {}) {
    if (password === null)
        return UNUSABLE_PASSWORD_PREFIX + randomString(UNUSABLE_PASSWORD_SUFFIX_LENGTH);
    if (typeof password !== "string") {
        throw new TypeError(`Password must be a string, got ${password === undefined ? "undefined" : typeof password}.`);
    }
    const hasher = preferredHasher(hashers);
    return hasher.encode(password, salt ?? hasher.salt());
}
/**
 * True when `password` matches the stored `encoded` hash. When it matches and the hash is stale,
 * `setter(password)` is awaited so the caller can store a fresh hash (what Django does at login).
 * An unknown algorithm, an unusable or malformed hash, or a null password never match.
 *
 * @example
 * ```ts
 * const ok = await checkPassword(form.password, user.password, async (raw) => {
 *   await user.setPassword(raw);
 *   await user.save({ updateFields: ["password"] });
 * });
 * ```
 */
export async function checkPassword(password, encoded, setter, hashers = DEFAULT_PASSWORD_HASHERS) {
    const { isCorrect, mustUpdate } = await verifyPassword(password, encoded, hashers);
    if (setter && isCorrect && mustUpdate)
        await setter(password);
    return isCorrect;
}
/**
 * Whether `password` matches `encoded`, and whether the hash should be made again with the
 * preferred hasher (Django's `verify_password`). A wrong password checked against a hash with
 * fewer iterations than today's spends the missing iterations too, so the answer's timing does
 * not tell an attacker which accounts have old hashes.
 */
export async function verifyPassword(password, encoded, hashers = DEFAULT_PASSWORD_HASHERS) {
    if (typeof password !== "string" || typeof encoded !== "string" || !isPasswordUsable(encoded)) {
        return { isCorrect: false, mustUpdate: false };
    }
    const preferred = preferredHasher(hashers);
    const hasher = identifyHasher(encoded, hashers);
    if (!hasher)
        return { isCorrect: false, mustUpdate: false };
    const hasherChanged = hasher.algorithm !== preferred.algorithm;
    const mustUpdate = hasherChanged || preferred.mustUpdate(encoded);
    const isCorrect = await hasher.verify(password, encoded);
    if (!isCorrect && !hasherChanged && mustUpdate)
        await hasher.hardenRuntime(password, encoded);
    return { isCorrect, mustUpdate };
}
/**
 * False for passwords made unusable (`!` prefix); true otherwise, even for text that is not a
 * hash, as in Django (such a password simply never matches).
 *
 * @example
 * ```ts
 * isPasswordUsable(await makePassword(null)); // false
 * ```
 */
export function isPasswordUsable(encoded) {
    return encoded == null || !encoded.startsWith(UNUSABLE_PASSWORD_PREFIX);
}
/** The hasher among `hashers` that made `encoded`, by the algorithm name before the first `$`; undefined if none. */
export function identifyHasher(encoded, hashers = DEFAULT_PASSWORD_HASHERS) {
    const algorithm = encoded.split("$", 1)[0];
    return hashers.find((hasher) => hasher.algorithm === algorithm);
}
function preferredHasher(hashers) {
    const hasher = hashers[0];
    if (!hasher)
        throw new TypeError("PASSWORD_HASHERS must list at least one hasher.");
    return hasher;
}
