/**
 * Django's own tests of the request's path, full path, encodings, body and POST
 * (tests/requests_tests/tests.py RequestsTests and RequestHeadersTests, the get_port cases of
 * HostValidationTests, and QueryDictTests.test_non_default_encoding from tests/httpwrappers),
 * translated case by case. A request is built from the host seam (`IncomingRequest`), as a
 * Django test builds a `WSGIRequest` from an environ.
 */
import { describe, expect, test } from "vitest";
import { App } from "../app.ts";
import type { SettingsInput } from "../settings.ts";
import type { IncomingRequest } from "./incoming.ts";
import { QueryDict } from "./querydict.ts";
import { HttpRequest } from "./request.ts";

interface Raw {
  method?: string;
  target?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  settings?: SettingsInput;
}

/** A request as a host hands it over, its body read as the pipeline reads it before the view. */
async function request({ method = "GET", target = "/", headers = {}, body, settings = {} }: Raw): Promise<HttpRequest> {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const all: Record<string, string> = { host: "testserver", ...headers };
  if (bytes !== undefined) all["content-length"] = String(bytes.byteLength);
  const incoming: IncomingRequest = {
    method,
    target,
    scheme: "http",
    header: (name) => all[name] ?? null,
    headers: () => new Headers(all),
    hasBody: bytes !== undefined && bytes.byteLength > 0,
    readBody: async () => bytes ?? new Uint8Array(),
  };
  const made = new HttpRequest(new App({ SECRET_KEY: "x", ALLOWED_HOSTS: ["testserver"], ...settings }), incoming);
  await made.loadBody();
  return made;
}

const FORM = "application/x-www-form-urlencoded";
const multipart = (lines: string[]) => lines.join("\r\n");

