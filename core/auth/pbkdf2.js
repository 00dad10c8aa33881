/**
 * Django's PBKDF2 password hashers, made with `crypto.subtle` so they run in every host (Node,
 * a service worker, an edge runtime). A hash is stored as `pbkdf2_sha256$<iterations>$<salt>$<hash>`,
 * the hash being the standard base64 (padded) of the derived key, exactly as Django writes it:
 * a onefile database and a Django database can share their users.
 */
import { RANDOM_STRING_CHARS, randomString } from "../sessions/random.js";
import { constantTimeEquals } from "../util/constant-time.js";
/** Django 6.1's iteration count for PBKDF2-SHA256 (raised about 20% with each Django release). */
export const PBKDF2_ITERATIONS = 1_500_000;
/** Bits of entropy a salt must carry; shorter salts make `mustUpdate` true. */
const SALT_ENTROPY = 128;
const encoder = new TextEncoder();
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
export class PBKDF2PasswordHasher {
    algorithm = "pbkdf2_sha256";
    iterations;
    digest = "SHA-256";
    keyBits = 256;
    constructor({ iterations = PBKDF2_ITERATIONS } = {}) {
        if (!Number.isSafeInteger(iterations) || iterations < 1) {
            throw new RangeError(`PBKDF2 iterations must be a positive integer; got ${iterations}.`);
        }
        this.iterations = iterations;
    }
    salt() {
        return randomString(Math.ceil(SALT_ENTROPY / Math.log2(RANDOM_STRING_CHARS.length)));
    }
    async encode(password, salt, iterations = this.iterations) {
        if (typeof password !== "string")
            throw new TypeError("password must be provided.");
        if (typeof salt !== "string" || salt === "" || salt.includes("$")) {
            throw new TypeError("salt must be provided and cannot contain $.");
        }
        const key = await crypto.subtle.importKey("raw", encoder.encode(password), "PBKDF2", false, ["deriveBits"]);
        const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: this.digest, salt: encoder.encode(salt), iterations }, key, this.keyBits);
        return `${this.algorithm}$${iterations}$${salt}$${standardBase64(new Uint8Array(bits))}`;
    }
    async verify(password, encoded) {
        const parts = this.decode(encoded);
        if (!parts)
            return false;
        return constantTimeEquals(encoded, await this.encode(password, parts.salt, parts.iterations));
    }
    mustUpdate(encoded) {
        const parts = this.decode(encoded);
        if (!parts)
            return false;
        return parts.iterations !== this.iterations || saltTooWeak(parts.salt);
    }
    async hardenRuntime(password, encoded) {
        const parts = this.decode(encoded);
        const extra = parts ? this.iterations - parts.iterations : 0;
        if (parts && extra > 0)
            await this.encode(password, parts.salt, extra);
    }
    safeSummary(encoded) {
        const parts = this.decode(encoded);
        if (!parts)
            return { algorithm: this.algorithm };
        return {
            algorithm: this.algorithm,
            iterations: String(parts.iterations),
            salt: maskHash(parts.salt),
            hash: maskHash(parts.hash),
        };
    }
    /** The parts of one of this hasher's hashes, or null when `encoded` is not one. */
    decode(encoded) {
        const parts = encoded.split("$");
        if (parts.length !== 4 || parts[0] !== this.algorithm || !/^[1-9][0-9]{0,9}$/.test(parts[1]))
            return null;
        return { iterations: Number(parts[1]), salt: parts[2], hash: parts[3] };
    }
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
export class PBKDF2SHA1PasswordHasher extends PBKDF2PasswordHasher {
    algorithm = "pbkdf2_sha1";
    digest = "SHA-1";
    keyBits = 160;
}
/** Django's `mask_hash`: the first `show` characters, then one `*` per hidden character. */
export function maskHash(value, show = 6) {
    return value.slice(0, show) + "*".repeat(Math.max(0, value.length - show));
}
/** True when a salt of this length carries fewer than 128 bits of entropy (Django's `must_update_salt`). */
function saltTooWeak(salt) {
    return salt.length * Math.log2(RANDOM_STRING_CHARS.length) < SALT_ENTROPY;
}
/** Standard (not url-safe) base64 with padding: the alphabet Django's hashes use. */
function standardBase64(bytes) {
    return btoa(String.fromCharCode(...bytes));
}
