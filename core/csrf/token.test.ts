import { describe, expect, it } from "vitest";
import { checkTokenFormat, InvalidTokenFormat, maskSecret, newCsrfSecret, tokenMatches, unmaskToken } from "./token.ts";
import { isSameDomain } from "./origin.ts";

describe("CSRF tokens", () => {
  it("masks a secret differently each time and unmasks it back", () => {
    const secret = newCsrfSecret();
    const a = maskSecret(secret);
    const b = maskSecret(secret);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[a-zA-Z0-9]{64}$/);
    expect(unmaskToken(a)).toBe(secret);
    expect(unmaskToken(b)).toBe(secret);
    expect(tokenMatches(a, secret)).toBe(true);
    expect(tokenMatches(secret, secret)).toBe(true);
    expect(tokenMatches(a, newCsrfSecret())).toBe(false);
  });

  it("unmasks a token made by Django the same way", () => {
    // mask "b…b" (index 1) + cipher "c…c" (index 2) → secret "b…b" (2 - 1 = index 1).
    expect(unmaskToken("b".repeat(32) + "c".repeat(32))).toBe("b".repeat(32));
    // Wrap-around: cipher "a" (0) minus mask "9" (61) → index 1 = "b".
    expect(unmaskToken("9".repeat(32) + "a".repeat(32))).toBe("b".repeat(32));
  });

  it("checks the format", () => {
    expect(() => checkTokenFormat("abc")).toThrow(InvalidTokenFormat);
    expect(() => checkTokenFormat("abc")).toThrow("has incorrect length");
    expect(() => checkTokenFormat("-".repeat(32))).toThrow("has invalid characters");
    expect(() => checkTokenFormat("a".repeat(32))).not.toThrow();
    expect(() => checkTokenFormat("a".repeat(64))).not.toThrow();
  });

  it("compares domains as Django's is_same_domain", () => {
    expect(isSameDomain("example.com", "example.com")).toBe(true);
    expect(isSameDomain("a.example.com", ".example.com")).toBe(true);
    expect(isSameDomain("example.com", ".example.com")).toBe(true);
    expect(isSameDomain("badexample.com", ".example.com")).toBe(false);
    expect(isSameDomain("example.com:8000", "example.com")).toBe(false);
    expect(isSameDomain("x", "")).toBe(false);
  });
});
