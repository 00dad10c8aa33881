import { DEFAULT_PASSWORD_HASHERS } from "./auth/hashers.js";
import { defaultPasswordValidators } from "./auth/password-validation.js";
import { ImproperlyConfigured } from "./errors.js";
import { closest } from "./util/closest.js";
const isString = (v) => typeof v === "string";
const isBoolean = (v) => typeof v === "boolean";
const isStringArray = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
const isCookieName = (v) => isString(v) && /^[A-Za-z0-9_-]+$/.test(v);
const isSeconds = (v) => typeof v === "number" && Number.isFinite(v) && v > 0;
const isCountOrNull = (v) => v === null || (typeof v === "number" && Number.isInteger(v) && v >= 0);
const isSameSite = (v) => v === false || v === "Lax" || v === "Strict" || v === "None";
const isUrlOrName = (v) => isString(v) && v !== "";
const isListOf = (method) => (v) => Array.isArray(v) && v.every((x) => typeof x === "object" && x !== null && typeof x[method] === "function");
const isStoreLike = (v) => typeof v === "object" && v !== null && ["load", "save", "delete"].every((m) => typeof v[m] === "function");
const isRecord = (values) => (v) => typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every(values);
/** The type each key must have, with the phrase used in the error message. */
const SCHEMA = {
    DEBUG: [isBoolean, "a boolean"],
    SECRET_KEY: [isString, "a string"],
    ALLOWED_HOSTS: [isStringArray, "an array of host names"],
    APPEND_SLASH: [isBoolean, "a boolean"],
    MIDDLEWARE: [(v) => Array.isArray(v) && v.every((m) => typeof m === "function"), "an array of middleware functions"],
    TEMPLATES: [isRecord(isString), "an object of template name → source string"],
    TEMPLATE_DIRS: [isStringArray, "an array of folder paths"],
    STATIC: [isRecord((v) => typeof v === "string" || v instanceof Uint8Array), "an object of file name → string or Uint8Array"],
    STATIC_URL: [(v) => isString(v) && v.endsWith("/"), 'a string ending in "/"'],
    SCRIPT_NAME: [(v) => isString(v) && (v === "" || (v.startsWith("/") && !v.endsWith("/"))), 'a path starting with "/" and not ending in "/" (or "")'],
    DATA_UPLOAD_MAX_MEMORY_SIZE: [(v) => typeof v === "number" && v >= 0, "a number of bytes"],
    DATA_UPLOAD_MAX_NUMBER_FIELDS: [isCountOrNull, "a number of fields, or null for no limit"],
    DATA_UPLOAD_MAX_NUMBER_FILES: [isCountOrNull, "a number of files, or null for no limit"],
    urlpatterns: [Array.isArray, "an array of path() / rePath() patterns"],
    X_FRAME_OPTIONS: [(v) => v === false || v === "DENY" || v === "SAMEORIGIN", '"DENY", "SAMEORIGIN" or false'],
    SECURE_REFERRER_POLICY: [(v) => v === false || isString(v), "a string or false"],
    SECURE_CONTENT_TYPE_NOSNIFF: [isBoolean, "a boolean"],
    CSRF_COOKIE_NAME: [isCookieName, "a cookie name (letters, digits, _ and -)"],
    CSRF_COOKIE_AGE: [isSeconds, "a number of seconds"],
    CSRF_COOKIE_SECURE: [isBoolean, "a boolean"],
    CSRF_COOKIE_HTTPONLY: [isBoolean, "a boolean"],
    CSRF_COOKIE_SAMESITE: [isSameSite, '"Lax", "Strict", "None" or false'],
    CSRF_HEADER_NAME: [(v) => isString(v) && /^[A-Za-z0-9-]+$/.test(v), 'a header name such as "X-CSRFToken"'],
    CSRF_TRUSTED_ORIGINS: [
        (v) => isStringArray(v) && v.every((o) => /^[a-z][a-z0-9+.-]*:\/\/[^/]+$/i.test(o)),
        'an array of origins with a scheme and no path, e.g. ["https://example.com", "https://*.example.com"]',
    ],
    SESSION_COOKIE_NAME: [isCookieName, "a cookie name (letters, digits, _ and -)"],
    SESSION_COOKIE_AGE: [isSeconds, "a number of seconds"],
    SESSION_COOKIE_SECURE: [isBoolean, "a boolean"],
    SESSION_COOKIE_HTTPONLY: [isBoolean, "a boolean"],
    SESSION_COOKIE_SAMESITE: [isSameSite, '"Lax", "Strict", "None" or false'],
    SESSION_ENGINE: [
        (v) => v === "signed_cookies" || v === "memory" || isStoreLike(v),
        '"signed_cookies", "memory" or an object with load(), save() and delete() methods',
    ],
    MESSAGE_LEVEL: [(v) => typeof v === "number" && Number.isFinite(v), "a number such as 20 (INFO)"],
    LOGIN_URL: [isUrlOrName, 'a URL such as "/accounts/login/" or a URL name'],
    LOGIN_REDIRECT_URL: [isUrlOrName, 'a URL such as "/" or a URL name'],
    LOGOUT_REDIRECT_URL: [(v) => v === null || isUrlOrName(v), "a URL, a URL name or null"],
    PASSWORD_HASHERS: [(v) => isListOf("encode")(v) && v.length > 0, "a non-empty array of password hashers, e.g. [new PBKDF2PasswordHasher()]"],
    AUTH_PASSWORD_VALIDATORS: [isListOf("validate"), "an array of password validators, e.g. [new MinimumLengthValidator({ minLength: 12 })]"],
};
const DEV_HOSTS = ["localhost", "127.0.0.1", "[::1]"];
/**
 * Validates `input` and fills in defaults.
 *
 * @throws ImproperlyConfigured naming the key, for an unknown key (with the closest known one),
 * a value of the wrong type, or a missing `ALLOWED_HOSTS` when DEBUG is false.
 */
