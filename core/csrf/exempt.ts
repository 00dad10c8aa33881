import { hasMarker, passThrough, wrapView } from "../util/view-markers.ts";

const EXEMPT = Symbol.for("onefile.csrfExempt");

/**
 * Marks a view as not needing a CSRF token (Django's `csrf_exempt`): for webhooks and APIs
 * called by other servers, which authenticate some other way. Returns a new function, so the
 * same view can stay protected under another URL.
 *
 * @example
 * ```ts
 * app.route("hooks/payment/", csrfExempt(async (request) => {
 *   await handlePayment(request.json());
 *   return new JsonResponse({ ok: true });
 * }));
 * ```
 */
export function csrfExempt<F extends (...args: any[]) => unknown>(view: F): F {
  return wrapView("csrfExempt", view, passThrough, EXEMPT);
}

/** True for a view wrapped in `csrfExempt`. */
export function isCsrfExempt(view: unknown): boolean {
  return hasMarker(view, EXEMPT);
}
