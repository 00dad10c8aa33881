import { describe, expect, it } from "vitest";
import { deflateSync, inflateSync } from "fflate";
import { decodeHash, encodeShare, fromBase64Url, MAX_SOURCE_BYTES, toBase64Url } from "./share.ts";

describe("share links", () => {
  it("round-trips a source through #code=", () => {
    const source = 'import { App } from "onefile";\n// ünïcødé ✓ 🚀\nexport default new App({ DEBUG: true });\n';
    const hash = encodeShare(source);
    expect(hash).toMatch(/^code=[A-Za-z0-9_-]+$/);
    expect(decodeHash(`#${hash}`)).toEqual({ ok: true, source });
  });

  it("uses raw DEFLATE (no zlib header) and base64url without padding", () => {
    const payload = encodeShare("hello hello hello").slice(5);
    expect(payload).not.toContain("=");
    const raw = inflateSync(fromBase64Url(payload));
    expect(new TextDecoder().decode(raw)).toBe("hello hello hello");
    // A zlib stream would start with 0x78.
    expect(fromBase64Url(payload)[0]).not.toBe(0x78);
  });

  it("opens #source= percent-encoded links", () => {
    expect(decodeHash("#source=export%20default%20app%3B")).toEqual({ ok: true, source: "export default app;" });
  });

  it("gives a clear error for an undecodable link", () => {
    for (const hash of ["#code=%%%", "#code=AAAA", "#code=A", "#source=%E0%A4%A"]) {
      const result = decodeHash(hash);
      expect(result?.ok, hash).toBe(false);
      if (result && !result.ok) expect(result.error).toMatch(/link/);
    }
  });

  it("ignores hashes that hold no project", () => {
    expect(decodeHash("")).toBeNull();
    expect(decodeHash("#about")).toBeNull();
  });

  it("encodes base64url per RFC 4648 §5", () => {
    expect(toBase64Url(new Uint8Array([251, 255]))).toBe("-_8");
    expect([...fromBase64Url("-_8")]).toEqual([251, 255]);
    expect(() => fromBase64Url("a+b/")).toThrow();
  });
});

describe("share links that are too large or empty", () => {
  it("refuses a link that inflates past 5 MB", () => {
    const bomb = `code=${toBase64Url(deflateSync(new Uint8Array(64 * 1024 * 1024).fill(32), { level: 9 }))}`;
    expect(decodeHash(`#${bomb}`)).toEqual({ ok: false, error: expect.stringMatching(/larger than 5 MB/) });
  });

  it("opens a link just under the cap", () => {
    const source = `// ${"x".repeat(MAX_SOURCE_BYTES - 10)}`;
    expect(decodeHash(`#${encodeShare(source)}`)).toEqual({ ok: true, source });
  });

  it("refuses a link with no code, so it never becomes the autosave", () => {
    expect(decodeHash(`#${encodeShare("")}`)).toEqual({ ok: false, error: "The link holds no code." });
    expect(decodeHash("#code=")).toMatchObject({ ok: false });
    expect(decodeHash("#source=%20%0A")).toEqual({ ok: false, error: "The link holds no code." });
  });
});
