import { DEFAULT_PASSWORD_HASHERS } from "./auth/hashers.ts";
import type { PasswordHasher } from "./auth/pbkdf2.ts";
import { defaultPasswordValidators, type PasswordValidator } from "./auth/password-validation.ts";
import { ImproperlyConfigured } from "./errors.ts";
import type { Middleware } from "./middleware/types.ts";
import type { SessionEngine } from "./sessions/store.ts";
import { closest } from "./util/closest.ts";

/**
 * Every setting an App understands. Keys are Django's, in UPPER_CASE.
 * Unknown keys are rejected at construction, so a typo such as `DEBGU` is found at once.
 */
export interface Settings {
  /** Technical error pages and development defaults. Default false. */
  DEBUG: boolean;
  /** Signs sessions and CSRF tokens. Required when DEBUG is false and something signs. */
  SECRET_KEY: string;
  /** Host names this app answers (".example.com" for subdomains, "*" for any). */
  ALLOWED_HOSTS: string[];
  /** Redirect "/about" to "/about/" when only the latter matches. Default true. */
  APPEND_SLASH: boolean;
  /** Middleware factories, outermost first. Default `DEFAULT_MIDDLEWARE`. */
  MIDDLEWARE: Middleware[];
  /** Templates by name → nunjucks source. */
  TEMPLATES: Record<string, string>;
  /** Folders to load templates from (Node host only). */
  TEMPLATE_DIRS: string[];
  /** Static files by name → content, served under STATIC_URL. */
  STATIC: Record<string, string | Uint8Array>;
  /** URL prefix of static files. Default "/static/". */
  STATIC_URL: string;
  /** Mount prefix of the app, e.g. "/preview/abc" in the sandbox. Default "". */
  SCRIPT_NAME: string;
  /** Largest request body read into memory, in bytes, or null for no limit. Default 2.5 MB. */
  DATA_UPLOAD_MAX_MEMORY_SIZE: number | null;
  /** Most fields a form body may have (400 beyond), or null for no limit. Default 1000. */
  DATA_UPLOAD_MAX_NUMBER_FIELDS: number | null;
  /** Most files a multipart body may carry (400 beyond), or null for no limit. Default 100. */
  DATA_UPLOAD_MAX_NUMBER_FILES: number | null;
  /** URL patterns, as an alternative to `app.urlpatterns = [...]`. */
  urlpatterns: unknown[];
  /**
   * Value of X-Frame-Options. Default "DENY", as Django's: no other site can frame the pages
   * (clickjacking). false sends none; the sandbox sets it for its preview iframe.
   */
  X_FRAME_OPTIONS: "DENY" | "SAMEORIGIN" | false;
  /**
   * `[header, value]` a TLS-terminating proxy sets on https requests, e.g.
   * `["X-Forwarded-Proto", "https"]`: `request.isSecure()` then trusts it. Only set it behind a
   * proxy that always sets or strips that header. Default null.
   */
  SECURE_PROXY_SSL_HEADER: [header: string, value: string] | null;
  /** Take the host from `X-Forwarded-Host` (behind a proxy that sets it). Default false. */
  USE_X_FORWARDED_HOST: boolean;
  /** Take `request.getPort()` from `X-Forwarded-Port` (behind a proxy that sets it). Default false. */
  USE_X_FORWARDED_PORT: boolean;
  /** User agents refused with a 403 by CommonMiddleware (each tested with `RegExp.test`). Default []. */
  DISALLOWED_USER_AGENTS: RegExp[];
  /** Value of Referrer-Policy. Default "same-origin". */
  SECURE_REFERRER_POLICY: string | false;
  /** Send X-Content-Type-Options: nosniff. Default true. */
  SECURE_CONTENT_TYPE_NOSNIFF: boolean;
  /** Name of the cookie holding the CSRF secret. Default "csrftoken". */
  CSRF_COOKIE_NAME: string;
  /** Lifetime of the CSRF cookie in seconds, or null for a browser-session cookie. Default 31449600 (a year). */
  CSRF_COOKIE_AGE: number | null;
  /**
   * Domain of the CSRF cookie, e.g. ".example.com" to share it with subdomains (an https Referer
   * from any of them is then accepted too). Default null: this host only.
   */
  CSRF_COOKIE_DOMAIN: string | null;
  /** Path of the CSRF cookie. Default "/". */
  CSRF_COOKIE_PATH: string;
  /** Send the CSRF cookie over https only. Default false. */
  CSRF_COOKIE_SECURE: boolean;
  /** Hide the CSRF cookie from JavaScript. Default false (scripts may read it for the header). */
  CSRF_COOKIE_HTTPONLY: boolean;
  /** SameSite of the CSRF cookie. Default "Lax". */
  CSRF_COOKIE_SAMESITE: "Lax" | "Strict" | "None" | false;
  /** Request header that may carry the CSRF token. Default "X-CSRFToken" (Django's "HTTP_X_CSRFTOKEN" works too). */
  CSRF_HEADER_NAME: string;
  /** Origins trusted for unsafe requests besides the request's own, e.g. "https://*.example.com". */
  CSRF_TRUSTED_ORIGINS: string[];
  /** Name of the session cookie. Default "sessionid". */
  SESSION_COOKIE_NAME: string;
  /** Lifetime of a session in seconds. Default 1209600 (two weeks). */
  SESSION_COOKIE_AGE: number;
  /** Send the session cookie over https only. Default false. */
  SESSION_COOKIE_SECURE: boolean;
  /** Hide the session cookie from JavaScript. Default true. */
  SESSION_COOKIE_HTTPONLY: boolean;
  /** SameSite of the session cookie. Default "Lax". */
  SESSION_COOKIE_SAMESITE: "Lax" | "Strict" | "None" | false;
  /** Where sessions live: "signed_cookies" (default), "memory", or your own `SessionStore`. */
  SESSION_ENGINE: SessionEngine;
  /** Messages below this level are dropped. Default 20 (INFO), so `messages.debug` is off. */
  MESSAGE_LEVEL: number;
  /** Where `loginRequired` sends anonymous users: a URL or a URL name. Default "/accounts/login/". */
  LOGIN_URL: string;
  /** Where `LoginView` goes after a login without `next`: a URL or a URL name. Default "/accounts/profile/". */
  LOGIN_REDIRECT_URL: string;
  /** Where `LogoutView` goes after logging out (a URL or URL name), or null to show its page. Default null. */
  LOGOUT_REDIRECT_URL: string | null;
  /** Password hashers: the first makes new hashes, all of them verify. Default PBKDF2-SHA256 at Django's count. */
  PASSWORD_HASHERS: readonly PasswordHasher[];
  /** The rules new passwords must follow. Default Django's four: similarity, length 8, common, numeric. */
  AUTH_PASSWORD_VALIDATORS: readonly PasswordValidator[];
  /**
   * The database, as Django's: `{ default: { ENGINE: "sqlite", NAME: "db.sqlite3" } }` (the
   * default on Node, beside the project file) or `{ default: { ENGINE: "postgresql", NAME, USER,
   * PASSWORD, HOST, PORT, OPTIONS } }`. The `DATABASE_URL` environment variable, when set, wins.
   */
  DATABASES: Record<string, DatabaseSettings>;
  /**
   * The prefix of table names (`polls` in `polls_question`). Default: the host derives it from the
   * file name (`polls.ts` → `polls`); "app" when nothing does.
   */
  APP_LABEL: string;
}

