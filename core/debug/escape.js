/**
 * HTML escaping for the error pages. Every value that reaches a page, from an
 * exception message to a cookie name, goes through here, because an error page
 * that renders attacker-controlled text unescaped is a cross-site scripting hole.
 */
export { escapeHtml } from "../util/escape-html.js";
