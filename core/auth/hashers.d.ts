import { type PasswordHasher } from "./pbkdf2.ts";
/** Stored passwords that start with this can never match: `setUnusablePassword()` writes them. */
export declare const UNUSABLE_PASSWORD_PREFIX = "!";
/** Random characters after the prefix, so two unusable passwords differ (as Django's). */
export declare const UNUSABLE_PASSWORD_SUFFIX_LENGTH = 40;
/** The hashers an app uses unless `PASSWORD_HASHERS` says otherwise: PBKDF2-SHA256 first. */
export declare const DEFAULT_PASSWORD_HASHERS: readonly PasswordHasher[];
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
export declare function makePassword(password: string | null, { salt, hashers }?: {
    salt?: string;
    hashers?: readonly PasswordHasher[];
}): Promise<string>;
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
export declare function checkPassword(password: string | null | undefined, encoded: string | null | undefined, setter?: (password: string) => unknown, hashers?: readonly PasswordHasher[]): Promise<boolean>;
/**
 * Whether `password` matches `encoded`, and whether the hash should be made again with the
 * preferred hasher (Django's `verify_password`). A wrong password checked against a hash with
 * fewer iterations than today's spends the missing iterations too, so the answer's timing does
 * not tell an attacker which accounts have old hashes.
 */
export declare function verifyPassword(password: string | null | undefined, encoded: string | null | undefined, hashers?: readonly PasswordHasher[]): Promise<{
    isCorrect: boolean;
    mustUpdate: boolean;
}>;
/**
 * False for passwords made unusable (`!` prefix); true otherwise, even for text that is not a
 * hash, as in Django (such a password simply never matches).
 *
 * @example
 * ```ts
 * isPasswordUsable(await makePassword(null)); // false
 * ```
 */
export declare function isPasswordUsable(encoded: string | null | undefined): boolean;
/** The hasher among `hashers` that made `encoded`, by the algorithm name before the first `$`; undefined if none. */
export declare function identifyHasher(encoded: string, hashers?: readonly PasswordHasher[]): PasswordHasher | undefined;
