import { describe, expect, it } from "vitest";
import {
  HttpResponse,
  HttpResponseNotAllowed,
  HttpResponsePermanentRedirect,
  HttpResponseRedirect,
  JsonResponse,
  StreamingHttpResponse,
} from "../index.ts";

describe("HttpResponse", () => {
  it("defaults to 200 text/html and computes Content-Length in bytes", async () => {
    const response = new HttpResponse("héllo");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headerList()).toContainEqual(["Content-Length", "6"]);
    expect(await response.toResponse().text()).toBe("héllo");
  });

  it("takes status, headers and contentType, and stays mutable", () => {
    const response = new HttpResponse("x", { status: 201, headers: { "X-One": "1" }, contentType: "text/plain" });
    response.status = 202;
    response.headers.set("X-Two", "2");
    const web = response.toResponse();
    expect(web.status).toBe(202);
    expect(web.headers.get("x-one")).toBe("1");
    expect(web.headers.get("x-two")).toBe("2");
    expect(web.headers.get("content-type")).toBe("text/plain");
  });

  it("rejects invalid statuses and header injection", () => {
    expect(() => new HttpResponse("", { status: 42 })).toThrow(RangeError);
    const response = new HttpResponse("");
    expect(() => response.headers.set("X-Bad", "a\r\nSet-Cookie: evil=1")).toThrow(/newline/);
    expect(() => response.headers.set("Bad Name", "x")).toThrow(/Invalid header name/);
    expect(() => new HttpResponseRedirect("/a\r\nX: y")).toThrow(/newline/);
  });

  it("sets cookies with every attribute, SameSite included", () => {
    const response = new HttpResponse("");
    response.setCookie("theme", "dark mode", {
      maxAge: 3600,
      path: "/app",
      domain: "example.com",
      secure: true,
      httpOnly: true,
      sameSite: "Strict",
      partitioned: true,
      priority: "high",
    });
    const header = response.headerList().find(([name]) => name === "Set-Cookie")![1];
    expect(header).toMatch(/^theme=dark%20mode; /);
    for (const part of ["Max-Age=3600", "Domain=example.com", "Path=/app", "Expires=", "HttpOnly", "Secure", "Partitioned", "Priority=High", "SameSite=Strict"]) {
      expect(header).toContain(part);
    }
  });

  it("keeps one Set-Cookie per name and deletes cookies with an expired empty value", () => {
    const response = new HttpResponse("");
    response.setCookie("a", "1");
    response.setCookie("a", "2", { sameSite: "Lax" });
    response.deleteCookie("b");
    response.deleteCookie("__Secure-c");
    const cookies = response.toResponse().headers.getSetCookie();
    expect(cookies).toHaveLength(3);
    expect(cookies[0]).toBe("a=2; Path=/; SameSite=Lax");
    expect(cookies[1]).toContain("b=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    expect(cookies[2]).toContain("Secure");
  });

  it("has no body for 204/304 and HEAD", async () => {
    const noContent = new HttpResponse("ignored", { status: 204 });
    expect(noContent.headerList().some(([n]) => n === "Content-Length")).toBe(false);
    expect(noContent.toResponse().body).toBeNull();
    const head = new HttpResponse("body");
    head.isHead = true;
    const web = head.toResponse();
    expect(web.body).toBeNull();
    expect(web.headers.get("content-length")).toBe("4");
  });

  it("streams from async iterables and streams", async () => {
    async function* parts() {
      yield "a";
      yield new TextEncoder().encode("b");
      yield "c";
    }
    const response = new StreamingHttpResponse(parts(), { contentType: "text/plain" });
    expect(response.streaming).toBe(true);
    expect(response.headerList().some(([n]) => n === "Content-Length")).toBe(false);
    expect(await response.toResponse().text()).toBe("abc");
    const fromSync = new StreamingHttpResponse(["x", "y"]);
    expect(await fromSync.toResponse().text()).toBe("xy");
  });

  it("serialises JSON and refuses non-objects unless safe is false", async () => {
    const response = new JsonResponse({ a: 1 });
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.toResponse().json()).toEqual({ a: 1 });
    expect(() => new JsonResponse([1, 2])).toThrow(/safe option to false/);
    expect(new JsonResponse([1, 2], { safe: false }).text).toBe("[1,2]");
  });

  it("builds redirects and 405s", () => {
    expect(new HttpResponseRedirect("/a/").status).toBe(302);
    expect(new HttpResponsePermanentRedirect("/a/").status).toBe(301);
    expect(new HttpResponsePermanentRedirect("/a/").url).toBe("/a/");
    const notAllowed = new HttpResponseNotAllowed(["GET", "POST"]);
    expect(notAllowed.status).toBe(405);
    expect(notAllowed.headers.get("allow")).toBe("GET, POST");
  });

  it("wraps a Web Response without reading its body", async () => {
    const web = new Response("stream me", { status: 418, headers: { "X-Tea": "yes" } });
    web.headers.append("Set-Cookie", "k=v; Path=/");
    const wrapped = HttpResponse.fromResponse(web);
    expect(wrapped.status).toBe(418);
    expect(wrapped.headers.get("x-tea")).toBe("yes");
    expect(wrapped.cookies.get("k")).toBe("k=v; Path=/");
    expect(await wrapped.toResponse().text()).toBe("stream me");
  });
});

describe("bodyLength", () => {
  it("counts UTF-8 bytes exactly as TextEncoder encodes them", () => {
    for (const text of ["", "ascii", "héllo", "€uro", "😀 emoji", "a\uD800b", "\uDC00", "x".repeat(1000) + "ü", "ü" + "x".repeat(1000), "ab\uD83D", "x".repeat(500) + "😀" + "y".repeat(500) + "\uDE00"]) {
      const response = new HttpResponse(text);
      expect(response.bodyLength()).toBe(new TextEncoder().encode(text).length);
      expect(response.headerList()).toContainEqual(["Content-Length", String(response.bodyLength())]);
    }
    expect(new HttpResponse(new Uint8Array(7)).bodyLength()).toBe(7);
  });

  it("follows content replaced after it was measured (middleware may rewrite the body)", async () => {
    const response = new HttpResponse("short");
    expect(response.bodyLength()).toBe(5);
    response.content = "much longer body";
    expect(response.headerList()).toContainEqual(["Content-Length", "16"]);
    expect(await response.toResponse().text()).toBe("much longer body");
  });
});
