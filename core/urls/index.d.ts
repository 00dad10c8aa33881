/**
 * The URL layer: Django's `path()`, `rePath()`, `include()`, converters, resolve and reverse,
 * compiled into one matcher per app (see matcher.ts for why and how).
 */
export { path, rePath, include, isIncluded, type View, type URLPattern, type Included, type PatternOptions } from "./patterns.ts";
export { ConverterRegistry, registerConverter, DEFAULT_CONVERTERS, type Converter, type ConverterLookup } from "./converters.ts";
export { URLResolver, type ResolverMatch, type RouteInfo } from "./resolver.ts";
export { quote, type ReverseParams } from "./reverse.ts";
export { urlencode, quotePlus, type ReverseOptions, type QueryInput } from "./query.ts";
export { NoReverseMatch, Resolver404, ImproperlyConfigured } from "./errors.ts";
