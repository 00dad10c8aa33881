import { MultiValueDict, QueryDict } from "./querydict.ts";
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
/**
 * True for the content types whose body fills `request.POST`: urlencoded and multipart forms.
 *
 * @example
 * ```ts
 * isFormContentType("multipart/form-data; boundary=x"); // true
 * isFormContentType("application/json");                // false
 * ```
 */
export declare function isFormContentType(contentType: string | null): boolean;
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
export declare function parseFormBody(body: Uint8Array, contentType: string | null, limits?: FormLimits): Promise<ParsedForm>;
