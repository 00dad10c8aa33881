import { Http404 } from "./errors.ts";
import type { HttpRequest } from "./http/request.ts";
import { HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect, type ResponseInit } from "./http/response.ts";

/**
 * Renders a template from the app's `TEMPLATES` with `context` into an `HttpResponse`.
 * The template also sees `request` and, once their middleware ran, `csrf_token` and `messages`.
 *
 * @example
 * ```ts
 * function index(request: HttpRequest) {
 *   return render(request, "index.html", { name: "world" });
 * }
 * ```
 * @throws TemplateDoesNotExist naming the template and listing those that exist.
 */
export function render(
  request: HttpRequest,
  templateName: string,
  context: Record<string, unknown> = {},
  init: ResponseInit = {},
): HttpResponse {
  const templates: string[] = [];
  const csrf = request.state.csrf;
  const fullContext: Record<string, unknown> = {
    request,
    // Made (and its cookie set) only if the template prints it: nunjucks copies the context,
    // so a getter would fire for every page; a value that becomes the token when turned into
    // text does not. As in Django, pages without a form set no CSRF cookie.
    csrf_token: csrf ? { toString: () => csrf.token } : undefined,
    messages: request.state.messages,
    ...context,
  };
  const html = request.app.templates.render(templateName, fullContext, (name) => templates.push(name));
  const response = new HttpResponse(html, init);
  response.renderInfo = { context: fullContext, templates };
  return response;
}

/**
 * Redirects to a URL name (reversed with `params` when the view returns) or to a URL as
 * given. Anything containing "/" or "." is taken as a URL, as Django's `redirect` does.
 * Root-relative URLs get the app's `SCRIPT_NAME` prefix, so the same code works mounted.
 *
 * @example
 * ```ts
 * return redirect("post", { id: post.id });   // 302 to /posts/7/
 * return redirect("/thanks/");
 * return redirect("index", {}, { permanent: true });
 * ```
 */
export function redirect(
  to: string,
  params?: Record<string, unknown> | unknown[],
  options: { permanent?: boolean } = {},
): HttpResponseRedirect {
  const isUrl = to.includes("/") || to.includes(".");
  const response = options.permanent ? new HttpResponsePermanentRedirect(isUrl ? to : "") : new HttpResponseRedirect(isUrl ? to : "");
  if (!isUrl) response.reverseTarget = { name: to, params };
  return response;
}

/**
 * Returns `value` unless it is `null` or `undefined`, in which case it throws `Http404`.
 * Works with anything that looks up an object: a Map, an array's `find`, a database call.
 *
 * @example
 * ```ts
 * const post = getObjectOr404(posts.get(id), `No post ${id}`);
 * const user = await getObjectOr404(db.findUser(name));
 * ```
 */
export function getObjectOr404<T>(value: T | null | undefined, message?: string): T;
export function getObjectOr404<T>(value: Promise<T | null | undefined>, message?: string): Promise<T>;
export function getObjectOr404<T>(value: T | Promise<T>, message = "No object matches the given query."): T | Promise<T> {
  if (value instanceof Promise) return value.then((v) => getObjectOr404(v, message) as T);
  if (value === null || value === undefined) throw new Http404(message);
  return value;
}
