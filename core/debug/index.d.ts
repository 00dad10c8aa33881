/**
 * Error pages for the request pipeline: Django's technical 500 and 404 pages for
 * DEBUG, the plain pages for production and the CSRF failure page. Runtime
 * neutral: plain data in, an HTML string out.
 */
export { escapeHtml } from "./escape.ts";
export { parseStack, isFrameworkFrame, type StackFrame } from "./stack.ts";
export { isSensitiveName, maskPairs, cleanseSetting, MASK } from "./mask.ts";
export type { RequestSummary } from "./request.ts";
export { technical500Html, type Technical500Info } from "./technical-500.ts";
export { technical404Html, type Technical404Info } from "./technical-404.ts";
export { plainErrorHtml } from "./plain.ts";
export { csrfFailureHtml, REASON_NO_CSRF_COOKIE, REASON_NO_REFERER } from "./csrf.ts";
