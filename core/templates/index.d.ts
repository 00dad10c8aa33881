/**
 * Templates: the per-app nunjucks engine and its errors.
 *
 * @module
 */
export { TemplateEngine, type TemplateEngineOptions } from "./engine.ts";
export { TemplateDoesNotExist, TemplateSyntaxError, templateDebugOf, type TemplateDebugInfo } from "./errors.ts";
export type { LoadedTemplate, TemplateLoader } from "./loaders.ts";
export type { UrlFunction } from "./tags.ts";
