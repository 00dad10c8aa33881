/**
 * Hiding secrets on the DEBUG pages. Django's SafeExceptionReporterFilter hides
 * settings whose names match `API|AUTH|TOKEN|KEY|SECRET|PASS|SIGNATURE`; the
 * same idea is applied here to settings, request parameters, cookies and
 * headers, because a DEBUG page is often pasted into a bug report.
 */
/** What a hidden value is shown as, Django's exact substitute. */
export declare const MASK = "********************";
/**
 * Tells whether a setting, parameter, cookie or header name looks secret.
 *
 * @example
 * isSensitiveName("SECRET_KEY");    // → true
 * isSensitiveName("password2");     // → true
 * isSensitiveName("Authorization"); // → true
 * isSensitiveName("page");          // → false
 */
export declare function isSensitiveName(name: string): boolean;
/**
 * Returns the pairs with the values of secret-looking names replaced by {@link MASK}.
 *
 * @example
 * maskPairs([["user", "ann"], ["password", "hunter2"]]);
 * // → [["user", "ann"], ["password", "********************"]]
 */
export declare function maskPairs(pairs: readonly (readonly [string, string])[]): [string, string][];
/**
 * Returns a copy of a settings value safe to display: values under
 * secret-looking keys become {@link MASK}, at any depth of plain objects, Maps
 * and arrays (Django's `cleanse_setting`). Other values are returned as they are.
 *
 * @example
 * cleanseSetting("DATABASE", { NAME: "db", PASSWORD: "pw" });
 * // → { NAME: "db", PASSWORD: "********************" }
 */
export declare function cleanseSetting(key: string, value: unknown, seen?: Set<unknown>): unknown;
