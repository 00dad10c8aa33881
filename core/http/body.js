import { BadRequest, TooManyFieldsSent, TooManyFilesSent } from "../errors.js";
import { MultiValueDict, QueryDict } from "./querydict.js";
const decoder = new TextDecoder();
// Each byte becomes one character, so a boundary (ASCII) is found with the string search
// the engine already optimises, and offsets in the text are offsets in the bytes.
const byteDecoder = new TextDecoder("latin1");
const NO_LIMITS = { maxFields: null, maxFiles: null };
/**
 * True for the content types whose body fills `request.POST`: urlencoded and multipart forms.
 *
 * @example
 * ```ts
 * isFormContentType("multipart/form-data; boundary=x"); // true
 * isFormContentType("application/json");                // false
 * ```
 */
export function isFormContentType(contentType) {
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
export async function parseFormBody(body, contentType, limits = NO_LIMITS) {
    const FILES = new MultiValueDict();
    const type = mediaType(contentType);
    if (type === "application/x-www-form-urlencoded") {
        const text = decoder.decode(body);
        if (limits.maxFields !== null && text !== "")
            checkFieldCount(countOf(text, "&", limits.maxFields) + 1, limits.maxFields);
        return { POST: new QueryDict(text), FILES };
    }
    if (type !== "multipart/form-data")
        return { POST: new QueryDict(), FILES };
    const boundary = boundaryOf(contentType);
    if (boundary === null)
        throw new BadRequest("Multipart body without a boundary in Content-Type.");
    if (limits.maxFields !== null || limits.maxFiles !== null)
        checkPartCounts(body, boundary, limits);
    let form;
    try {
        form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    }
    catch (error) {
        throw new BadRequest(`Malformed multipart body: ${error.message}`);
    }
    const POST = new QueryDict();
    form.forEach((value, key) => {
        if (typeof value === "string")
            POST.append(key, value);
        else
            FILES.append(key, value);
    });
    return { POST, FILES };
}
function mediaType(contentType) {
    if (contentType === null)
        return "";
    const semicolon = contentType.indexOf(";");
    return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}
/** The `boundary` parameter of a multipart Content-Type, unquoted, or null. */
function boundaryOf(contentType) {
    const match = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    return match ? (match[1] ?? match[2]) : null;
}
/** How many times `needle` occurs in `text`, counting no further than `stopAfter` + 1. */
function countOf(text, needle, stopAfter) {
    let count = 0;
    for (let at = text.indexOf(needle); at !== -1 && count <= stopAfter; at = text.indexOf(needle, at + 1))
        count++;
    return count;
}
function checkFieldCount(fields, max) {
    if (fields > max) {
        throw new TooManyFieldsSent(`The number of GET/POST parameters exceeded DATA_UPLOAD_MAX_NUMBER_FIELDS (${max}).`);
    }
}
/**
 * Counts the parts of a multipart body, telling files (a `filename` in Content-Disposition)
 * from fields, and throws as soon as either passes its limit. One pass of string search over
 * the body; no part is decoded.
 */
function checkPartCounts(body, boundary, limits) {
    const text = byteDecoder.decode(body);
    const delimiter = `--${boundary}`;
    let fields = 0;
    let files = 0;
    let at = text.startsWith(delimiter) ? 0 : text.indexOf(`\r\n${delimiter}`);
    while (at !== -1) {
        const lineStart = text.indexOf(delimiter, at) + delimiter.length;
        if (text.startsWith("--", lineStart))
            break; // the closing delimiter
        const headersEnd = text.indexOf("\r\n\r\n", lineStart);
        if (headersEnd === -1)
            break; // malformed: left to the parser to report
        if (isFilePart(text.slice(lineStart, headersEnd))) {
            files++;
            if (limits.maxFiles !== null && files > limits.maxFiles) {
                throw new TooManyFilesSent(`The number of files exceeded DATA_UPLOAD_MAX_NUMBER_FILES (${limits.maxFiles}).`);
            }
        }
        else {
            fields++;
            if (limits.maxFields !== null)
                checkFieldCount(fields, limits.maxFields);
        }
        at = text.indexOf(`\r\n${delimiter}`, headersEnd);
    }
}
/** True when a part's headers give its Content-Disposition a `filename` (or `filename*`) parameter. */
function isFilePart(headers) {
    for (const line of headers.split("\r\n")) {
        const colon = line.indexOf(":");
        if (colon === -1 || line.slice(0, colon).trim().toLowerCase() !== "content-disposition")
            continue;
        return parameterNames(line.slice(colon + 1)).some((name) => name === "filename" || name === "filename*");
    }
    return false;
}
/** The parameter names of a header value such as `form-data; name="a;b"; filename="x"`, quotes respected. */
function parameterNames(value) {
    const names = [];
    let quoted = false;
    let start = -1;
    for (let i = 0; i < value.length; i++) {
        const char = value[i];
        if (char === '"' && value[i - 1] !== "\\")
            quoted = !quoted;
        else if (char === ";" && !quoted)
            start = i + 1;
        else if (char === "=" && !quoted && start !== -1) {
            names.push(value.slice(start, i).trim().toLowerCase());
            start = -1;
        }
    }
    return names;
}
