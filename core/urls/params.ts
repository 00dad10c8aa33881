/**
 * The parameters of a route, worked out by the type checker from the route's text, as Hono
 * infers `c.req.param()`: `path("posts/<int:id>/<slug:s>/", (request, { id, s }) => …)` gives
 * `id: number` and `s: string`. Types only: nothing here exists at run time.
 */

/**
 * The value type each converter gives a view. A converter registered with `registerConverter`
 * gives `any` unless its type is declared here by merging:
 *
 * @example
 * ```ts
 * declare module "onefile" {
 *   interface ConverterTypes { year: number }
 * }
 * app.registerConverter("year", { regex: "[0-9]{4}", toValue: Number, toUrl: String });
 * app.route("archive/<year:year>/", (request, { year }) => `${year + 1}`); // year: number
 * ```
 */
export interface ConverterTypes {
  int: number;
  str: string;
  slug: string;
  uuid: string;
  path: string;
}

type ConverterValue<C extends string> = C extends keyof ConverterTypes ? ConverterTypes[C] : any;

/** One `<converter:name>` (or `<name>`, a `str`) as an object type. */
type Parameter<S extends string> = S extends `${infer C}:${infer N}` ? { [K in N]: ConverterValue<C> } : { [K in S]: string };

/** Flattens an intersection for readable hover text and error messages. */
type Simplify<T> = { [K in keyof T]: T[K] } & {};

type PathParamsOf<R extends string> = R extends `${string}<${infer P}>${infer Rest}` ? Parameter<P> & PathParamsOf<Rest> : {};

/**
 * The params of a `path()` route. A route that is not a literal (a `string` variable) gives
 * `Record<string, any>`: nothing can be known about it.
 *
 * @example
 * ```ts
 * type P = RouteParams<"posts/<int:id>/<slug:s>/">; // { id: number; s: string }
 * ```
 */
export type RouteParams<R extends string> = string extends R ? Record<string, any> : Simplify<PathParamsOf<R>>;

/** Python's `(?P<name>` spelled as JavaScript's `(?<name>`, so groups are read in order. */
type JsGroups<R extends string> = R extends `${infer A}(?P<${infer B}` ? JsGroups<`${A}(?<${B}`> : R;

type RegexParamsOf<R extends string> = R extends `${string}(?<${infer N}>${infer Rest}`
    ? N extends `=${string}` | `!${string}` // a lookbehind, not a group
      ? RegexParamsOf<Rest>
      : { [K in N]: string } & RegexParamsOf<Rest>
    : {};

/**
 * The params of a `rePath()` regex: its named groups, as strings (`(?<name>…)` or Python's
 * `(?P<name>…)`).
 *
 * @example
 * ```ts
 * type P = RegexParams<"^articles/(?<year>[0-9]{4})/$">; // { year: string }
 * ```
 */
export type RegexParams<R extends string> = string extends R ? Record<string, any> : Simplify<RegexParamsOf<JsGroups<R>>>;

/**
 * The params a view gets from a route and `path()`'s `kwargs` option: the kwargs win over a
 * captured param of the same name, as in Django.
 */
export type WithKwargs<Captured, K> = {} extends K ? Captured : Simplify<Omit<Captured, keyof K> & K>;

/** The names whose route type a view's declared param type cannot take. */
type Misfits<Route, Declared> = { [K in keyof Route & keyof Declared]: [Route[K]] extends [Declared[K]] ? never : K }[keyof Route & keyof Declared];

/**
 * `unknown` when a view that declares `Declared` params can take the `Route` params (it may
 * declare more: an `include()` prefix passes its params too), else an object type whose one key
 * names the misfits, so the compiler's error says which param is wrong.
 */
export type ParamsFit<Route, Declared> = [Misfits<Route, Declared>] extends [never]
  ? unknown
  : { "the view's params do not match the route's converters": Misfits<Route, Declared> };
