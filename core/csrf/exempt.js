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
export function csrfExempt(view) {
    if (typeof view !== "function")
        throw new TypeError("csrfExempt() takes a view function.");
    const wrapped = function (...args) {
        return view.apply(this, args);
    };
    // Keep the view's name for `onefile routes`, error messages and the DEBUG pages.
    Object.defineProperty(wrapped, "name", { value: view.name });
    Object.defineProperty(wrapped, EXEMPT, { value: true });
    return wrapped;
}
/** True for a view wrapped in `csrfExempt`. */
export function isCsrfExempt(view) {
    return typeof view === "function" && view[EXEMPT] === true;
}
