/**
 * Hiding secrets on the DEBUG pages. Django's SafeExceptionReporterFilter hides
 * settings whose names match `API|AUTH|TOKEN|KEY|SECRET|PASS|SIGNATURE`; the
 * same idea is applied here to settings, request parameters, cookies and
 * headers, because a DEBUG page is often pasted into a bug report.
 */
/** What a hidden value is shown as, Django's exact substitute. */
export const MASK = "********************";
/**
 * Names whose values are hidden. Broader than Django's settings pattern: it also
 * covers CSRF tokens, session cookies and the Cookie/Authorization headers.
 */
const SENSITIVE = /api|auth|token|key|secret|pass|signature|csrf|xsrf|session|cookie|credential/i;
/**
 * Tells whether a setting, parameter, cookie or header name looks secret.
 *
 * @example
 * isSensitiveName("SECRET_KEY");    // → true
 * isSensitiveName("password2");     // → true
 * isSensitiveName("Authorization"); // → true
 * isSensitiveName("page");          // → false
 */
export function isSensitiveName(name) {
    return SENSITIVE.test(name);
}
/**
 * Returns the pairs with the values of secret-looking names replaced by {@link MASK}.
 *
 * @example
 * maskPairs([["user", "ann"], ["password", "hunter2"]]);
 * // → [["user", "ann"], ["password", "********************"]]
 */
export function maskPairs(pairs) {
    return pairs.map(([name, value]) => [name, isSensitiveName(name) ? MASK : value]);
}
/**
 * Returns a copy of a settings value safe to display: values under
 * secret-looking keys become {@link MASK}, at any depth of plain objects, Maps
 * and arrays (Django's `cleanse_setting`). Other values are returned as they are.
 *
 * @example
 * cleanseSetting("DATABASE", { NAME: "db", PASSWORD: "pw" });
 * // → { NAME: "db", PASSWORD: "********************" }
 */
export function cleanseSetting(key, value, seen = new Set()) {
    if (isSensitiveName(key))
        return MASK;
    if (value === null || typeof value !== "object" || seen.has(value))
        return value;
    seen.add(value);
    try {
        if (Array.isArray(value))
            return value.map((item) => cleanseSetting("", item, seen));
        if (value instanceof Map) {
            return new Map([...value].map(([k, v]) => [k, cleanseSetting(String(k), v, seen)]));
        }
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null)
            return value;
        const copy = {};
        for (const [k, v] of Object.entries(value))
            copy[k] = cleanseSetting(k, v, seen);
        return copy;
    }
    finally {
        seen.delete(value);
    }
}
