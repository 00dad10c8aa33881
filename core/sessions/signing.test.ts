import { describe, expect, it } from "vitest";
import { base64url, fromBase64url, signTimestamped, unsignTimestamped } from "./signing.ts";

describe("signing", () => {
  it("round-trips, and refuses another secret, another salt, an edit or old age", async () => {
    const signed = await signTimestamped("k1", "salt", "hello");
    expect(signed).toMatch(/^hello\.[0-9a-z]+\.[A-Za-z0-9_-]{43}$/);
    expect(await unsignTimestamped("k1", "salt", signed, 60)).toBe("hello");
    expect(await unsignTimestamped("k2", "salt", signed, 60)).toBeNull();
    expect(await unsignTimestamped("k1", "other", signed, 60)).toBeNull();
    expect(await unsignTimestamped("k1", "salt", signed.replace("hello", "hellp"), 60)).toBeNull();
    const old = await signTimestamped("k1", "salt", "hello", Date.now() - 120_000);
    expect(await unsignTimestamped("k1", "salt", old, 60)).toBeNull();
    expect(await unsignTimestamped("k1", "salt", old, 180)).toBe("hello");
  });

  it("refuses a signature edited only in the unused bits of its last character", async () => {
    const signed = await signTimestamped("k1", "salt", "hello");
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet.indexOf(signed.at(-1)!);
    // 32 bytes take 43 characters, 2 bits more than they need: flipping the lowest reads the same bytes.
    const edited = signed.slice(0, -1) + alphabet[last ^ 1];
    expect(await unsignTimestamped("k1", "salt", edited, 60)).toBeNull();
  });

  it("never throws for junk", async () => {
    for (const junk of ["", ".", "..", "a.b.c", "a.b.!!!", "a.b.c.d", "a.%%.c", "a." + "z".repeat(20) + ".c"]) {
      expect(await unsignTimestamped("k", "s", junk, 60)).toBeNull();
    }
    await expect(signTimestamped("k", "s", "a.b")).rejects.toThrow('must not contain "."');
  });

  it("encodes base64url without padding", () => {
    const bytes = new Uint8Array([251, 255, 0, 1]);
    expect(base64url(bytes)).toBe("-_8AAQ");
    expect(fromBase64url("-_8AAQ")).toEqual(bytes);
    expect(fromBase64url("a+b")).toBeNull();
    expect(fromBase64url("abcde")).toBeNull();
    // "-_8AAQ" ends in the bits 010000; "-_8AAR" sets an unused one and must not read the same.
    expect(fromBase64url("-_8AAR")).toBeNull();
  });
});
