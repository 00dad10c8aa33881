/**
 * Form input: `request.POST`/`request.FILES` (URLSearchParams-like objects
 * with `get` and `getAll`), a Web `FormData`, or a plain object. Widgets read
 * through one small interface so they never care which it was.
 *
 * @module
 */

/** Anything with URLSearchParams' `get`/`getAll` (QueryDict, MultiValueDict, FormData, URLSearchParams). */
export interface MultiValueSource {
  get(name: string): unknown;
  getAll(name: string): unknown[];
  has?(name: string): boolean;
}

/** What a form accepts as `data` or `files`. */
export type FormInput = MultiValueSource | Readonly<Record<string, unknown>>;

/** The uniform reader widgets use. */
export interface DataReader {
  /** The (first) value under `name`, or `undefined` when absent. */
  get(name: string): unknown;
  /** Every value under `name`; a plain object's array value is spread. */
  getAll(name: string): unknown[];
  has(name: string): boolean;
}

function isMultiValue(input: FormInput): input is MultiValueSource {
  return typeof (input as MultiValueSource).get === "function" && typeof (input as MultiValueSource).getAll === "function";
}

/**
 * Wraps form input in a {@link DataReader}.
 *
 * @example
 * ```ts
 * toReader(new URLSearchParams("a=1&a=2")).getAll("a"); // ["1", "2"]
 * toReader({ a: ["1", "2"] }).get("a");                 // "1"
 * ```
 */
export function toReader(input: FormInput | null | undefined): DataReader {
  if (input === null || input === undefined) {
    return { get: () => undefined, getAll: () => [], has: () => false };
  }
  if (isMultiValue(input)) {
    const has = (name: string): boolean =>
      typeof input.has === "function" ? input.has(name) : input.getAll(name).length > 0;
    return {
      get: (name) => (has(name) ? input.get(name) : undefined),
      getAll: (name) => [...input.getAll(name)],
      has,
    };
  }
  const own = (name: string): boolean => Object.prototype.hasOwnProperty.call(input, name);
  return {
    get: (name) => {
      if (!own(name)) return undefined;
      const value = input[name];
      return Array.isArray(value) ? value[0] : value;
    },
    getAll: (name) => {
      if (!own(name)) return [];
      const value = input[name];
      if (Array.isArray(value)) return [...value];
      return value === undefined || value === null ? [] : [value];
    },
    has: own,
  };
}

/** True for a Web `File`/`Blob` with a name (checked by shape, so any realm's File counts). */
export function isFile(value: unknown): value is File {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as File).name === "string" &&
    typeof (value as File).size === "number" &&
    typeof (value as File).arrayBuffer === "function"
  );
}
