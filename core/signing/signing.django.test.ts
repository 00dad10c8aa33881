/**
 * Django's own tests for `django.core.signing` (tests/signing/tests.py), translated case by
 * case. Expected signatures are Django's own strings, so onefile's tokens are byte-compatible
 * with a Django project that shares the SECRET_KEY.
 */
import { createHash, createHmac } from "node:crypto";
import { afterEach, describe, expect, test, vi } from "vitest";
import { BadSignature, b62Decode, b62Encode, dumps, loads, SignatureExpired, Signer, signObject, TimestampSigner, unsignObject } from "./index.ts";

/** Django's `base64_hmac(salt, value, key)`, computed independently with node:crypto. */
function base64Hmac(salt: string, value: string | Uint8Array, key: string, algorithm = "sha256"): string {
  const derived = createHash(algorithm).update(salt + key).digest();
  return createHmac(algorithm, derived).update(value).digest("base64url");
}

afterEach(() => vi.useRealTimers());

describe("TestSigner", () => {
  test("test_signature", () => {
    const signer = new Signer({ key: "predictable-secret" });
    const signer2 = new Signer({ key: "predictable-secret2" });
    for (const s of ["hello", "3098247:529:087:", "\u2019"]) {
      expect(signer.signature(s)).toBe(base64Hmac(signer.salt + "signer", s, "predictable-secret"));
      expect(signer.signature(s)).not.toBe(signer2.signature(s));
    }
  });

  test("test_signature_with_salt", () => {
    const signer = new Signer({ key: "predictable-secret", salt: "extra-salt" });
    expect(signer.signature("hello")).toBe(base64Hmac("extra-salt" + "signer", "hello", "predictable-secret"));
    expect(new Signer({ key: "predictable-secret", salt: "one" }).signature("hello")).not.toBe(new Signer({ key: "predictable-secret", salt: "two" }).signature("hello"));
  });

  test("test_custom_algorithm", () => {
    const signer = new Signer({ key: "predictable-secret", algorithm: "sha512" });
    expect(signer.signature("hello")).toBe("Usf3uVQOZ9m6uPfVonKR-EBXjPe7bjMbp3_Fq8MfsptgkkM1ojidN0BxYaT5HAEN1VzO9_jVu7R-VkqknHYNvw");
  });

  test("test_invalid_algorithm", () => {
    expect(() => new Signer({ key: "predictable-secret", algorithm: "whatever" as never })).toThrow(/'whatever' is not a signing algorithm/);
  });

  test("test_sign_unsign", () => {
    const signer = new Signer({ key: "predictable-secret" });
    for (const example of ["q;wjmbk;wkmb", "3098247529087", "3098247:529:087:", "jkw osanteuh ,rcuh nthu aou oauh ,ud du", "\u2019"]) {
      const signed = signer.sign(example);
      expect(typeof signed).toBe("string");
      expect(signed).not.toBe(example);
      expect(signer.unsign(signed)).toBe(example);
    }
  });

  test("test_sign_unsign_non_string", () => {
    const signer = new Signer({ key: "predictable-secret" });
    for (const value of [123, 1.23, true, new Date(2024, 0, 2)]) {
      const signed = signer.sign(value);
      expect(typeof signed).toBe("string");
      expect(signer.unsign(signed)).toBe(String(value));
    }
  });

  test("test_unsign_detects_tampering", () => {
    const signer = new Signer({ key: "predictable-secret" });
    const value = "Another string";
    const signed = signer.sign(value);
    expect(signer.unsign(signed)).toBe(value);
    for (const transform of [(s: string) => s.toUpperCase(), (s: string) => s + "a", (s: string) => "a" + s.slice(1), (s: string) => s.replaceAll(":", "")]) {
      expect(() => signer.unsign(transform(signed))).toThrow(BadSignature);
    }
  });

  test("test_sign_unsign_object", () => {
    const signer = new Signer({ key: "predictable-secret" });
    for (const obj of [["a", "list"], "a string \u2019", { a: "dictionary" }]) {
      let signed = signObject(signer, obj);
      expect(signed).not.toEqual(obj);
      expect(unsignObject(signer, signed)).toEqual(obj);
      signed = signObject(signer, obj, true);
      expect(unsignObject(signer, signed)).toEqual(obj);
    }
  });

  test("test_dumps_loads", () => {
    const key = "predictable-secret";
    for (const o of [["a", "list"], "a string \u2019", { a: "dictionary" }]) {
      expect(dumps(o, { key })).not.toEqual(o);
      expect(loads(dumps(o, { key }), { key })).toEqual(o);
      expect(loads(dumps(o, { key, compress: true }), { key })).toEqual(o);
    }
  });

  test("test_decode_detects_tampering", () => {
    const key = "predictable-secret";
    const value = { foo: "bar", baz: 1 };
    const encoded = dumps(value, { key });
    expect(loads(encoded, { key })).toEqual(value);
    for (const transform of [(s: string) => s.toUpperCase(), (s: string) => s + "a", (s: string) => "a" + s.slice(1), (s: string) => s.replaceAll(":", "")]) {
      expect(() => loads(transform(encoded), { key })).toThrow(BadSignature);
    }
  });

  test("test_works_with_non_ascii_keys", () => {
    const s = new Signer({ key: new Uint8Array([0xe7]) });
    expect(s.sign("foo")).toBe("foo:EE4qGC5MEKyQG5msxYA0sBohAxLC0BJf8uRhemh0BGU");
  });

  test("test_valid_sep", () => {
    for (const sep of ["/", "*sep*", ","]) {
      expect(new Signer({ key: "predictable-secret", sep }).sign("foo")).toBe(`foo${sep}jZQoX_FtSO70jX9HLRGg2A_2s4kdDBxz1QoO_OpEQb0`);
    }
  });

  test("test_invalid_sep", () => {
    for (const sep of ["", "-", "abc"]) {
      expect(() => new Signer({ key: "k", sep })).toThrow(`Unsafe Signer separator: ${JSON.stringify(sep)} (cannot be empty or consist of only A-z0-9-_=)`);
    }
  });

  test("test_verify_with_non_default_key", () => {
    const signed = new Signer({ key: "secret" }).sign("abc");
    expect(new Signer({ key: "newsecret", fallbackKeys: ["othersecret", "secret"] }).unsign(signed)).toBe("abc");
  });

  test("test_sign_unsign_multiple_keys", () => {
    const signer = new Signer({ key: "secret", fallbackKeys: ["oldsecret"] });
    expect(signer.unsign(signer.sign("abc"))).toBe("abc");
  });

  test("test_sign_unsign_ignore_secret_key_fallbacks", () => {
    const signed = new Signer({ key: "oldsecret" }).sign("abc");
    expect(() => new Signer({ key: "secret", fallbackKeys: [] }).unsign(signed)).toThrow(BadSignature);
  });

  test("SignerPositionalArgumentsDeprecationTests.test_positional_arguments (same values, as options)", () => {
    const signer = new Signer({ key: "secret", sep: "/", salt: "somesalt", algorithm: "sha1", fallbackKeys: ["oldsecret"] });
    const signed = signer.sign("xyz");
    expect(signed).toBe("xyz/zzdO_8rk-NGnm8jNasXRTF2P5kY");
    expect(signer.unsign(signed)).toBe("xyz");
    expect(signer.unsign(new Signer({ key: "oldsecret", sep: "/", salt: "somesalt", algorithm: "sha1" }).sign("xyz"))).toBe("xyz");
  });
});

