import { type SafeString } from "../forms/safe.ts";
/** What a validator does: throw a `ValidationError` for a bad password, and say its rule. */
export interface PasswordValidator {
    /** Throws `ValidationError` when `password` breaks the rule; `user` is the account it is for, if known. */
    validate(password: string, user?: object | null): void | Promise<void>;
    /** The rule, as shown under a password field. */
    helpText(): string;
}
/**
 * The password has at least `minLength` characters (default 8).
 *
 * @example
 * ```ts
 * new App({ AUTH_PASSWORD_VALIDATORS: [new MinimumLengthValidator({ minLength: 12 })] });
 * ```
 */
export declare class MinimumLengthValidator implements PasswordValidator {
    readonly minLength: number;
    constructor({ minLength }?: {
        minLength?: number;
    });
    validate(password: string): void;
    helpText(): string;
}
/**
 * The password is not too similar to the user's own attributes (Django's algorithm: the
 * `quick_ratio` of difflib's SequenceMatcher against each attribute and each of its words).
 *
 * @example
 * ```ts
 * new UserAttributeSimilarityValidator({ userAttributes: ["username", "email"], maxSimilarity: 0.5 });
 * ```
 */
export declare class UserAttributeSimilarityValidator implements PasswordValidator {
    static readonly DEFAULT_USER_ATTRIBUTES: readonly ["username", "firstName", "lastName", "email"];
    readonly userAttributes: readonly string[];
    readonly maxSimilarity: number;
    constructor({ userAttributes, maxSimilarity, }?: {
        userAttributes?: readonly string[];
        maxSimilarity?: number;
    });
    validate(password: string, user?: object | null): void;
    helpText(): string;
}
/**
 * The password is not one of the most common passwords. The list is the 20,000 most frequent
 * passwords of the zxcvbn-ts project's common list (`@zxcvbn-ts/language-common`), the same size
 * as Django's list; pass `passwords` to use your own. It loads on first use, so apps that never
 * validate a password do not pay for it.
 *
 * @example
 * ```ts
 * new CommonPasswordValidator({ passwords: ["hunter2", "correcthorse"] });
 * ```
 */
export declare class CommonPasswordValidator implements PasswordValidator {
    #private;
    static readonly DEFAULT_LIST_SIZE = 20000;
    constructor({ passwords }?: {
        passwords?: Iterable<string>;
    });
    /** The lower-cased list this validator refuses. */
    passwords(): Promise<Set<string>>;
    validate(password: string): Promise<void>;
    helpText(): string;
}
/**
 * The password is not made of digits only.
 *
 * @example
 * ```ts
 * new NumericPasswordValidator().validate("20240101"); // throws "This password is entirely numeric."
 * ```
 */
export declare class NumericPasswordValidator implements PasswordValidator {
    validate(password: string): void;
    helpText(): string;
}
/** The validators an app uses unless `AUTH_PASSWORD_VALIDATORS` says otherwise: the four Django's `startproject` lists. */
export declare function defaultPasswordValidators(): PasswordValidator[];
/**
 * Runs every validator and throws one `ValidationError` holding all their errors, as Django's
 * `validate_password` (so a form shows every broken rule at once).
 *
 * @example
 * ```ts
 * try {
 *   await validatePassword(form.cleanedData.password1, user, app.settings.AUTH_PASSWORD_VALIDATORS);
 * } catch (error) {
 *   if (error instanceof ValidationError) form.addError("password2", error);
 * }
 * ```
 */
export declare function validatePassword(password: string, user: object | null | undefined, validators: readonly PasswordValidator[]): Promise<void>;
/** Each validator's rule, for the help text under a password field. */
export declare function passwordValidatorsHelpTexts(validators: readonly PasswordValidator[]): string[];
/** The rules as an HTML list (`<ul><li>…</li></ul>`), or "" when there are none. */
export declare function passwordValidatorsHelpTextHtml(validators: readonly PasswordValidator[]): SafeString;
/**
 * difflib's `SequenceMatcher(a, b).quick_ratio()`: twice the number of characters the two
 * strings share (as multisets), over their total length; 1 for two empty strings.
 */
export declare function quickRatio(a: string, b: string): number;
