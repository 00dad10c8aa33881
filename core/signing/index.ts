/**
 * Django's `django.core.signing`, as `import { signing } from "onefile"`.
 */
export { Signer, TimestampSigner, BadSignature, SignatureExpired, b62Encode, b62Decode, type SignerOptions, type SecretKey, type SigningAlgorithm } from "./signer.ts";
export { dumps, loads, signObject, unsignObject, type DumpsOptions, type LoadsOptions } from "./dumps.ts";
export { cookieSigner } from "./cookies.ts";
