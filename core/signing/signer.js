/**
 * Django's `django.core.signing` Signer and TimestampSigner: a value travels with its HMAC, so the
 * server can trust what it handed to a client (and refuse it once it is too old). The format
 * and the keys are Django's own (salted HMAC-SHA256, unpadded base64url, base 62 timestamps),
 * so a value signed by a Django project with the same SECRET_KEY verifies here, and back.
 *
 * Synchronous like Django's, through @noble/hashes (audited, pure JavaScript): a view reads a
 * signed cookie without awaiting, and the same code runs on Node and in the service worker.
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha1 } from "@noble/hashes/legacy.js";
import { sha256, sha384, sha512 } from "@noble/hashes/sha2.js";
import { base64url } from "../util/base64url.js";
const encoder = new TextEncoder();
/** Raised when a signed value was tampered with, or signed with another key or salt. */
export class BadSignature extends Error {
    name = "BadSignature";
}
/** Raised when a timestamped value is older than the `maxAge` it was checked against. */
export class SignatureExpired extends BadSignature {
    name = "SignatureExpired";
}
const HASHES = { sha1, sha256, sha384, sha512 };
const bytes = (value) => (typeof value === "string" ? encoder.encode(value) : value);
/**
 * Django's `salted_hmac(key_salt, value, secret)`: HMAC keyed with the hash of salt + secret, so
 * signatures made for one purpose are useless for another.
 */
function saltedHmac(keySalt, value, secret, algorithm) {
    const hash = HASHES[algorithm];
    const salt = encoder.encode(keySalt);
    const secretBytes = bytes(secret);
    const material = new Uint8Array(salt.length + secretBytes.length);
    material.set(salt);
    material.set(secretBytes, salt.length);
    return hmac(hash, hash(material), encoder.encode(value));
}
/** Compares two strings in time that depends only on their length, so a signature cannot be guessed piece by piece. */
function constantTimeEqual(a, b) {
    if (a.length !== b.length)
        return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++)
        diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
    return diff === 0;
}
/**
 * Signs values and checks signed ones, as Django's `Signer`.
 *
 * @example
 * ```ts
 * const signer = new Signer({ key: app.settings.SECRET_KEY });
 * const signed = signer.sign("hello");  // "hello:…"
 * signer.unsign(signed);                // "hello"; throws BadSignature if it was changed
 * ```
 */
export class Signer {
    key;
    fallbackKeys;
    sep;
    salt;
    algorithm;
    constructor(options) {
        this.key = options.key;
        this.fallbackKeys = options.fallbackKeys ?? [];
        this.sep = options.sep ?? ":";
        // Django's default salt is the class's dotted path; keeping it keeps signatures compatible.
        this.salt = options.salt || `django.core.signing.${this.constructor === TimestampSigner ? "TimestampSigner" : "Signer"}`;
        this.algorithm = options.algorithm ?? "sha256";
        if (!(this.algorithm in HASHES))
            throw new TypeError(`'${String(this.algorithm)}' is not a signing algorithm; use one of ${Object.keys(HASHES).join(", ")}.`);
        // A separator made only of base64 characters could appear inside the signature.
        if (/^[A-z0-9\-_=]*$/.test(this.sep)) {
            throw new TypeError(`Unsafe Signer separator: ${JSON.stringify(this.sep)} (cannot be empty or consist of only A-z0-9-_=)`);
        }
        if ((typeof this.key === "string" && this.key === "") || (this.key instanceof Uint8Array && this.key.length === 0)) {
            throw new TypeError("A Signer needs a key: pass { key: app.settings.SECRET_KEY }.");
        }
    }
    /** The signature of `value` (with `key`, by default this signer's). */
    signature(value, key = this.key) {
        const text = typeof value === "string" ? value : new TextDecoder().decode(value);
        return base64url(saltedHmac(`${this.salt}signer`, text, key, this.algorithm));
    }
    /** `value` (made a string, as Django's `str(value)`), the separator and its signature. */
    sign(value) {
        const text = String(value);
        return `${text}${this.sep}${this.signature(text)}`;
    }
    /**
     * The value of a signed string.
     *
     * @throws BadSignature when it has no separator or its signature matches neither the key
     * nor a fallback key.
     */
    unsign(signedValue) {
        const at = typeof signedValue === "string" ? signedValue.lastIndexOf(this.sep) : -1;
        if (at === -1)
            throw new BadSignature(`No "${this.sep}" found in value`);
        const value = signedValue.slice(0, at);
        const signature = signedValue.slice(at + this.sep.length);
        for (const key of [this.key, ...this.fallbackKeys]) {
            if (constantTimeEqual(signature, this.signature(value, key)))
                return value;
        }
        throw new BadSignature(`Signature "${signature}" does not match`);
    }
}
/**
 * A `Signer` that also signs the time, so `unsign(value, maxAge)` can refuse old values, as
 * Django's `TimestampSigner`.
 *
 * @example
 * ```ts
 * const signer = new TimestampSigner({ key: app.settings.SECRET_KEY });
 * const token = signer.sign("user-42");
 * signer.unsign(token, 3600); // throws SignatureExpired after an hour
 * ```
 */
export class TimestampSigner extends Signer {
    /** Now, in whole seconds, base 62 (overridable in tests). */
    timestamp() {
        return b62Encode(Math.floor(Date.now() / 1000));
    }
    sign(value) {
        return super.sign(`${String(value)}${this.sep}${this.timestamp()}`);
    }
    /**
     * The value of a signed string, checked to be at most `maxAge` seconds old when given.
     *
     * @throws BadSignature as `Signer.unsign`; SignatureExpired when it is too old.
     */
    unsign(signedValue, maxAge) {
        const result = super.unsign(signedValue);
        const at = result.lastIndexOf(this.sep);
        if (at === -1)
            throw new BadSignature("The signed value has no timestamp");
        const value = result.slice(0, at);
        const timestamp = b62Decode(result.slice(at + this.sep.length));
        if (maxAge !== undefined && maxAge !== null) {
            const age = Date.now() / 1000 - timestamp;
            if (age > maxAge)
                throw new SignatureExpired(`Signature age ${age} > ${maxAge} seconds`);
        }
        return value;
    }
}
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/**
 * An integer in base 62, as Django's `b62_encode` (the timestamp of a TimestampSigner).
 *
 * @example
 * ```ts
 * b62Encode(1620378259); // "1lyOqD"
 * ```
 */
export function b62Encode(n) {
    if (n === 0)
        return "0";
    const sign = n < 0 ? "-" : "";
    let rest = Math.abs(n);
    let out = "";
    while (rest > 0) {
        out = BASE62[rest % 62] + out;
        rest = Math.floor(rest / 62);
    }
    return sign + out;
}
/**
 * The integer of a base 62 text, as Django's `b62_decode`.
 *
 * @throws BadSignature for a character outside the alphabet (only signed text reaches it).
 */
export function b62Decode(text) {
    if (text === "0")
        return 0;
    let sign = 1;
    let digits = text;
    if (digits.startsWith("-"))
        [sign, digits] = [-1, digits.slice(1)];
    let n = 0;
    for (const c of digits) {
        const digit = BASE62.indexOf(c);
        if (digit === -1)
            throw new BadSignature(`The timestamp ${JSON.stringify(text)} is not base 62`);
        n = n * 62 + digit;
    }
    return sign * n;
}
