/**
 * Django's own tests of the request body limits (tests/requests_tests/test_data_upload_settings.py),
 * translated case by case: `DATA_UPLOAD_MAX_MEMORY_SIZE`, `DATA_UPLOAD_MAX_NUMBER_FIELDS` (GET
 * and POST) and `DATA_UPLOAD_MAX_NUMBER_FILES`. A request is built from the host seam
 * (`IncomingRequest`), as Django's are built from an environ, and its body is loaded as the
 * pipeline loads it before the view (Django's `_load_post_and_files`).
 */
import { describe, expect, test } from "vitest";
import { App } from "../app.ts";
import { RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent } from "../errors.ts";
import type { SettingsInput } from "../settings.ts";
import { fromWebRequest } from "./incoming.ts";
import { HttpRequest } from "./request.ts";

function requestOf(init: { method?: string; contentType?: string; body?: string; target?: string; contentLength?: string }, settings: SettingsInput): HttpRequest {
  const headers: Record<string, string> = {};
  if (init.contentType) headers["content-type"] = init.contentType;
  if (init.contentLength !== undefined) headers["content-length"] = init.contentLength;
  const web = new Request(`http://testserver${init.target ?? "/"}`, { method: init.method ?? "POST", headers, body: init.body });
  return new HttpRequest(new App({ SECRET_KEY: "x", ALLOWED_HOSTS: ["testserver"], ...settings }), fromWebRequest(web));
}

const crlf = (lines: string[]) => lines.join("\r\n");
const FORM = "application/x-www-form-urlencoded";
const MULTIPART = "multipart/form-data; boundary=boundary";

describe("DataUploadMaxMemorySizeFormPostTests", () => {
  const post = (size: number | null) => requestOf({ contentType: FORM, body: "a=1&a=2&a=3\r\n" }, { DATA_UPLOAD_MAX_MEMORY_SIZE: size }).loadBody();
  test("test_size_exceeded", async () => {
    await expect(post(12)).rejects.toThrow(RequestDataTooBig);
    await expect(post(12)).rejects.toThrow("Request body exceeded DATA_UPLOAD_MAX_MEMORY_SIZE");
  });
  test("test_size_not_exceeded", async () => {
    await expect(post(13)).resolves.toBeUndefined();
  });
  test("test_no_limit", async () => {
    await expect(post(null)).resolves.toBeUndefined();
  });
});

describe("DataUploadMaxMemorySizeMultipartPostTests", () => {
  const body = crlf(["--boundary", 'Content-Disposition: form-data; name="name"', "", "value", "--boundary--"]);
  test("test_size_exceeded", async () => {
    await expect(requestOf({ contentType: MULTIPART, body }, { DATA_UPLOAD_MAX_MEMORY_SIZE: body.length - 1 }).loadBody()).rejects.toThrow(RequestDataTooBig);
  });
  test("test_size_not_exceeded", async () => {
    const request = requestOf({ contentType: MULTIPART, body }, { DATA_UPLOAD_MAX_MEMORY_SIZE: body.length });
    await request.loadBody();
    expect(request.POST.get("name")).toBe("value");
  });
  test("test_no_limit", async () => {
    await expect(requestOf({ contentType: MULTIPART, body }, { DATA_UPLOAD_MAX_MEMORY_SIZE: null }).loadBody()).resolves.toBeUndefined();
  });
});

describe("DataUploadMaxMemorySizeGetTests", () => {
  // A GET with a three-byte body: Django's request.body reads it with the same limit. A Web
  // Request cannot carry a GET body, so a POST's incoming form is given the method GET.
  const get = (size: number | null) => {
    const incoming = fromWebRequest(new Request("http://testserver/", { method: "POST", body: "abc" }));
    return new HttpRequest(new App({ SECRET_KEY: "x", ALLOWED_HOSTS: ["testserver"], DATA_UPLOAD_MAX_MEMORY_SIZE: size }), { ...incoming, method: "GET" }).loadBody();
  };
  test("test_data_upload_max_memory_size_exceeded", async () => {
    await expect(get(2)).rejects.toThrow(RequestDataTooBig);
  });
  test("test_size_not_exceeded", async () => {
    await expect(get(3)).resolves.toBeUndefined();
  });
  test("test_no_limit", async () => {
    await expect(get(null)).resolves.toBeUndefined();
  });
  test("test_empty_content_length", async () => {
    const request = requestOf({ method: "GET", contentLength: "" }, {});
    await request.loadBody();
    expect(request.body.byteLength).toBe(0);
  });
});