export function resolveSettings(input, defaultMiddleware) {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
        throw new ImproperlyConfigured("App settings must be an object, e.g. new App({ DEBUG: true }).");
    }
    for (const key of Object.keys(input)) {
        if (!(key in SCHEMA)) {
            const hint = closest(key, Object.keys(SCHEMA));
            throw new ImproperlyConfigured(`Unknown setting ${key}.${hint ? ` Did you mean ${hint}?` : ""}`);
        }
        const value = input[key];
        const [check, expected] = SCHEMA[key];
        if (value !== undefined && !check(value)) {
            throw new ImproperlyConfigured(`Setting ${key} must be ${expected}; got ${describe(value)}.`);
        }
    }
    const DEBUG = input.DEBUG ?? false;
    if (!DEBUG && input.ALLOWED_HOSTS === undefined) {
        throw new ImproperlyConfigured('Setting ALLOWED_HOSTS is required when DEBUG is false, e.g. ALLOWED_HOSTS: ["example.com"].');
    }
    return {
        DEBUG,
        SECRET_KEY: input.SECRET_KEY ?? "",
        ALLOWED_HOSTS: input.ALLOWED_HOSTS ?? DEV_HOSTS,
        APPEND_SLASH: input.APPEND_SLASH ?? true,
        MIDDLEWARE: input.MIDDLEWARE ?? defaultMiddleware,
        TEMPLATES: input.TEMPLATES ?? {},
        TEMPLATE_DIRS: input.TEMPLATE_DIRS ?? [],
        STATIC: input.STATIC ?? {},
        STATIC_URL: input.STATIC_URL ?? "/static/",
        SCRIPT_NAME: input.SCRIPT_NAME ?? "",
        DATA_UPLOAD_MAX_MEMORY_SIZE: input.DATA_UPLOAD_MAX_MEMORY_SIZE ?? 2_621_440,
        DATA_UPLOAD_MAX_NUMBER_FIELDS: input.DATA_UPLOAD_MAX_NUMBER_FIELDS === undefined ? 1000 : input.DATA_UPLOAD_MAX_NUMBER_FIELDS,
        DATA_UPLOAD_MAX_NUMBER_FILES: input.DATA_UPLOAD_MAX_NUMBER_FILES === undefined ? 100 : input.DATA_UPLOAD_MAX_NUMBER_FILES,
        urlpatterns: input.urlpatterns ?? [],
        X_FRAME_OPTIONS: input.X_FRAME_OPTIONS ?? false,
        SECURE_REFERRER_POLICY: input.SECURE_REFERRER_POLICY ?? "same-origin",
        SECURE_CONTENT_TYPE_NOSNIFF: input.SECURE_CONTENT_TYPE_NOSNIFF ?? true,
        CSRF_COOKIE_NAME: input.CSRF_COOKIE_NAME ?? "csrftoken",
        CSRF_COOKIE_AGE: input.CSRF_COOKIE_AGE ?? 31_449_600,
        CSRF_COOKIE_SECURE: input.CSRF_COOKIE_SECURE ?? false,
        CSRF_COOKIE_HTTPONLY: input.CSRF_COOKIE_HTTPONLY ?? false,
        CSRF_COOKIE_SAMESITE: input.CSRF_COOKIE_SAMESITE ?? "Lax",
        CSRF_HEADER_NAME: input.CSRF_HEADER_NAME ?? "X-CSRFToken",
        CSRF_TRUSTED_ORIGINS: input.CSRF_TRUSTED_ORIGINS ?? [],
        SESSION_COOKIE_NAME: input.SESSION_COOKIE_NAME ?? "sessionid",
        SESSION_COOKIE_AGE: input.SESSION_COOKIE_AGE ?? 1_209_600,
        SESSION_COOKIE_SECURE: input.SESSION_COOKIE_SECURE ?? false,
        SESSION_COOKIE_HTTPONLY: input.SESSION_COOKIE_HTTPONLY ?? true,
        SESSION_COOKIE_SAMESITE: input.SESSION_COOKIE_SAMESITE ?? "Lax",
        SESSION_ENGINE: input.SESSION_ENGINE ?? "signed_cookies",
        MESSAGE_LEVEL: input.MESSAGE_LEVEL ?? 20,
        LOGIN_URL: input.LOGIN_URL ?? "/accounts/login/",
        LOGIN_REDIRECT_URL: input.LOGIN_REDIRECT_URL ?? "/accounts/profile/",
        LOGOUT_REDIRECT_URL: input.LOGOUT_REDIRECT_URL ?? null,
        PASSWORD_HASHERS: input.PASSWORD_HASHERS ?? DEFAULT_PASSWORD_HASHERS,
        AUTH_PASSWORD_VALIDATORS: input.AUTH_PASSWORD_VALIDATORS ?? defaultPasswordValidators(),
    };
}
function describe(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    if (typeof value === "string")
        return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
    return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
