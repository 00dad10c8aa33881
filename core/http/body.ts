import { BadRequest, TooManyFieldsSent, TooManyFilesSent } from "../errors.ts";
import { MultiValueDict, QueryDict } from "./querydict.ts";

// Each byte becomes one character, so a boundary (ASCII) is found with the string search
// the engine already optimises, and offsets in the text are offsets in the bytes.
const byteDecoder = new TextDecoder("latin1");

/** The parsed form body of a request: `request.POST` and `request.FILES`. */
export interface ParsedForm {
  POST: QueryDict;
  FILES: MultiValueDict<File>;
}

/** Limits of one form body, Django's `DATA_UPLOAD_MAX_NUMBER_FIELDS` and `_FILES` (null: none). */
export interface FormLimits {
  maxFields: number | null;
  maxFiles: number | null;
}

const NO_LIMITS: FormLimits = { maxFields: null, maxFiles: null };

/**
 * True for the content types whose body fills `request.POST`: urlencoded and multipart forms.
 *
 * @example
 * ```ts
 * isFormContentType("multipart/form-data; boundary=x"); // true
 * isFormContentType("application/json");                // false
 * ```
 */
export function isFormContentType(contentType: string | null): boolean {
  const type = mediaType(contentType);
  return type === "application/x-www-form-urlencoded" || type === "multipart/form-data";
}

/**
 * Parses a urlencoded or multipart body as Django does for `request.POST`/`request.FILES`.
 * Other content types leave both empty (read `request.body` or `request.json()` instead).
 * Multipart parsing uses the runtime's own `Response.formData()`, so it is the same
 * well-tested parser in Node, the service worker and edge runtimes; the fields and files are
 * counted first, so a body with thousands of parts is refused before anything parses it.
 *
 * @throws TooManyFieldsSent or TooManyFilesSent past `limits`; BadRequest when a multipart
 * body is malformed.
 */
export async function parseFormBody(
  body: Uint8Array,
  contentType: string | null,
  limits: FormLimits = NO_LIMITS,
  encoding = "utf-8",
): Promise<ParsedForm> {
  const FILES = new MultiValueDict<File>();
  const type = mediaType(contentType);
  if (type === "application/x-www-form-urlencoded") return { POST: parseUrlencoded(body, limits.maxFields, encoding), FILES };
  if (type !== "multipart/form-data") return { POST: new QueryDict(), FILES };
  const boundary = boundaryOf(contentType!);
  if (boundary === null) throw new BadRequest("Multipart body without a boundary in Content-Type.");
  if (limits.maxFields !== null || limits.maxFiles !== null) checkPartCounts(body, boundary, limits);
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": contentType! } }).formData();
  } catch (error) {
    throw new BadRequest(`Malformed multipart body: ${(error as Error).message}`);
  }
  const POST = new QueryDict();
  form.forEach((value, key) => {
    if (typeof value === "string") POST.append(key, value);
    else FILES.append(key, value as File);
  });
  return { POST, FILES };
}

/**
 * A Content-Type's media type (lower case) and parameters, as Django's `request.content_type`
 * and `request.content_params` (`parse_header_parameters`): names lower-cased, quoted values
 * unquoted. No header gives `""` and `{}`.
 *
 * @example
 * ```ts
 * parseContentType('text/html; Charset="utf8"'); // { mediaType: "text/html", params: { charset: "utf8" } }
 * ```
 */
export function parseContentType(contentType: string | null): { mediaType: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  if (contentType === null) return { mediaType: "", params };
  const parameter = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (let match = parameter.exec(contentType); match !== null; match = parameter.exec(contentType)) {
    params[match[1]!.toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, "$1") : match[3]!.trim();
  }
  return { mediaType: mediaType(contentType), params };
}

/**
 * A urlencoded query string or body as a QueryDict, its escapes read in `encoding` (the request's
 * `encoding`, from a `charset=` in Content-Type; UTF-8 by default).
 *
 * @example
 * ```ts
 * parseUrlencoded("a=1&b=2", 1000).get("b"); // "2"
 * ```
 * @throws TooManyFieldsSent when it has more than `maxFields` fields (null: no limit), as Django
 * counts them: one more than the "&"s.
 */
