/**
 * Adds header names to a response's `Vary`, keeping those already there (Django's
 * `patch_vary_headers`). A page built from a cookie must say so, or a shared cache would hand
 * one visitor's page to another.
 *
 * @example
 * ```ts
 * patchVaryHeaders(response.headers, ["Cookie"]); // Vary: Cookie
 * ```
 */
export function patchVaryHeaders(headers, names) {
    const vary = headers.get("vary");
    if (!vary) {
        headers.set("Vary", names.join(", "));
        return;
    }
    const present = vary.split(",").map((v) => v.trim().toLowerCase());
    if (present.includes("*"))
        return;
    const missing = names.filter((name) => !present.includes(name.toLowerCase()));
    if (missing.length > 0)
        headers.set("Vary", `${vary}, ${missing.join(", ")}`);
}