/** One entry of `DATABASES`. */
export interface DatabaseSettings {
  /** "sqlite" or "postgresql" (Django's "django.db.backends.sqlite3" / ".postgresql" work too). */
  ENGINE: string;
  /** SQLite: the file (relative to the project file), or ":memory:". PostgreSQL: the database name. */
  NAME: string;
  USER?: string;
  PASSWORD?: string;
  HOST?: string;
  PORT?: number | string;
  /**
   * Driver options. PostgreSQL: `poolSize` [10], `connectTimeout` [10 s], `idleTimeout` [30 s],
   * `statementTimeout` [none] (seconds), `prepare` [true] (server-side prepared statements; false
   * behind a PgBouncer in transaction mode older than 1.21). SQLite: `busyTimeout` [5 s].
   */
  OPTIONS?: Record<string, number | string | boolean>;
}

/** What `new App(settings)` accepts: any subset of `Settings`. */
export type SettingsInput = Partial<Settings>;

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === "string";
const isBoolean: Check = (v) => typeof v === "boolean";
const isStringArray: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
const isCookieName: Check = (v) => isString(v) && /^[A-Za-z0-9_-]+$/.test(v as string);
const isSeconds: Check = (v) => typeof v === "number" && Number.isFinite(v) && v > 0;
const isCountOrNull: Check = (v) => v === null || (typeof v === "number" && Number.isInteger(v) && v >= 0);
const isSameSite: Check = (v) => v === false || v === "Lax" || v === "Strict" || v === "None";
const isUrlOrName: Check = (v) => isString(v) && (v as string) !== "";
const isListOf = (method: string): Check => (v) =>
  Array.isArray(v) && v.every((x) => typeof x === "object" && x !== null && typeof (x as Record<string, unknown>)[method] === "function");
const isStoreLike: Check = (v) =>
  typeof v === "object" && v !== null && ["load", "save", "delete"].every((m) => typeof (v as Record<string, unknown>)[m] === "function");
const isRecord = (values: Check): Check => (v) =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every(values);

