/**
 * Errors of the URL layer: `reverse()` finds no pattern (`NoReverseMatch`), or `resolve()`
 * finds none (`Resolver404`, which the DEBUG 404 page recognises to list the patterns tried).
 *
 * `ImproperlyConfigured` is the framework-wide class from core/errors.ts, re-exported here so
 * a bad pattern raises the same class (and `instanceof` works) wherever it is caught.
 */
import { Http404 } from "../errors.js";
export { ImproperlyConfigured } from "../errors.js";
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
    name = "NoReverseMatch";
}
/**
 * No URL pattern matches a path: a 404 that carries the path, so the DEBUG 404 page lists the
 * patterns tried instead of a view's message (Django's `Resolver404`).
 *
 * @example
 * ```ts
 * throw new Resolver404("/nowhere/");
 * ```
 */
export class Resolver404 extends Http404 {
    pathInfo;
    name = "Resolver404";
    constructor(pathInfo) {
        super(`No URL pattern matches ${pathInfo}`);
        this.pathInfo = pathInfo;
    }
}
