import type { PasswordHasher } from "./auth/pbkdf2.ts";
import { type PasswordValidator } from "./auth/password-validation.ts";
import type { Middleware } from "./middleware/types.ts";
import type { SessionEngine } from "./sessions/store.ts";
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
    /** Largest request body read into memory, in bytes. Default 2.5 MB. */
    DATA_UPLOAD_MAX_MEMORY_SIZE: number;
    /** Most fields a form body may have (400 beyond), or null for no limit. Default 1000. */
    DATA_UPLOAD_MAX_NUMBER_FIELDS: number | null;
    /** Most files a multipart body may carry (400 beyond), or null for no limit. Default 100. */
    DATA_UPLOAD_MAX_NUMBER_FILES: number | null;
    /** URL patterns, as an alternative to `app.urlpatterns = [...]`. */
    urlpatterns: unknown[];
    /** Value of X-Frame-Options, or false to send none (the default, so the sandbox can frame the site). */
    X_FRAME_OPTIONS: "DENY" | "SAMEORIGIN" | false;
    /** Value of Referrer-Policy. Default "same-origin". */
    SECURE_REFERRER_POLICY: string | false;
    /** Send X-Content-Type-Options: nosniff. Default true. */
    SECURE_CONTENT_TYPE_NOSNIFF: boolean;
    /** Name of the cookie holding the CSRF secret. Default "csrftoken". */
    CSRF_COOKIE_NAME: string;
    /** Lifetime of the CSRF cookie in seconds. Default 31449600 (a year). */
    CSRF_COOKIE_AGE: number;
    /** Send the CSRF cookie over https only. Default false. */
    CSRF_COOKIE_SECURE: boolean;
    /** Hide the CSRF cookie from JavaScript. Default false (scripts may read it for the header). */
    CSRF_COOKIE_HTTPONLY: boolean;
    /** SameSite of the CSRF cookie. Default "Lax". */
    CSRF_COOKIE_SAMESITE: "Lax" | "Strict" | "None" | false;
    /** Request header that may carry the CSRF token. Default "X-CSRFToken". */
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
}
/** What `new App(settings)` accepts: any subset of `Settings`. */
export type SettingsInput = Partial<Settings>;
/**
 * Validates `input` and fills in defaults.
 *
 * @throws ImproperlyConfigured naming the key, for an unknown key (with the closest known one),
 * a value of the wrong type, or a missing `ALLOWED_HOSTS` when DEBUG is false.
 */
export declare function resolveSettings(input: SettingsInput, defaultMiddleware: Middleware[]): Settings;
