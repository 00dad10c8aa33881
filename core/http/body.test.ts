import { describe, expect, it } from "vitest";
import { BadRequest, TooManyFieldsSent, TooManyFilesSent } from "../errors.ts";
import { isFormContentType, parseFormBody } from "./body.ts";

const encoder = new TextEncoder();
const TYPE = "multipart/form-data; boundary=b0und";
const part = (disposition: string, content = "v") => `--b0und\r\nContent-Disposition: form-data; ${disposition}\r\n\r\n${content}\r\n`;
const body = (...parts: string[]) => encoder.encode(`${parts.join("")}--b0und--\r\n`);

describe("parseFormBody", () => {
  it("parses multipart fields and files", async () => {
    const form = await parseFormBody(body(part('name="a"', "1"), part('name="f"; filename="x.txt"', "data")), TYPE);
    expect(form.POST.get("a")).toBe("1");
    expect(await form.FILES.get("f")!.text()).toBe("data");
  });

  it("counts files and fields before parsing, telling a quoted name from a filename parameter", async () => {
    const limits = { maxFields: 2, maxFiles: 1 };
    const tricky = body(part('name="filename=x; filename=y"'), part('name="b"'), part('name="f"; filename="x.txt"'));
    const parsed = await parseFormBody(tricky, TYPE, limits);
    expect([...parsed.POST.keys()]).toEqual(["filename=x; filename=y", "b"]);
    // RFC 5987's filename* marks a file too (the runtime's parser then refuses it, but not for the count).
    const extended = body(part('name="f"; filename*=UTF-8\'\'x.txt'), part('name="g"; filename*=UTF-8\'\'y.txt'));
    await expect(parseFormBody(extended, TYPE, limits)).rejects.toThrow(TooManyFilesSent);
    await expect(parseFormBody(body(part('name="a"'), part('name="b"'), part('name="c"')), TYPE, limits)).rejects.toThrow(TooManyFieldsSent);
    await expect(parseFormBody(body(part('name="f"; filename="1"'), part('name="g"; filename="2"')), TYPE, limits)).rejects.toThrow(TooManyFilesSent);
    await expect(parseFormBody(body(part('name="f"; filename="1"'), part('name="g"; filename="2"')), TYPE, limits)).rejects.toThrow(
      "DATA_UPLOAD_MAX_NUMBER_FILES (1)",
    );
  });

  it("counts the parts after a preamble too", async () => {
    const withPreamble = encoder.encode(`ignored preamble\r\n${part('name="a"')}${part('name="b"')}--b0und--\r\n`);
    await expect(parseFormBody(withPreamble, TYPE, { maxFields: 1, maxFiles: null })).rejects.toThrow(TooManyFieldsSent);
  });

  it("counts urlencoded fields as Django does (one more than the '&')", async () => {
    const limits = { maxFields: 3, maxFiles: null };
    const type = "application/x-www-form-urlencoded";
    await expect(parseFormBody(encoder.encode("a=1&b=2&c=3"), type, limits)).resolves.toBeTruthy();
    await expect(parseFormBody(encoder.encode("a=1&b=2&c=3&d"), type, limits)).rejects.toThrow(TooManyFieldsSent);
    await expect(parseFormBody(encoder.encode(""), type, limits)).resolves.toBeTruthy();
    // No limit: anything goes.
    expect((await parseFormBody(encoder.encode("a&b&c&d&e"), type)).POST.size).toBe(5);
  });

  it("reports a multipart body without a boundary or malformed", async () => {
    await expect(parseFormBody(encoder.encode("x"), "multipart/form-data")).rejects.toThrow(BadRequest);
    await expect(parseFormBody(encoder.encode("--nope\r\ngarbage"), TYPE, { maxFields: 10, maxFiles: 10 })).rejects.toThrow(BadRequest);
  });

  it("leaves other content types alone", async () => {
    const form = await parseFormBody(encoder.encode('{"a":1}'), "application/json");
    expect(form.POST.size).toBe(0);
    expect(isFormContentType("Multipart/Form-Data; boundary=x")).toBe(true);
    expect(isFormContentType("application/x-www-form-urlencoded;charset=utf-8")).toBe(true);
    expect(isFormContentType("text/plain")).toBe(false);
    expect(isFormContentType(null)).toBe(false);
  });
});
