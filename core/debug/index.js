/**
 * Error pages for the request pipeline: Django's technical 500 and 404 pages for
 * DEBUG, the plain pages for production and the CSRF failure page. Runtime
 * neutral: plain data in, an HTML string out.
 */
export { escapeHtml } from "./escape.js";
export { parseStack, isFrameworkFrame } from "./stack.js";
export { isSensitiveName, maskPairs, cleanseSetting, MASK } from "./mask.js";
export { technical500Html } from "./technical-500.js";
export { technical404Html } from "./technical-404.js";
export { plainErrorHtml } from "./plain.js";
export { csrfFailureHtml, REASON_NO_CSRF_COOKIE, REASON_NO_REFERER } from "./csrf.js";
