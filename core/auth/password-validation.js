/**
 * Django's password validators (`django.contrib.auth.password_validation`), with Django's
 * messages and error codes. `AUTH_PASSWORD_VALIDATORS` lists the ones an app uses; the
 * admin's password forms and `onefile createsuperuser` run them through `validatePassword`.
 */
import { ValidationError } from "../forms/errors.js";
import { escape, markSafe } from "../forms/safe.js";
/**
 * The password has at least `minLength` characters (default 8).
 *
 * @example
 * ```ts
 * new App({ AUTH_PASSWORD_VALIDATORS: [new MinimumLengthValidator({ minLength: 12 })] });
 * ```
 */
export class MinimumLengthValidator {
    minLength;
    constructor({ minLength = 8 } = {}) {
        this.minLength = minLength;
    }
    validate(password) {
        if ([...password].length >= this.minLength)
            return;
        const message = this.minLength === 1
            ? "This password is too short. It must contain at least %(min_length)d character."
            : "This password is too short. It must contain at least %(min_length)d characters.";
        throw new ValidationError(message, { code: "password_too_short", params: { min_length: this.minLength } });
    }
    helpText() {
        return `Your password must contain at least ${this.minLength} character${this.minLength === 1 ? "" : "s"}.`;
    }
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
export class UserAttributeSimilarityValidator {
    static DEFAULT_USER_ATTRIBUTES = ["username", "firstName", "lastName", "email"];
    userAttributes;
    maxSimilarity;
    constructor({ userAttributes = UserAttributeSimilarityValidator.DEFAULT_USER_ATTRIBUTES, maxSimilarity = 0.7, } = {}) {
        if (maxSimilarity < 0.1)
            throw new RangeError("maxSimilarity must be at least 0.1");
        this.userAttributes = userAttributes;
        this.maxSimilarity = maxSimilarity;
    }
    validate(password, user) {
        if (!user)
            return;
        const passwordLower = password.toLowerCase();
        for (const attribute of this.userAttributes) {
            const value = user[attribute];
            if (!value || typeof value !== "string")
                continue;
            const valueLower = value.toLowerCase();
            for (const part of [...valueLower.split(/[^\p{L}\p{N}_]+/u), valueLower]) {
                if (exceedsMaximumLengthRatio(passwordLower, this.maxSimilarity, part))
                    continue;
                if (quickRatio(passwordLower, part) >= this.maxSimilarity) {
                    throw new ValidationError("The password is too similar to the %(verbose_name)s.", {
                        code: "password_too_similar",
                        params: { verbose_name: verboseNameOf(user, attribute) },
                    });
                }
            }
        }
    }
    helpText() {
        return "Your password can’t be too similar to your other personal information.";
    }
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
export class CommonPasswordValidator {
    static DEFAULT_LIST_SIZE = 20_000;
    #passwords;
    #custom;
    constructor({ passwords } = {}) {
        this.#custom = passwords;
    }
    /** The lower-cased list this validator refuses. */
    passwords() {
        return (this.#passwords ??= this.#custom
            ? Promise.resolve(new Set([...this.#custom].map((p) => p.trim().toLowerCase())))
            : import("@zxcvbn-ts/language-common").then(({ dictionary }) => new Set(dictionary["passwords-common"].slice(0, CommonPasswordValidator.DEFAULT_LIST_SIZE))));
    }
    async validate(password) {
        if ((await this.passwords()).has(password.toLowerCase().trim())) {
            throw new ValidationError("This password is too common.", { code: "password_too_common" });
        }
    }
    helpText() {
        return "Your password can’t be a commonly used password.";
    }
}
/**
 * The password is not made of digits only.
 *
 * @example
 * ```ts
 * new NumericPasswordValidator().validate("20240101"); // throws "This password is entirely numeric."
 * ```
 */
export class NumericPasswordValidator {
    validate(password) {
        if (/^\p{Nd}+$/u.test(password)) {
            throw new ValidationError("This password is entirely numeric.", { code: "password_entirely_numeric" });
        }
    }
    helpText() {
        return "Your password can’t be entirely numeric.";
    }
}
/** The validators an app uses unless `AUTH_PASSWORD_VALIDATORS` says otherwise: the four Django's `startproject` lists. */
export function defaultPasswordValidators() {
    return [new UserAttributeSimilarityValidator(), new MinimumLengthValidator(), new CommonPasswordValidator(), new NumericPasswordValidator()];
}
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
export async function validatePassword(password, user, validators) {
    const errors = [];
    for (const validator of validators) {
        try {
            await validator.validate(password, user);
        }
        catch (error) {
            if (!(error instanceof ValidationError))
                throw error;
            errors.push(error);
        }
    }
    if (errors.length)
        throw new ValidationError(errors);
}
/** Each validator's rule, for the help text under a password field. */
export function passwordValidatorsHelpTexts(validators) {
    return validators.map((validator) => validator.helpText());
}
/** The rules as an HTML list (`<ul><li>…</li></ul>`), or "" when there are none. */
export function passwordValidatorsHelpTextHtml(validators) {
    const items = passwordValidatorsHelpTexts(validators).map((text) => `<li>${escape(text)}</li>`);
    return markSafe(items.length ? `<ul>${items.join("")}</ul>` : "");
}
/**
 * difflib's `SequenceMatcher(a, b).quick_ratio()`: twice the number of characters the two
 * strings share (as multisets), over their total length; 1 for two empty strings.
 */
export function quickRatio(a, b) {
    const counts = new Map();
    for (const ch of b)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let matches = 0;
    for (const ch of a) {
        const left = counts.get(ch) ?? 0;
        if (left > 0) {
            matches++;
            counts.set(ch, left - 1);
        }
    }
    const total = [...a].length + [...b].length;
    return total ? (2 * matches) / total : 1;
}
/**
 * Django's shortcut: a password ten times longer than the value cannot reach `maxSimilarity`,
 * so the comparison is skipped (it would also cost time on very long passwords).
 */
function exceedsMaximumLengthRatio(password, maxSimilarity, value) {
    const passwordLength = [...password].length;
    const valueLength = [...value].length;
    return passwordLength >= 10 * valueLength && valueLength < (maxSimilarity / 2) * passwordLength;
}
/**
 * The field's verbose name when `user` is a model instance that declares one (its model's
 * `_meta.findField(name).verboseName`), else the attribute name in words ("firstName" → "first name").
 */
function verboseNameOf(user, attribute) {
    const meta = user.constructor?._meta;
    const verboseName = meta?.findField?.(attribute)?.verboseName;
    if (typeof verboseName === "string" && verboseName)
        return verboseName;
    return attribute.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}
