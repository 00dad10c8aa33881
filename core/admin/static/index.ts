/**
 * The admin's static files, served by the admin's own URL patterns (`admin/static/<name>`) so
 * the admin looks the same on every host without configuring STATIC. URLs carry a hash of the
 * content, so browsers may keep the files for a year and still get a new version at once.
 */
import { adminJs } from "./admin-js.ts";
import { baseCss } from "./base-css.ts";
import { changelistCss } from "./changelist-css.ts";
import { formsCss } from "./forms-css.ts";

/** One static file: its text, its content type, and a short hash of the text for its URL. */
export interface AdminStaticFile {
  readonly body: string;
  readonly contentType: string;
  readonly version: string;
}

function file(body: string, contentType: string): AdminStaticFile {
  return { body, contentType, version: fnv1a(body) };
}

/** The files by name. */
export const ADMIN_STATIC: Readonly<Record<string, AdminStaticFile>> = Object.freeze({
  "admin.css": file(baseCss + changelistCss + formsCss, "text/css; charset=utf-8"),
  "admin.js": file(adminJs, "text/javascript; charset=utf-8"),
});

/** A 32-bit FNV-1a hash in base 36: enough to tell versions of a file apart in its URL. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
