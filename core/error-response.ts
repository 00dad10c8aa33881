import { statusForError, SuspiciousOperation } from "./errors.ts";
import type { HttpRequest } from "./http/request.ts";
import { HttpResponse } from "./http/response.ts";
import { escapeHtml, plainErrorHtml, technical404Html, technical500Html, type RequestSummary } from "./debug/index.ts";
import type { Settings } from "./settings.ts";
import { Resolver404 } from "./urls/errors.ts";

/** What turning an error into a response needs of the app (the `App` is one). */
export interface ErrorContext {
  readonly settings: Readonly<Settings>;
  /** Where 500s are reported. */
  logError(error: unknown, request: HttpRequest | null): void;
  /** Source lines for the DEBUG 500 page's stack frames. */
  readonly sourceProvider: ((fileName: string) => string | undefined) | undefined;
  /** The URL patterns, for the DEBUG 404 page's "tried" list. */
  readonly resolver: { tried(): { pattern: string; name: string | null }[] };
}

/**
 * Turns an exception into the response Django would send (its `response_for_exception`).
 *
 * With `DEBUG`, a 404 shows the URL patterns tried (or the view's message), a 500 or a
 * suspicious request shows the technical page with the stack and source lines, and other
 * client errors show their message. Without `DEBUG`, a plain page that leaks nothing.
 * 500s are also reported to `app.logError`, so hosts print them in their terminal or log.
 */
export function responseForError(app: ErrorContext, request: HttpRequest | null, error: unknown): HttpResponse {
  const status = statusForError(error);
  if (status === 500) app.logError(error, request);
  const debug = app.settings.DEBUG;
  if (!debug) return new HttpResponse(plainErrorHtml(status), { status });
  const summary = request ? summarize(request) : unknownRequest();
  if (status === 404) {
    const fromResolver = error instanceof Resolver404;
    const html = technical404Html({
      request: summary,
      tried: app.resolver.tried(),
      reason: fromResolver ? undefined : (error as Error).message,
      raisedBy: fromResolver ? undefined : (request?.resolverMatch?.viewName ?? undefined),
      scriptName: app.settings.SCRIPT_NAME,
    });
    return new HttpResponse(html, { status });
  }
  if (status === 500 || error instanceof SuspiciousOperation) {
    const html = technical500Html({
      error,
      request: summary,
      sourceFor: app.sourceProvider,
      settings: app.settings as unknown as Record<string, unknown>,
    });
    return new HttpResponse(html, { status });
  }
  // Client errors in DEBUG: the plain page plus the reason, which is the user's own message.
  const message = error instanceof Error ? error.message : String(error);
  const html = plainErrorHtml(status).replace("</body>", `<p class="reason">${escapeHtml(message)}</p></body>`);
  return new HttpResponse(html, { status });
}

/** The request as the DEBUG pages show it; reading headers and cookies here is fine, it is the error path. */
function summarize(request: HttpRequest): RequestSummary {
  const headers: [string, string][] = [];
  request.headers.forEach((value, name) => headers.push([name, value]));
  return {
    method: request.method,
    path: request.path,
    url: `${request.scheme}://${request.rawHost()}${request.getFullPath()}`,
    GET: [...request.GET],
    POST: formFields(request),
    COOKIES: Object.entries(request.COOKIES),
    headers,
  };
}

/** The form fields, or none when the body was never read (a 413, or an error before the view). */
function formFields(request: HttpRequest): [string, string][] {
  try {
    return [...request.POST];
  } catch {
    return [];
  }
}

function unknownRequest(): RequestSummary {
  return { method: "?", path: "?", url: "?", GET: [], POST: [], COOKIES: [], headers: [] };
}