describe("RequestsTests", () => {
  test("test_httprequest: an empty request has empty GET, POST, COOKIES and FILES", async () => {
    const r = await request({ headers: {} });
    expect([...r.GET]).toEqual([]);
    expect([...r.POST]).toEqual([]);
    expect(Object.keys(r.COOKIES)).toEqual([]);
    expect(r.GET.toString()).toBe("");
    expect(r.FILES.getAll("foo")).toEqual([]);
  });

  test("test_httprequest_full_path: the path is escaped again (escape_uri_path), the query kept", async () => {
    const target = "/%3Bsome/%3Fawful/%3Dpath/foo:bar/?;some=query&+query=string";
    const r = await request({ target: "/prefix" + target, settings: { SCRIPT_NAME: "/prefix" } });
    expect(r.pathInfo).toBe("/;some/?awful/=path/foo:bar/");
    const expected = "/%3Bsome/%3Fawful/%3Dpath/foo:bar/?;some=query&+query=string";
    expect(r.getFullPath()).toBe("/prefix" + expected);
    expect(r.getFullPathInfo()).toBe(expected);
  });

  test("test_httprequest_full_path_with_query_string_and_fragment", async () => {
    const r = await request({ target: "/prefix/foo%23bar?baz#quux", settings: { SCRIPT_NAME: "/prefix" } });
    expect(r.getFullPath()).toBe("/prefix/foo%23bar?baz#quux");
    expect(r.getFullPathInfo()).toBe("/foo%23bar?baz#quux");
  });

  test("test_wsgirequest: content_type and content_params", async () => {
    const r = await request({ headers: { "content-type": "text/html; charset=utf8" } });
    expect(r.contentType).toBe("text/html");
    expect(r.contentParams).toEqual({ charset: "utf8" });
    const none = await request({});
    expect(none.contentType).toBe("");
    expect(none.contentParams).toEqual({});
  });

  test("test_wsgirequest_with_script_name: the path is SCRIPT_NAME + path_info", async () => {
    const r = await request({ target: "/PREFIX/somepath/", settings: { SCRIPT_NAME: "/PREFIX" } });
    expect(r.path).toBe("/PREFIX/somepath/");
    expect(r.pathInfo).toBe("/somepath/");
  });

  test("test_wsgirequest_path_info: UTF-8 is decoded; a Latin-1 path stays percent-encoded", async () => {
    expect((await request({ target: "/" + encodeURIComponent("سلام") + "/" })).path).toBe("/سلام/");
    // The browser sent "/café/" in Latin-1 (one byte 0xE9): its encoding cannot be known, so the
    // byte stays percent-encoded, and the request is served, not refused.
    const latin1 = await request({ target: "/caf%E9/" });
    expect(latin1.path).toBe("/caf%E9/");
    expect(latin1.getFullPath()).toBe("/caf%25E9/");
  });

  test("test_stream_read / test_read_after_value: the body of a form is there after POST", async () => {
    const r = await request({ method: "POST", headers: { "content-type": FORM }, body: "name=value" });
    expect([...r.POST]).toEqual([["name", "value"]]);
    expect(new TextDecoder().decode(r.body)).toBe("name=value");
  });

  test("test_non_ascii_POST", async () => {
    const r = await request({ method: "POST", headers: { "content-type": FORM }, body: new URLSearchParams({ key: "España" }).toString() });
    expect(r.POST.get("key")).toBe("España");
  });

  test("test_alternate_charset_POST: charset=iso-8859-1 in Content-Type decodes the body as Latin-1", async () => {
    const r = await request({ method: "POST", headers: { "content-type": `${FORM}; charset=iso-8859-1` }, body: "key=Espa%F1a" });
    expect(r.encoding).toBe("iso-8859-1");
    expect(r.POST.get("key")).toBe("España");
  });

  test("test_body_after_POST_multipart_related: a multipart that is not form-data fills no POST; body is there", async () => {
    const payload = multipart(["--boundary", 'Content-ID: id; name="name"', "", "value", "--boundary--"]);
    const r = await request({ method: "POST", headers: { "content-type": "multipart/related; boundary=boundary" }, body: payload });
    expect([...r.POST]).toEqual([]);
    expect(new TextDecoder().decode(r.body)).toBe(payload);
  });

  test("test_POST_multipart_with_content_length_zero", async () => {
    const r = await request({ method: "POST", headers: { "content-type": "multipart/form-data; boundary=boundary", "content-length": "0" } });
    expect([...r.POST]).toEqual([]);
  });

  test("test_POST_binary_only: an octet-stream (or untyped) body fills neither POST nor FILES", async () => {
    const payload = new Uint8Array([13, 10, 1, 0, 0, 0, 97, 98, 0, 0, 0xcd, 0xcc, 44, 64]);
    for (const headers of [{ "content-type": "application/octet-stream" }, {}] as Record<string, string>[]) {
      const r = await request({ method: "POST", headers, body: payload });
      expect([...r.POST]).toEqual([]);
      expect(r.FILES.size).toBe(0);
      expect(r.body).toEqual(payload);
    }
  });

  test("test_POST_after_body_read", async () => {
    const r = await request({ method: "POST", headers: { "content-type": FORM }, body: "name=value" });
    expect(r.body.byteLength).toBe(10);
    expect(r.POST.get("name")).toBe("value");
  });

  test("test_POST_after_body_read_and_stream_read_multipart", async () => {
    const payload = multipart(["--boundary", 'Content-Disposition: form-data; name="name"', "", "value", "--boundary--"]);
    const r = await request({ method: "POST", headers: { "content-type": "multipart/form-data; boundary=boundary" }, body: payload });
    expect(new TextDecoder().decode(r.body.subarray(0, 13))).toBe("--boundary\r\nC");
    expect(r.POST.get("name")).toBe("value");
  });

  test("test_multipart_without_boundary: a clear error (a 400)", async () => {
    await expect(request({ method: "POST", headers: { "content-type": "multipart/form-data;" }, body: "x" })).rejects.toThrow(/boundary/);
  });

  test("test_set_encoding_clears_POST: setting encoding decodes the form again", async () => {
    const r = await request({ method: "POST", headers: { "content-type": FORM }, body: "name=Hello Günter" });
    expect(r.POST.get("name")).toBe("Hello Günter");
    // Django's case uses iso-8859-16, which the runtime's TextDecoder lacks; 8859-15 shows the same.
    r.encoding = "iso-8859-15";
    expect(r.POST.get("name")).toBe("Hello GÃŒnter");
  });

  test("test_set_encoding_clears_GET", async () => {
    const r = await request({ target: "/?name=Hello%20G%C3%BCnter" });
    expect(r.GET.get("name")).toBe("Hello Günter");
    r.encoding = "iso-8859-15";
    expect(r.GET.get("name")).toBe("Hello GÃŒnter");
  });
});

