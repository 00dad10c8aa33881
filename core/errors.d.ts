/**
 * The exceptions a view (or the framework) throws to choose a response.
 *
 * The pipeline turns each into a status code, as Django's `response_for_exception` does:
 * `Http404` → 404, `PermissionDenied` → 403, `BadRequest` and `SuspiciousOperation` (with
 * `DisallowedHost`, `TooManyFieldsSent` and `TooManyFilesSent`) → 400,
 * `RequestDataTooBig` → 413, anything else → 500.
 *
 * @example
 * ```ts
 * function detail(request: HttpRequest, { id }: { id: number }) {
 *   const post = posts.get(id);
 *   if (!post) throw new Http404(`No post with id ${id}`);
 *   return render(request, "post.html", { post });
 * }
 * ```
 */
export declare class Http404 extends Error {
    name: string;
    constructor(message?: string);
}
/** Thrown to answer 403 Forbidden. */
export declare class PermissionDenied extends Error {
    name: string;
    constructor(message?: string);
}
/** Thrown to answer 400 Bad Request, for input the view cannot use. */
export declare class BadRequest extends Error {
    name: string;
    constructor(message?: string);
}
/** A request that looks like tampering or misconfiguration; answered with 400. */
export declare class SuspiciousOperation extends Error {
    name: string;
}
/** The Host header is not in `ALLOWED_HOSTS`; answered with 400. */
export declare class DisallowedHost extends SuspiciousOperation {
    name: string;
}
/**
 * A form body has more fields than `DATA_UPLOAD_MAX_NUMBER_FIELDS`; answered with 400, before the
 * body is parsed, so a flood of parts costs no parsing (Django's `TooManyFieldsSent`).
 */
export declare class TooManyFieldsSent extends SuspiciousOperation {
    name: string;
}
/** A multipart body has more files than `DATA_UPLOAD_MAX_NUMBER_FILES`; answered with 400 (Django's `TooManyFilesSent`). */
export declare class TooManyFilesSent extends SuspiciousOperation {
    name: string;
}
/** The request body is larger than `DATA_UPLOAD_MAX_MEMORY_SIZE`; answered with 413. */
export declare class RequestDataTooBig extends Error {
    readonly limit: number;
    name: string;
    constructor(limit: number);
}
/** Settings or URL patterns are wrong; thrown at startup so the mistake is found before a request. */
export declare class ImproperlyConfigured extends Error {
    name: string;
}
/** Maps an exception thrown by a view or middleware to its HTTP status, or `500` for anything else. */
export declare function statusForError(error: unknown): number;