describe("TestTimestampSigner", () => {
  test("test_timestamp_signer", () => {
    const value = "hello";
    vi.useFakeTimers();
    vi.setSystemTime(123456789 * 1000);
    const signer = new TimestampSigner({ key: "predictable-key" });
    const ts = signer.sign(value);
    expect(ts).not.toBe(new Signer({ key: "predictable-key" }).sign(value));
    expect(signer.unsign(ts)).toBe(value);
    vi.setSystemTime(123456800 * 1000);
    expect(signer.unsign(ts, 12)).toBe(value);
    expect(signer.unsign(ts, 11)).toBe(value);
    expect(() => signer.unsign(ts, 10)).toThrow(SignatureExpired);
  });

  test("loads with maxAge (dumps is a TimestampSigner)", () => {
    vi.useFakeTimers();
    vi.setSystemTime(123456789 * 1000);
    const token = dumps({ a: 1 }, { key: "k" });
    vi.setSystemTime(123456800 * 1000);
    expect(loads(token, { key: "k", maxAge: 11 })).toEqual({ a: 1 });
    expect(() => loads(token, { key: "k", maxAge: 10 })).toThrow(SignatureExpired);
  });
});

describe("TestBase62", () => {
  test("test_base62", () => {
    for (const i of [-(10 ** 10), 10 ** 10, 1620378259, ...Array.from({ length: 200 }, (_, k) => k - 100)]) {
      expect(b62Decode(b62Encode(i))).toBe(i);
    }
  });
});

describe("documented difference: options object, and a key is required", () => {
  // Django's Signer() reads settings.SECRET_KEY; onefile has no global settings, so the key is
  // passed (app.settings.SECRET_KEY, or app.secretKey); the other arguments are named options
  // (Django 5.1 made them keyword-only too).
  test("a Signer without a key is refused", () => {
    expect(() => new Signer({ key: "" })).toThrow(/needs a key/);
  });
});
