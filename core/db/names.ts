/**
 * How names in code become names in the database: camelCase fields become snake_case columns
 * (`questionText` → `question_text`), so a onefile database reads like a Django one.
 *
 * @module
 */

/**
 * `questionText` → `question_text`, `pubDate` → `pub_date`, `URLPath` → `url_path`.
 *
 * @example
 * ```ts
 * snakeCase("questionText"); // "question_text"
 * ```
 */
export function snakeCase(name: string): string {
  return name
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

/**
 * An app label from a file name, as the Node host derives it: `polls.ts` → `polls`,
 * `my-blog.ts` → `my_blog`.
 *
 * @example
 * ```ts
 * labelFromFileName("/srv/my-blog.ts"); // "my_blog"
 * ```
 */
export function labelFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const label = snakeCase(base).replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  return /^[a-z_]/.test(label) ? label : `app_${label}`;
}

/** True for a name usable as an app label: lower-case letters, digits and underscores, not starting with a digit. */
export function isAppLabel(name: string): boolean {
  return /^[a-z_][a-z0-9_]*$/.test(name);
}
