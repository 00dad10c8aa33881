/**
 * Templates: the per-app nunjucks engine and its errors.
 *
 * @module
 */
export { TemplateEngine } from "./engine.js";
export { TemplateDoesNotExist, TemplateSyntaxError, templateDebugOf } from "./errors.js";
