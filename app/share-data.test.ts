import { describe, expect, it } from "vitest";
import { deflateSync } from "fflate";
import { decodeData, encodeData, MAX_DATA_CHARS } from "./share-data.ts";
import { decodeHash, encodeShare, toBase64Url } from "./share.ts";
import type { Dump } from "../worker/db/data-tools.ts";

const dump: Dump = { v: 1, tables: { polls_question: { columns: ["id", "question_text"], rows: [[1, "What's up? ✓"]] } } };

describe("share links with data", () => {
  it("round-trips a dump through #code=…&data=…", () => {
    const encoded = encodeData(dump);
    if (!encoded.ok) throw new Error(encoded.message);
    const link = decodeHash(`#${encodeShare("export default app;")}&data=${encoded.param}`);
    expect(link).toEqual({ ok: true, source: "export default app;", data: encoded.param });
    expect(decodeData(encoded.param)).toEqual({ ok: true, dump });
  });

  it("keeps plain #code= links as they were", () => {
    expect(decodeHash(`#${encodeShare("a")}`)).toEqual({ ok: true, source: "a" });
  });

  it("refuses to make a link whose data passes the cap, and says what to do instead", () => {
    const random = Array.from({ length: 9000 }, (_, i) => [i, crypto.randomUUID() + crypto.randomUUID()]);
    const big = encodeData({ v: 1, tables: { t: { columns: ["id", "text"], rows: random } } });
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.message).toMatch(new RegExp(`more than the ${MAX_DATA_CHARS / 1024} KB a link can carry.*Download db.sqlite3`));
  });

  it("gives a clear error for data that is cut off, not JSON, or a decompression bomb", () => {
    expect(decodeData("%%%")).toEqual({ ok: false, error: expect.stringMatching(/not valid compressed base64url/) });
    expect(decodeData(toBase64Url(deflateSync(new TextEncoder().encode("{not json"))))).toEqual({ ok: false, error: "The link's data is not readable JSON." });
    const bomb = toBase64Url(deflateSync(new Uint8Array(20 * 1024 * 1024)));
    expect(decodeData(bomb)).toEqual({ ok: false, error: expect.stringMatching(/larger than 8 MB/) });
  });
});
