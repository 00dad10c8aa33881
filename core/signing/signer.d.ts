/** A secret: text (UTF-8 encoded) or bytes, as Django accepts either. */
export type SecretKey = string | Uint8Array;
/** Raised when a signed value was tampered with, or signed with another key or salt. */
export declare class BadSignature extends Error {
    name: string;
}
/** Raised when a timestamped value is older than the `maxAge` it was checked against. */
export declare class SignatureExpired extends BadSignature {
    name: string;
}
declare const HASHES: {
    readonly sha1: {
        outputLen: number;
        blockLen: number;
        canXOF: boolean;
    } & import("@noble/hashes/utils.js").HashInfo & {
        (msg: import("@noble/hashes/utils.js").TArg<Uint8Array>): import("@noble/hashes/utils.js").TRet<Uint8Array>;
        create(): import("@noble/hashes/utils.js").Hash<any>;
    } & ((msg: import("@noble/hashes/utils.js").TArg<import("@noble/hashes/utils.js").TArg<Uint8Array<ArrayBufferLike>>>) => Uint8Array<ArrayBufferLike> & Uint8Array<ArrayBuffer>) & {
        outputLen: number;
        blockLen: number;
        canXOF: boolean;
        oid?: import("@noble/hashes/utils.js").TRet<Uint8Array> | undefined;
        create: () => import("@noble/hashes/utils.js").Hash<any>;
    };
    readonly sha256: {
        outputLen: number;
        blockLen: number;
        canXOF: boolean;
    } & import("@noble/hashes/utils.js").HashInfo & {
        (msg: import("@noble/hashes/utils.js").TArg<Uint8Array>): import("@noble/hashes/utils.js").TRet<Uint8Array>;
        create(): import("@noble/hashes/sha2.js")._SHA256;
    } & ((msg: import("@noble/hashes/utils.js").TArg<import("@noble/hashes/utils.js").TArg<Uint8Array<ArrayBufferLike>>>) => Uint8Array<ArrayBufferLike> & Uint8Array<ArrayBuffer>) & {
        outputLen: number;
        blockLen: number;
        canXOF: boolean;
        oid?: import("@noble/hashes/utils.js").TRet<Uint8Array> | undefined;
        create: () => import("@noble/hashes/sha2.js")._SHA256;
    };
    readonly sha384: {
        outputLen: number;
        blockLen: number;
        canXOF: boolean;
    } & import("@noble/hashes/utils.js").HashInfo & {
        (msg: import("@noble/hashes/utils.js").TArg<Uint8Array>): import("@noble/hashes/utils.js").TRet<Uint8Array>;
        create(): import("@noble/hashes/sha2.js")._SHA384;
    } & ((msg: import("@noble/hashes/utils.js").TArg<import("@noble/hashes/utils.js").TArg<Uint8Array<ArrayBufferLike>>>) => Uint8Array<ArrayBufferLike> & Uint8Array<ArrayBuffer>) & {
        outputLen: number;
        blockLen: number;
        canXOF: boolean;
        oid?: import("@noble/hashes/utils.js").TRet<Uint8Array> | undefined;
        create: () => import("@noble/hashes/sha2.js")._SHA384;
    };
    readonly sha512: {
        outputLen: number;
        blockLen: number;
        canXOF: boolean;
    } & import("@noble/hashes/utils.js").HashInfo & {
        (msg: import("@noble/hashes/utils.js").TArg<Uint8Array>): import("@noble/hashes/utils.js").TRet<Uint8Array>;
        create(): import("@noble/hashes/sha2.js")._SHA512;
    } & ((msg: import("@noble/hashes/utils.js").TArg<import("@noble/hashes/utils.js").TArg<Uint8Array<ArrayBufferLike>>>) => Uint8Array<ArrayBufferLike> & Uint8Array<ArrayBuffer>) & {
        outputLen: number;
        blockLen: number;
        canXOF: boolean;
        oid?: import("@noble/hashes/utils.js").TRet<Uint8Array> | undefined;
        create: () => import("@noble/hashes/sha2.js")._SHA512;
    };
};
/** The hash functions a signer accepts (Django accepts any of hashlib's; these are the usual ones). */
export type SigningAlgorithm = keyof typeof HASHES;
/** Options of `Signer` and `TimestampSigner`. */
export interface SignerOptions {
    /** The secret (usually the app's `SECRET_KEY`). */
    key: SecretKey;
    /** Older secrets whose signatures are still accepted (Django's `SECRET_KEY_FALLBACKS`). */
    fallbackKeys?: readonly SecretKey[];
    /** Separator between value and signature; default ":". */
    sep?: string;
    /** Namespaces the signatures: a value signed with one salt does not verify with another. */
    salt?: string;
    /** Default "sha256". */
    algorithm?: SigningAlgorithm;
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
export declare class Signer {
    readonly key: SecretKey;
    readonly fallbackKeys: readonly SecretKey[];
    readonly sep: string;
    readonly salt: string;
    readonly algorithm: SigningAlgorithm;
    constructor(options: SignerOptions);
    /** The signature of `value` (with `key`, by default this signer's). */
    signature(value: string | Uint8Array, key?: SecretKey): string;
    /** `value` (made a string, as Django's `str(value)`), the separator and its signature. */
    sign(value: unknown): string;
    /**
     * The value of a signed string.
     *
     * @throws BadSignature when it has no separator or its signature matches neither the key
     * nor a fallback key.
     */
    unsign(signedValue: string): string;
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
export declare class TimestampSigner extends Signer {
    /** Now, in whole seconds, base 62 (overridable in tests). */
    timestamp(): string;
    sign(value: unknown): string;
    /**
     * The value of a signed string, checked to be at most `maxAge` seconds old when given.
     *
     * @throws BadSignature as `Signer.unsign`; SignatureExpired when it is too old.
     */
    unsign(signedValue: string, maxAge?: number | null): string;
}
/**
 * An integer in base 62, as Django's `b62_encode` (the timestamp of a TimestampSigner).
 *
 * @example
 * ```ts
 * b62Encode(1620378259); // "1lyOqD"
 * ```
 */
export declare function b62Encode(n: number): string;
/**
 * The integer of a base 62 text, as Django's `b62_decode`.
 *
 * @throws BadSignature for a character outside the alphabet (only signed text reaches it).
 */
export declare function b62Decode(text: string): number;
export {};