export function parseUrlencoded(data: string | Uint8Array, maxFields: number | null, encoding = "utf-8"): QueryDict {
  if (maxFields !== null && data.length > 0) {
    const fields = typeof data === "string" ? countOf(data, "&", maxFields) + 1 : countBytes(data, 0x26, maxFields) + 1;
    checkFieldCount(fields, maxFields);
  }
  return QueryDict.parse(data, encoding);
}

function countBytes(bytes: Uint8Array, byte: number, stopAfter: number): number {
  let count = 0;
  for (let at = bytes.indexOf(byte); at !== -1 && count <= stopAfter; at = bytes.indexOf(byte, at + 1)) count++;
  return count;
}

function mediaType(contentType: string | null): string {
  if (contentType === null) return "";
  const semicolon = contentType.indexOf(";");
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}

/** The `boundary` parameter of a multipart Content-Type, unquoted, or null. */
function boundaryOf(contentType: string): string | null {
  const match = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2]!) : null;
}

/** How many times `needle` occurs in `text`, counting no further than `stopAfter` + 1. */
function countOf(text: string, needle: string, stopAfter: number): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1 && count <= stopAfter; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

function checkFieldCount(fields: number, max: number): void {
  if (fields > max) {
    throw new TooManyFieldsSent(`The number of GET/POST parameters exceeded DATA_UPLOAD_MAX_NUMBER_FIELDS (${max}).`);
  }
}

/**
 * Counts the parts of a multipart body, telling files (a `filename` in Content-Disposition)
 * from fields, and throws as soon as either passes its limit. One pass of string search over
 * the body; no part is decoded.
 */
function checkPartCounts(body: Uint8Array, boundary: string, limits: FormLimits): void {
  const text = byteDecoder.decode(body);
  const delimiter = `--${boundary}`;
  let fields = 0;
  let files = 0;
  let at = text.startsWith(delimiter) ? 0 : text.indexOf(`\r\n${delimiter}`);
  while (at !== -1) {
    const lineStart = text.indexOf(delimiter, at) + delimiter.length;
    if (text.startsWith("--", lineStart)) break; // the closing delimiter
    const headersEnd = text.indexOf("\r\n\r\n", lineStart);
    if (headersEnd === -1) break; // malformed: left to the parser to report
    if (isFilePart(text.slice(lineStart, headersEnd))) {
      files++;
      if (limits.maxFiles !== null && files > limits.maxFiles) {
        throw new TooManyFilesSent(`The number of files exceeded DATA_UPLOAD_MAX_NUMBER_FILES (${limits.maxFiles}).`);
      }
    } else {
      fields++;
      if (limits.maxFields !== null) checkFieldCount(fields, limits.maxFields);
    }
    at = text.indexOf(`\r\n${delimiter}`, headersEnd);
  }
}

/** True when a part's headers give its Content-Disposition a `filename` (or `filename*`) parameter. */
function isFilePart(headers: string): boolean {
  for (const line of headers.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon === -1 || line.slice(0, colon).trim().toLowerCase() !== "content-disposition") continue;
    return parameterNames(line.slice(colon + 1)).some((name) => name === "filename" || name === "filename*");
  }
  return false;
}

/** The parameter names of a header value such as `form-data; name="a;b"; filename="x"`, quotes respected. */
function parameterNames(value: string): string[] {
  const names: string[] = [];
  let quoted = false;
  let start = -1;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '"' && value[i - 1] !== "\\") quoted = !quoted;
    else if (char === ";" && !quoted) start = i + 1;
    else if (char === "=" && !quoted && start !== -1) {
      names.push(value.slice(start, i).trim().toLowerCase());
      start = -1;
    }
  }
  return names;
}

/** True when the runtime's TextDecoder knows `label` (Django ignores a charset Python does not know). */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
