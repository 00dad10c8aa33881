/**
 * Errors of the URL layer.
 *
 * `ImproperlyConfigured` is the framework-wide class from core/errors.ts, re-exported here so
 * a bad pattern raises the same class (and `instanceof` works) wherever it is caught.
 * `NoReverseMatch` lives here until the lead moves it next to the other errors.
 */
export { ImproperlyConfigured } from "../errors.ts";

/**
 * `reverse()` found no pattern for a name, or the params do not fit the pattern.
 * The message says which names are close or which params the pattern expects.
 *
 * @example
 * ```ts
 * try {
 *   app.reverse("blog:pots", { id: 1 });
 * } catch (error) {
 *   if (error instanceof NoReverseMatch) console.log(error.message); // "... Did you mean 'blog:post'?"
 * }
 * ```
 */
export class NoReverseMatch extends Error {
  override name = "NoReverseMatch";
}
