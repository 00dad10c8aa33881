import type { HttpRequest } from "./http/request.ts";
import { HttpResponse, HttpResponseNotAllowed, type ViewResult } from "./http/response.ts";

const HTTP_METHODS = ["get", "post", "put", "patch", "delete", "head", "options", "trace"] as const;
type Handler = (request: HttpRequest, params: any) => unknown;

/**
 * Django's class-based View: define `get`, `post`, … methods; `asView()` turns the class into
 * a view function that dispatches on the request method, answers 405 with an `Allow` header for
 * methods the class lacks, and serves HEAD with `get` when there is no `head`.
 *
 * A new instance is made per request, so instance fields never leak between requests.
 *
 * @example
 * ```ts
 * class Greeting extends View {
 *   greeting = "Hello";
 *   get(request: HttpRequest, { name }: { name: string }) {
 *     return `${this.greeting}, ${name}`;
 *   }
 * }
 * app.urlpatterns = [path("hi/<str:name>/", Greeting.asView(), { name: "hi" })];
 * ```
 */
export class View {
  /** The request being handled, as Django's `self.request`. */
  request!: HttpRequest;
  /** The URL parameters, as Django's `self.kwargs`. */
  params: Record<string, unknown> = {};

  /**
   * Returns a view function for this class. `initial` fields are assigned to each instance,
   * as Django's `as_view(**initkwargs)`.
   */
  static asView<T extends View>(this: new () => T, initial: Partial<T> = {}): (request: HttpRequest, params: any) => ViewResult | Promise<ViewResult> {
    const ViewClass = this;
    const view = (request: HttpRequest, params: Record<string, unknown>) => {
      const instance = Object.assign(new ViewClass(), initial);
      instance.request = request;
      instance.params = params;
      // The method a subclass defines is not checked here (its return type is its own): the
      // pipeline reports a method that returns no response, naming the class.
      return instance.dispatch(request, params) as ViewResult | Promise<ViewResult>;
    };
    Object.defineProperty(view, "name", { value: ViewClass.name });
    return view;
  }

  /** Calls the method named after the request's method, or answers 405. */
  dispatch(request: HttpRequest, params: Record<string, unknown>): unknown {
    const method = request.method.toLowerCase();
    let handler = (HTTP_METHODS as readonly string[]).includes(method) ? this.handlerFor(method) : undefined;
    if (!handler && method === "head") handler = this.handlerFor("get");
    if (!handler) return this.httpMethodNotAllowed();
    return handler.call(this, request, params);
  }

  /** Answers OPTIONS with the allowed methods, as Django's View does. */
  options(_request: HttpRequest): HttpResponse {
    const response = new HttpResponse("");
    response.headers.set("Allow", this.allowedMethods().join(", "));
    response.headers.set("Content-Length", "0");
    return response;
  }

  /** The methods this class answers, upper-case. */
  allowedMethods(): string[] {
    return HTTP_METHODS.filter((m) => this.handlerFor(m) || (m === "head" && this.handlerFor("get"))).map((m) => m.toUpperCase());
  }

  /** The 405 response for a method the class does not define. */
  httpMethodNotAllowed(): HttpResponse {
    return new HttpResponseNotAllowed(this.allowedMethods());
  }

  private handlerFor(method: string): Handler | undefined {
    const handler = (this as unknown as Record<string, unknown>)[method];
    return typeof handler === "function" ? (handler as Handler) : undefined;
  }
}
