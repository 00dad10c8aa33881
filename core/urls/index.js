/**
 * The URL layer: Django's `path()`, `rePath()`, `include()`, converters, resolve and reverse,
 * compiled into one matcher per app (see matcher.ts for why and how).
 */
export { path, rePath, include, isIncluded } from "./patterns.js";
export { ConverterRegistry, registerConverter, DEFAULT_CONVERTERS } from "./converters.js";
export { URLResolver } from "./resolver.js";
export { quote } from "./reverse.js";
export { urlencode, quotePlus } from "./query.js";
export { NoReverseMatch, Resolver404, ImproperlyConfigured } from "./errors.js";