/** The type each key must have, with the phrase used in the error message. */
const SCHEMA: Record<keyof Settings, [Check, string]> = {
  DEBUG: [isBoolean, "a boolean"],
  SECRET_KEY: [isString, "a string"],
  ALLOWED_HOSTS: [isStringArray, "an array of host names"],
  APPEND_SLASH: [isBoolean, "a boolean"],
  MIDDLEWARE: [(v) => Array.isArray(v) && v.every((m) => typeof m === "function"), "an array of middleware functions"],
  TEMPLATES: [isRecord(isString), "an object of template name → source string"],
  TEMPLATE_DIRS: [isStringArray, "an array of folder paths"],
  STATIC: [isRecord((v) => typeof v === "string" || v instanceof Uint8Array), "an object of file name → string or Uint8Array"],
  STATIC_URL: [(v) => isString(v) && (v as string).endsWith("/"), 'a string ending in "/"'],
  SCRIPT_NAME: [(v) => isString(v) && (v === "" || ((v as string).startsWith("/") && !(v as string).endsWith("/"))), 'a path starting with "/" and not ending in "/" (or "")'],
  DATA_UPLOAD_MAX_MEMORY_SIZE: [(v) => v === null || (typeof v === "number" && v >= 0), "a number of bytes, or null for no limit"],
  DATA_UPLOAD_MAX_NUMBER_FIELDS: [isCountOrNull, "a number of fields, or null for no limit"],
  DATA_UPLOAD_MAX_NUMBER_FILES: [isCountOrNull, "a number of files, or null for no limit"],
  urlpatterns: [Array.isArray, "an array of path() / rePath() patterns"],
  X_FRAME_OPTIONS: [(v) => v === false || v === "DENY" || v === "SAMEORIGIN", '"DENY", "SAMEORIGIN" or false'],
  SECURE_PROXY_SSL_HEADER: [
    (v) => v === null || (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "string" && x !== "")),
    'null or [header, value], e.g. ["X-Forwarded-Proto", "https"]',
  ],
  USE_X_FORWARDED_HOST: [isBoolean, "a boolean"],
  USE_X_FORWARDED_PORT: [isBoolean, "a boolean"],
  DISALLOWED_USER_AGENTS: [(v) => Array.isArray(v) && v.every((x) => x instanceof RegExp), "an array of regular expressions"],
  SECURE_REFERRER_POLICY: [(v) => v === false || isString(v), "a string or false"],
  SECURE_CONTENT_TYPE_NOSNIFF: [isBoolean, "a boolean"],
  CSRF_COOKIE_NAME: [isCookieName, "a cookie name (letters, digits, _ and -)"],
  CSRF_COOKIE_AGE: [(v) => v === null || isSeconds(v), "a number of seconds, or null"],
  CSRF_COOKIE_DOMAIN: [(v) => v === null || (isString(v) && v !== ""), "a domain such as \".example.com\", or null"],
  CSRF_COOKIE_PATH: [(v) => isString(v) && (v as string).startsWith("/"), 'a path starting with "/"'],
  CSRF_COOKIE_SECURE: [isBoolean, "a boolean"],
  CSRF_COOKIE_HTTPONLY: [isBoolean, "a boolean"],
  CSRF_COOKIE_SAMESITE: [isSameSite, '"Lax", "Strict", "None" or false'],
  CSRF_HEADER_NAME: [(v) => isString(v) && /^[A-Za-z0-9_-]+$/.test(v as string), 'a header name such as "X-CSRFToken" (or Django\'s "HTTP_X_CSRFTOKEN")'],
  CSRF_TRUSTED_ORIGINS: [
    (v) => isStringArray(v) && (v as string[]).every((o) => /^[a-z][a-z0-9+.-]*:\/\/[^/]+$/i.test(o)),
    'an array of origins with a scheme and no path, e.g. ["https://example.com", "https://*.example.com"]',
  ],
  SESSION_COOKIE_NAME: [isCookieName, "a cookie name (letters, digits, _ and -)"],
  SESSION_COOKIE_AGE: [isSeconds, "a number of seconds"],
  SESSION_COOKIE_SECURE: [isBoolean, "a boolean"],
  SESSION_COOKIE_HTTPONLY: [isBoolean, "a boolean"],
  SESSION_COOKIE_SAMESITE: [isSameSite, '"Lax", "Strict", "None" or false'],
  SESSION_ENGINE: [
    (v) => v === "signed_cookies" || v === "memory" || v === "db" || isStoreLike(v),
    '"signed_cookies", "memory", "db" or an object with load(), save() and delete() methods',
  ],
  MESSAGE_LEVEL: [(v) => typeof v === "number" && Number.isFinite(v), "a number such as 20 (INFO)"],
  LOGIN_URL: [isUrlOrName, 'a URL such as "/accounts/login/" or a URL name'],
  LOGIN_REDIRECT_URL: [isUrlOrName, 'a URL such as "/" or a URL name'],
  LOGOUT_REDIRECT_URL: [(v) => v === null || isUrlOrName(v), "a URL, a URL name or null"],
  PASSWORD_HASHERS: [(v) => isListOf("encode")(v) && (v as unknown[]).length > 0, "a non-empty array of password hashers, e.g. [new PBKDF2PasswordHasher()]"],
  AUTH_PASSWORD_VALIDATORS: [isListOf("validate"), "an array of password validators, e.g. [new MinimumLengthValidator({ minLength: 12 })]"],
  DATABASES: [
    isRecord((d) => typeof d === "object" && d !== null && isString((d as Record<string, unknown>).ENGINE) && isString((d as Record<string, unknown>).NAME)),
    'an object such as { default: { ENGINE: "sqlite", NAME: "db.sqlite3" } }',
  ],
  APP_LABEL: [(v) => isString(v) && (v === "" || /^[a-z_][a-z0-9_]*$/.test(v as string)), 'a lower-case name such as "polls" (letters, digits and _)'],
};

