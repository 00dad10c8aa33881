import { ObjectDoesNotExist } from "./db/errors.ts";
import { ModelOptions } from "./db/options.ts";
import { QuerySet } from "./db/query/queryset.ts";
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

/** A model class, as `getObjectOr404` takes it. */
type AnyModelClass = { readonly _meta: ModelOptions; readonly objects: { all(): QuerySet<any> }; new (...args: any[]): any };

/**
 * The object matching `lookups` in a model (or a QuerySet), or `Http404` when there is none,
 * as Django's `get_object_or_404`. A lookup value of the wrong type (`pk: "abc"`) matches
 * nothing, so it is a 404 too, never a 500.
 *
 * Given anything else, returns it unless it is `null` or `undefined` (then throws `Http404`):
 * that works with a Map, an array's `find`, or any database call.
 *
 * @example
 * ```ts
 * const question = await getObjectOr404(Question, { pk: id });
 * const published = await getObjectOr404(Question.objects.filter({ pubDate__lte: new Date() }), { pk: id });
 * const post = getObjectOr404(posts.get(id), `No post ${id}`);
 * ```
 */
export function getObjectOr404<C extends AnyModelClass>(model: C, lookups?: Record<string, unknown>): Promise<InstanceType<C>>;
export function getObjectOr404<M>(queryset: QuerySet<M, any>, lookups?: Record<string, unknown>): Promise<M>;
export function getObjectOr404<T>(value: Promise<T | null | undefined>, message?: string): Promise<T>;
export function getObjectOr404<T>(value: T | null | undefined, message?: string): T;
export function getObjectOr404(value: unknown, second?: unknown): unknown {
  const queryset = asQuerySet(value);
  if (queryset) {
    const lookups = (second ?? {}) as Record<string, unknown>;
    return queryset.get(lookups as never).catch((error: unknown) => {
      if (error instanceof ObjectDoesNotExist) throw new Http404(`No ${queryset.meta.objectName} matches the given query.`);
      throw error;
    });
  }
  const message = (second as string | undefined) ?? "No object matches the given query.";
  if (value instanceof Promise) return value.then((v) => getObjectOr404(v, message));
  if (value === null || value === undefined) throw new Http404(message);
  return value;
}

/**
 * The objects matching `lookups`, or `Http404` when there are none, as Django's `get_list_or_404`.
 *
 * @example
 * ```ts
 * const choices = await getListOr404(Choice, { question: id });
 * ```
 */
export function getListOr404<C extends AnyModelClass>(model: C, lookups?: Record<string, unknown>): Promise<InstanceType<C>[]>;
export function getListOr404<M>(queryset: QuerySet<M, any>, lookups?: Record<string, unknown>): Promise<M[]>;
export async function getListOr404(value: AnyModelClass | QuerySet<unknown, unknown>, lookups: Record<string, unknown> = {}): Promise<unknown[]> {
  const queryset = asQuerySet(value);
  if (!queryset) throw new TypeError("getListOr404() takes a model or a QuerySet.");
  const list = await queryset.filter(lookups as never);
  if (list.length === 0) throw new Http404(`No ${queryset.meta.objectName} matches the given query.`);
  return list;
}

function asQuerySet(value: unknown): QuerySet<unknown, unknown> | null {
  if (value instanceof QuerySet) return value;
  if (typeof value === "function" && (value as Partial<AnyModelClass>)._meta instanceof ModelOptions) return (value as AnyModelClass).objects.all();
  return null;
}
