/**
 * Which origins are which: the editor's, each project's preview origin, and the pages allowed
 * to embed the sandbox. Deployments set them at build time (README, "Deploying the sandbox");
 * the defaults fit `npm start` on one machine.
 */

/** A project id as it appears in a host name: lowercase letters and digits. */
export const PROJECT_ID = /^[a-z0-9]{1,40}$/;

/**
 * The origin a project's preview is served from: `pattern` with `{id}` replaced, or by default
 * `<id>.localhost` on the editor's own scheme and port (Chromium resolves every `*.localhost`
 * to loopback and treats it as a secure context).
 *
 * @example
 * previewOrigin("k3x9q2ab", "", new URL("http://127.0.0.1:4173/"));                    // "http://k3x9q2ab.localhost:4173"
 * previewOrigin("k3x9q2ab", "https://{id}.preview.example.com", new URL("https://example.com/")); // "https://k3x9q2ab.preview.example.com"
 */
export function previewOrigin(id: string, pattern: string, editor: URL): string {
  if (!PROJECT_ID.test(id)) throw new Error(`Not a project id: ${JSON.stringify(id)}.`);
  const template = pattern || `${editor.protocol}//{id}.localhost${editor.port ? `:${editor.port}` : ""}`;
  return new URL(template.replace("{id}", id)).origin;
}

/**
 * True when a host page on `preview` may take orders from a parent page on `parent`: an origin
 * of `allowed` (space-separated), or by default a loopback editor on the same scheme and port.
 *
 * @example
 * isEditorOrigin("http://127.0.0.1:4173", new URL("http://ab12.localhost:4173/"), ""); // true
 * isEditorOrigin("https://evil.example", new URL("http://ab12.localhost:4173/"), ""); // false
 */
export function isEditorOrigin(parent: string, preview: URL, allowed: string): boolean {
  if (allowed.trim()) return allowed.split(/\s+/).includes(parent);
  let url: URL;
  try {
    url = new URL(parent);
  } catch {
    return false;
  }
  const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
  return loopback && url.protocol === preview.protocol && url.port === preview.port && url.origin === parent;
}

/**
 * True when an embedding page on `origin` may script the sandbox by postMessage: any page when
 * `allowed` is empty, else one of its space-separated origins.
 *
 * @example
 * isEmbedderAllowed("https://docs.example.com", "https://docs.example.com https://learn.example.com"); // true
 */
export function isEmbedderAllowed(origin: string, allowed: string): boolean {
  if (!allowed.trim()) return true;
  return allowed.split(/\s+/).includes(origin);
}