const DEV_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/**
 * Validates `input` and fills in defaults.
 *
 * @throws ImproperlyConfigured naming the key, for an unknown key (with the closest known one),
 * a value of the wrong type, or a missing `ALLOWED_HOSTS` when DEBUG is false.
 */
export function resolveSettings(input: SettingsInput, defaultMiddleware: Middleware[]): Settings {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new ImproperlyConfigured("App settings must be an object, e.g. new App({ DEBUG: true }).");
  }
  for (const key of Object.keys(input)) {
    if (!(key in SCHEMA)) {
      const hint = closest(key, Object.keys(SCHEMA));
      throw new ImproperlyConfigured(`Unknown setting ${key}.${hint ? ` Did you mean ${hint}?` : ""}`);
    }
    const value = (input as Record<string, unknown>)[key];
    const [check, expected] = SCHEMA[key as keyof Settings];
    if (value !== undefined && !check(value)) {
      throw new ImproperlyConfigured(`Setting ${key} must be ${expected}; got ${describe(value)}.`);
    }
  }
  const DEBUG = input.DEBUG ?? false;
  if (!DEBUG && input.ALLOWED_HOSTS === undefined) {
    throw new ImproperlyConfigured(
      'Setting ALLOWED_HOSTS is required when DEBUG is false, e.g. ALLOWED_HOSTS: ["example.com"].',
    );
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
    DATA_UPLOAD_MAX_MEMORY_SIZE: input.DATA_UPLOAD_MAX_MEMORY_SIZE === undefined ? 2_621_440 : input.DATA_UPLOAD_MAX_MEMORY_SIZE,
    DATA_UPLOAD_MAX_NUMBER_FIELDS: input.DATA_UPLOAD_MAX_NUMBER_FIELDS === undefined ? 1000 : input.DATA_UPLOAD_MAX_NUMBER_FIELDS,
    DATA_UPLOAD_MAX_NUMBER_FILES: input.DATA_UPLOAD_MAX_NUMBER_FILES === undefined ? 100 : input.DATA_UPLOAD_MAX_NUMBER_FILES,
    urlpatterns: input.urlpatterns ?? [],
    X_FRAME_OPTIONS: input.X_FRAME_OPTIONS ?? "DENY",
    SECURE_PROXY_SSL_HEADER: input.SECURE_PROXY_SSL_HEADER ?? null,
    USE_X_FORWARDED_HOST: input.USE_X_FORWARDED_HOST ?? false,
    USE_X_FORWARDED_PORT: input.USE_X_FORWARDED_PORT ?? false,
    DISALLOWED_USER_AGENTS: input.DISALLOWED_USER_AGENTS ?? [],
    SECURE_REFERRER_POLICY: input.SECURE_REFERRER_POLICY ?? "same-origin",
    SECURE_CONTENT_TYPE_NOSNIFF: input.SECURE_CONTENT_TYPE_NOSNIFF ?? true,
    CSRF_COOKIE_NAME: input.CSRF_COOKIE_NAME ?? "csrftoken",
    CSRF_COOKIE_AGE: input.CSRF_COOKIE_AGE === undefined ? 31_449_600 : input.CSRF_COOKIE_AGE,
    CSRF_COOKIE_DOMAIN: input.CSRF_COOKIE_DOMAIN ?? null,
    CSRF_COOKIE_PATH: input.CSRF_COOKIE_PATH ?? "/",
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
    DATABASES: input.DATABASES ?? { default: { ENGINE: "sqlite", NAME: "db.sqlite3" } },
    APP_LABEL: input.APP_LABEL ?? "",
  };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
