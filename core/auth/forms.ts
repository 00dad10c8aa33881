/**
 * Django's auth forms with Django's messages: logging in, changing one's own password, setting
 * another user's password, and creating a user. Fields validate as any form does; the checks
 * that need the database or the hasher (is the password right? is the new one good enough?)
 * are async functions run after `isValid()`, which add their errors to the form.
 */
import { ValidationError } from "../forms/errors.ts";
import * as forms from "../forms/index.ts";
import { markSafe } from "../forms/safe.ts";
import type { HttpRequest } from "../http/request.ts";
import { authenticate } from "./login.ts";
import { passwordValidatorsHelpTextHtml, validatePassword, type PasswordValidator } from "./password-validation.ts";
import type { User } from "./state.ts";

const password = (label: string, autocomplete: string, helpText = "") =>
  forms.CharField({ label, helpText, widget: new forms.PasswordInput({ autocomplete }) });

/** The login form's fields: username and password. */
export const AuthenticationForm = forms.Form({
  username: forms.CharField({ label: "Username", maxLength: 150, widget: new forms.TextInput({ autofocus: true, autocapitalize: "none", autocomplete: "username" }) }),
  password: password("Password", "current-password"),
});

/**
 * Checks a valid login form's credentials. Returns the user, or null after adding Django's
 * error ("Please enter a correct username and password…"; for the admin, "…for a staff account…").
 *
 * @example
 * ```ts
 * const form = new AuthenticationForm(request.POST);
 * const user = form.isValid() ? await authenticateForm(request, form) : null;
 * if (user) { await login(request, user); return redirect(next); }
 * ```
 */
export async function authenticateForm(request: HttpRequest, form: InstanceType<typeof AuthenticationForm>, options: { requireStaff?: boolean } = {}): Promise<User | null> {
  const { username, password: raw } = form.cleanedData as { username: string; password: string };
  const user = await authenticate(request, { username, password: raw });
  if (user && (!options.requireStaff || user.isStaff)) return user;
  const message = options.requireStaff
    ? "Please enter the correct %(username)s and password for a staff account. Note that both fields may be case-sensitive."
    : "Please enter a correct %(username)s and password. Note that both fields may be case-sensitive.";
  form.addError(null, new ValidationError(message, { code: "invalid_login", params: { username: "username" } }));
  return null;
}

/** The help under a new password: every validator's rule, as a list. */
function rulesHtml(validators: readonly PasswordValidator[]): string {
  return markSafe(String(passwordValidatorsHelpTextHtml(validators))) as unknown as string;
}
const CONFIRM_HELP = "Enter the same password as before, for verification.";

/** "Password change": the old password, then the new one twice. */
export function passwordChangeForm(validators: readonly PasswordValidator[]) {
  return forms.Form({
    oldPassword: password("Old password", "current-password"),
    newPassword1: password("New password", "new-password", rulesHtml(validators)),
    newPassword2: password("New password confirmation", "new-password", CONFIRM_HELP),
  });
}

/** "Change password" of another user (the admin's): the new password twice, no old one. */
export function setPasswordForm(validators: readonly PasswordValidator[]) {
  return forms.Form({
    password1: password("Password", "new-password", rulesHtml(validators)),
    password2: password("Password (again)", "new-password", CONFIRM_HELP),
  });
}

/** The admin's "Add user" form: a username and the password twice. */
export function userCreationForm(validators: readonly PasswordValidator[]) {
  return forms.Form({
    username: forms.CharField({
      label: "Username",
      maxLength: 150,
      helpText: "Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.",
      widget: new forms.TextInput({ autofocus: true, autocapitalize: "none", autocomplete: "username" }),
    }),
    password1: password("Password", "new-password", rulesHtml(validators)),
    password2: password("Password confirmation", "new-password", CONFIRM_HELP),
  });
}

type PasswordForm = { cleanedData: Record<string, unknown>; addError(field: string | null, error: string | ValidationError): void };

/**
 * Checks a new password typed twice (fields `first` and `second`): both the same, and good
 * enough for every validator. Errors go on `second`, as Django puts them. Returns the password,
 * or null when there were errors.
 */
export async function checkNewPassword(form: PasswordForm, user: object | null, validators: readonly PasswordValidator[], first = "password1", second = "password2"): Promise<string | null> {
  const one = form.cleanedData[first] as string | undefined;
  const two = form.cleanedData[second] as string | undefined;
  if (one === undefined || two === undefined) return null;
  if (one !== two) {
    form.addError(second, new ValidationError("The two password fields didn’t match.", { code: "password_mismatch" }));
    return null;
  }
  try {
    await validatePassword(two, user, validators);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    form.addError(second, error);
    return null;
  }
  return two;
}

/**
 * Checks a valid password-change form: the old password right, the new ones equal and good
 * enough. Returns the new password, or null after adding Django's errors.
 */
export async function checkPasswordChange(form: PasswordForm, user: User, validators: readonly PasswordValidator[]): Promise<string | null> {
  const old = form.cleanedData.oldPassword as string | undefined;
  if (old === undefined) return null;
  if (!(await user.checkPassword(old))) {
    form.addError("oldPassword", new ValidationError("Your old password was entered incorrectly. Please enter it again.", { code: "password_incorrect" }));
    return null;
  }
  return checkNewPassword(form, user, validators, "newPassword1", "newPassword2");
}
