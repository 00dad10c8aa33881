/**
 * What every password hasher does (Django's `BasePasswordHasher`). Hashing is async because
 * `crypto.subtle` is.
 */
export interface PasswordHasher {
    /** The name before the first `$` of the hashes it makes, e.g. "pbkdf2_sha256". */
    readonly algorithm: string;
    /** A new random salt with enough entropy. */
    salt(): string;
    /** The stored form of `password` with `salt`. */
    encode(password: string, salt: string): Promise<string>;
    /** True when `password` matches `encoded` (compared in constant time). */
    verify(password: string, encoded: string): Promise<boolean>;
    /** True when `encoded` was made with weaker settings than this hasher's (it should be re-hashed). */
    mustUpdate(encoded: string): boolean;
    /**
     * Spends the time a verification against an up-to-date hash would have taken, so a wrong
     * password takes as long whether or not the stored hash is stale (Django's `harden_runtime`).
     */
    hardenRuntime(password: string, encoded: string): Promise<void>;
    /** The parts of `encoded` that are safe to show (salt and hash masked), for the admin. */
    safeSummary(encoded: string): Record<string, string>;
}
/** Django 6.1's iteration count for PBKDF2-SHA256 (raised about 20% with each Django release). */
export declare const PBKDF2_ITERATIONS = 1500000;
/**
 * Django's default hasher: PBKDF2 with HMAC-SHA256, 32-byte keys. Pass `iterations` to trade
 * security for speed (tests use a few hundred, as Django's tests use a fast hasher); a hash made
 * with another count still verifies, and `checkPassword` re-hashes it at this one.
 *
 * @example
 * ```ts
 * const hasher = new PBKDF2PasswordHasher();
 * const encoded = await hasher.encode("lètmein", hasher.salt());
 * await hasher.verify("lètmein", encoded); // true
 * new App({ PASSWORD_HASHERS: [new PBKDF2PasswordHasher({ iterations: 1000 })] }); // fast, for tests
 * ```
 */
export declare class PBKDF2PasswordHasher implements PasswordHasher {
    readonly algorithm: string;
    readonly iterations: number;
    protected readonly digest: "SHA-256" | "SHA-1";
    protected readonly keyBits: number;
    constructor({ iterations }?: {
        iterations?: number;
    });
    salt(): string;
    encode(password: string, salt: string, iterations?: number): Promise<string>;
    verify(password: string, encoded: string): Promise<boolean>;
    mustUpdate(encoded: string): boolean;
    hardenRuntime(password: string, encoded: string): Promise<void>;
    safeSummary(encoded: string): Record<string, string>;
    /** The parts of one of this hasher's hashes, or null when `encoded` is not one. */
    decode(encoded: string): {
        iterations: number;
        salt: string;
        hash: string;
    } | null;
}
/**
 * PBKDF2 with HMAC-SHA1 (Django's `PBKDF2SHA1PasswordHasher`), for hashes brought from a Django
 * site configured with it. They verify, and are re-hashed with the preferred hasher at login.
 *
 * @example
 * ```ts
 * new App({ PASSWORD_HASHERS: [new PBKDF2PasswordHasher(), new PBKDF2SHA1PasswordHasher()] });
 * ```
 */
export declare class PBKDF2SHA1PasswordHasher extends PBKDF2PasswordHasher {
    readonly algorithm = "pbkdf2_sha1";
    protected readonly digest = "SHA-1";
    protected readonly keyBits = 160;
}
/** Django's `mask_hash`: the first `show` characters, then one `*` per hidden character. */
export declare function maskHash(value: string, show?: number): string;
