/**
 * View decorators that mark a view for a middleware (Django sets an attribute on the wrapper:
 * `csrf_exempt`, `should_append_slash`). Each returns a new function, so the same view can stay
 * unmarked under another URL; the view's name and the markers of other decorators are kept,
 * whatever order the decorators are applied in.
 */

type View = (...args: any[]) => unknown;

/**
 * `around(view)` as a new function with `view`'s name and markers, plus `marker` when given.
 *
 * @example
 * ```ts
 * const exempt = wrapView("csrfExempt", view, (v) => function (...args) { return v(...args); }, EXEMPT);
 * ```
 * @throws TypeError naming `decorator` when `view` is not a function.
 */
export function wrapView<F extends View>(decorator: string, view: F, around: (view: F) => View, marker?: symbol): F {
  if (typeof view !== "function") throw new TypeError(`${decorator}() takes a view function.`);
  const wrapped = around(view) as F;
  // Keep the view's name for `onefile routes`, error messages and the DEBUG pages.
  Object.defineProperty(wrapped, "name", { value: view.name });
  for (const key of Object.getOwnPropertySymbols(view)) Object.defineProperty(wrapped, key, { value: (view as any)[key] });
  if (marker !== undefined) Object.defineProperty(wrapped, marker, { value: true });
  return wrapped;
}

/** A wrapper that only calls the view (for decorators that just mark it). */
export function passThrough(view: View): View {
  return function (this: unknown, ...args: unknown[]) {
    return view.apply(this, args);
  };
}

/**
 * True when `view` carries `marker`.
 *
 * @example
 * ```ts
 * hasMarker(csrfExempt(view), EXEMPT); // true
 * ```
 */
export function hasMarker(view: unknown, marker: symbol): boolean {
  return typeof view === "function" && (view as unknown as Record<symbol, unknown>)[marker] === true;
}