describe("DataUploadMaxNumberOfFieldsGet", () => {
  test("test_get_max_fields_exceeded", () => {
    const request = requestOf({ method: "GET", target: "/?a=1&a=2&a=3" }, { DATA_UPLOAD_MAX_NUMBER_FIELDS: 1 });
    expect(() => request.GET.get("a")).toThrow(TooManyFieldsSent);
    expect(() => request.GET.get("a")).toThrow("The number of GET/POST parameters exceeded DATA_UPLOAD_MAX_NUMBER_FIELDS");
  });
  test("test_get_max_fields_not_exceeded", () => {
    const request = requestOf({ method: "GET", target: "/?a=1&a=2&a=3" }, { DATA_UPLOAD_MAX_NUMBER_FIELDS: 3 });
    expect(request.GET.getAll("a")).toEqual(["1", "2", "3"]);
  });
});

describe("DataUploadMaxNumberOfFieldsMultipartPost", () => {
  const body = crlf([
    "--boundary",
    'Content-Disposition: form-data; name="name1"',
    "",
    "value1",
    "--boundary",
    'Content-Disposition: form-data; name="name2"',
    "",
    "value2",
    "--boundary--",
  ]);
  const load = (max: number | null) => requestOf({ contentType: MULTIPART, body }, { DATA_UPLOAD_MAX_NUMBER_FIELDS: max }).loadBody();
  test("test_number_exceeded", async () => {
    await expect(load(1)).rejects.toThrow(TooManyFieldsSent);
  });
  test("test_number_not_exceeded", async () => {
    await expect(load(2)).resolves.toBeUndefined();
  });
  test("test_no_limit", async () => {
    await expect(load(null)).resolves.toBeUndefined();
  });
});

describe("DataUploadMaxNumberOfFilesMultipartPost", () => {
  const body = crlf([
    "--boundary",
    'Content-Disposition: form-data; name="name1"; filename="name1.txt"',
    "",
    "value1",
    "--boundary",
    'Content-Disposition: form-data; name="name2"; filename="name2.txt"',
    "",
    "value2",
    "--boundary--",
  ]);
  const load = (max: number | null) => requestOf({ contentType: MULTIPART, body }, { DATA_UPLOAD_MAX_NUMBER_FILES: max }).loadBody();
  test("test_number_exceeded", async () => {
    await expect(load(1)).rejects.toThrow(TooManyFilesSent);
    await expect(load(1)).rejects.toThrow("The number of files exceeded DATA_UPLOAD_MAX_NUMBER_FILES");
  });
  test("test_number_not_exceeded", async () => {
    await expect(load(2)).resolves.toBeUndefined();
  });
  test("test_no_limit", async () => {
    await expect(load(null)).resolves.toBeUndefined();
  });
});

describe("DataUploadMaxNumberOfFieldsFormPost", () => {
  const load = (max: number | null) => requestOf({ contentType: FORM, body: "a=1&a=2&a=3\r\n" }, { DATA_UPLOAD_MAX_NUMBER_FIELDS: max }).loadBody();
  test("test_number_exceeded", async () => {
    await expect(load(2)).rejects.toThrow(TooManyFieldsSent);
  });
  test("test_number_not_exceeded", async () => {
    await expect(load(3)).resolves.toBeUndefined();
  });
  test("test_no_limit", async () => {
    await expect(load(null)).resolves.toBeUndefined();
  });
});

describe("documented difference: DATA_UPLOAD_MAX_MEMORY_SIZE bounds the whole body, files included", () => {
  // Django counts only the form fields against the limit and streams uploaded files to
  // temporary files (FILE_UPLOAD_MAX_MEMORY_SIZE); onefile's core runs where there is no file
  // system (the service worker, edge runtimes) and reads the body into memory, so the limit is
  // on the whole body. Raise it (or set null) for a site that takes large uploads. Too large a
  // body is a 413 (Django answers 400).
  test("test_file_passes: a file part larger than the limit is refused", async () => {
    const body = crlf(["--boundary", 'Content-Disposition: form-data; name="file1"; filename="test.file"', "", "value", "--boundary--"]);
    await expect(requestOf({ contentType: MULTIPART, body }, { DATA_UPLOAD_MAX_MEMORY_SIZE: 1 }).loadBody()).rejects.toThrow(RequestDataTooBig);
    const roomy = requestOf({ contentType: MULTIPART, body }, { DATA_UPLOAD_MAX_MEMORY_SIZE: body.length });
    await roomy.loadBody();
    expect(roomy.FILES.get("file1")?.name).toBe("test.file");
  });
  test("too large a body is answered with 413", async () => {
    const app = new App({ SECRET_KEY: "x", ALLOWED_HOSTS: ["testserver"], MIDDLEWARE: [], DATA_UPLOAD_MAX_MEMORY_SIZE: 4 });
    app.route("up/", () => "ok");
    const response = await app.fetch(new Request("http://testserver/up/", { method: "POST", body: "0123456789" }));
    expect(response.status).toBe(413);
  });
});
