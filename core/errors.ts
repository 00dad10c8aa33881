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
export class Http404 extends Error {
  override name = "Http404";
  constructor(message = "Not found") {
    super(message);
  }
}

/** Thrown to answer 403 Forbidden. */
export class PermissionDenied extends Error {
  override name = "PermissionDenied";
  constructor(message = "Permission denied") {
    super(message);
  }
}

/** Thrown to answer 400 Bad Request, for input the view cannot use. */
export class BadRequest extends Error {
  override name = "BadRequest";
  constructor(message = "Bad request") {
    super(message);
  }
}

/** A request that looks like tampering or misconfiguration; answered with 400. */
export class SuspiciousOperation extends Error {
  override name = "SuspiciousOperation";
}

/** The Host header is not in `ALLOWED_HOSTS`; answered with 400. */
export class DisallowedHost extends SuspiciousOperation {
  override name = "DisallowedHost";
}

/**
 * A redirect to a URL whose scheme is not http, https or ftp (`javascript:`, `data:`, `file:`…);
 * answered with 400, as Django's `DisallowedRedirect`.
 */
export class DisallowedRedirect extends SuspiciousOperation {
  override name = "DisallowedRedirect";
}

/**
 * A form body has more fields than `DATA_UPLOAD_MAX_NUMBER_FIELDS`; answered with 400, before the
 * body is parsed, so a flood of parts costs no parsing (Django's `TooManyFieldsSent`).
 */
export class TooManyFieldsSent extends SuspiciousOperation {
  override name = "TooManyFieldsSent";
}

/** A multipart body has more files than `DATA_UPLOAD_MAX_NUMBER_FILES`; answered with 400 (Django's `TooManyFilesSent`). */
export class TooManyFilesSent extends SuspiciousOperation {
  override name = "TooManyFilesSent";
}

/** The request body is larger than `DATA_UPLOAD_MAX_MEMORY_SIZE`; answered with 413. */
export class RequestDataTooBig extends Error {
  override name = "RequestDataTooBig";
  constructor(readonly limit: number) {
    super(`Request body exceeded DATA_UPLOAD_MAX_MEMORY_SIZE (${limit} bytes).`);
  }
}

/** Settings or URL patterns are wrong; thrown at startup so the mistake is found before a request. */
export class ImproperlyConfigured extends Error {
  override name = "ImproperlyConfigured";
}

/** Maps an exception thrown by a view or middleware to its HTTP status, or `500` for anything else. */
export function statusForError(error: unknown): number {
  if (error instanceof Http404) return 404;
  if (error instanceof PermissionDenied) return 403;
  if (error instanceof BadRequest || error instanceof SuspiciousOperation) return 400;
  if (error instanceof RequestDataTooBig) return 413;
  return 500;
}
