/**
 * Build-time helper (Node): the editor page's Content-Security-Policy. Its scripts, styles,
 * workers and fetches come from its own origin only; the only frames it shows are preview
 * origins; nothing may change its base URL or embed plugins. (Who may frame the editor is a
 * header's business: app/dist-server.ts adds `frame-ancestors`.)
 */

/**
 * The policy for a build whose preview origins follow `previewPattern` (empty: `*.localhost`).
 *
 * @example
 * editorPolicy("https://{id}.preview.example.com"); // "default-src 'self'; … frame-src https://*.preview.example.com; …"
 */
export function editorPolicy(previewPattern: string): string {
  const frames = previewPattern ? new URL(previewPattern.replace("{id}", "projectid")).origin.replace("projectid", "*") : "http://*.localhost:* https://*.localhost:*";
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Monaco sets styles from script (and its stylesheet imports a font as a data: URL).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self'",
    "connect-src 'self'",
    `frame-src ${frames}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}