describe("RequestHeadersTests", () => {
  const headers = { "content-type": "text/html", "content-length": "100", accept: "*", host: "example.com", "user-agent": "python-requests/1.2.0" };
  test("test_wsgi_request_headers_getitem / _get: any case", async () => {
    const r = await request({ headers, settings: { ALLOWED_HOSTS: ["example.com"] } });
    expect(r.headers.get("User-Agent")).toBe("python-requests/1.2.0");
    expect(r.headers.get("user-agent")).toBe("python-requests/1.2.0");
    expect(r.header("Content-Type")).toBe("text/html");
    expect(r.header("Content-Length")).toBe("100");
  });
});

describe("HostValidationTests: get_port", () => {
  test("test_get_port: X-Forwarded-Port is ignored unless USE_X_FORWARDED_PORT", async () => {
    // onefile has no SERVER_PORT: the port is the Host header's (the port the client connected to).
    expect((await request({ headers: { host: "testserver:8080", "x-forwarded-port": "80" } })).getPort()).toBe("8080");
    expect((await request({ headers: { host: "testserver:8080" } })).getPort()).toBe("8080");
  });
  test("test_get_port_with_x_forwarded_port", async () => {
    const settings = { USE_X_FORWARDED_PORT: true };
    expect((await request({ headers: { host: "testserver:8080", "x-forwarded-port": "80" }, settings })).getPort()).toBe("80");
    expect((await request({ headers: { host: "testserver:8080" }, settings })).getPort()).toBe("8080");
  });
});

describe("QueryDictTests (httpwrappers)", () => {
  test("test_non_default_encoding: QueryDict.parse with an encoding", () => {
    const q = QueryDict.parse("cur=%A4", "iso-8859-15");
    expect([...q]).toEqual([["cur", "€"]]);
  });
  test("test_urlencode: what needs escaping is escaped", () => {
    const q = new QueryDict();
    q.set("next", "/t\xebst&key/");
    // URLSearchParams escapes "/" too (Django's urlencode(safe="/") has no counterpart).
    expect(q.toString()).toBe("next=%2Ft%C3%ABst%26key%2F");
  });
  test("test_update_from_querydict: appending keeps every value", () => {
    const x = new QueryDict("a=1&a=2");
    for (const [key, value] of new QueryDict("a=3&a=4")) x.append(key, value);
    expect(x.getAll("a")).toEqual(["1", "2", "3", "4"]);
  });
});

describe("documented difference: the body is read whole before the view", () => {
  // Django's request is also a file (read(), readline(), iteration) and refuses `body` after a
  // multipart POST was parsed (RawPostDataException: the file data is not kept twice). onefile
  // reads the whole body, up to DATA_UPLOAD_MAX_MEMORY_SIZE, before the view runs (runtime-
  // neutral code has no spooled temporary files), so `body`, `POST` and `FILES` are all there,
  // in any order, and there is no read() to go out of step with them.
  test("test_body_after_POST_multipart_form_data: body is still there after POST", async () => {
    const payload = multipart(["--boundary", 'Content-Disposition: form-data; name="name"', "", "value", "--boundary--"]);
    const r = await request({ method: "POST", headers: { "content-type": "multipart/form-data; boundary=boundary" }, body: payload });
    expect(r.POST.get("name")).toBe("value");
    expect(new TextDecoder().decode(r.body)).toBe(payload);
  });
});
