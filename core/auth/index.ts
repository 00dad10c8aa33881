/**
 * onefile auth: Django's `django.contrib.auth` for a single file. Password hashing compatible
 * with Django's `pbkdf2_sha256$…` hashes, and Django's password validators.
 *
 * @example
 * ```ts
 * import { auth } from "onefile";
 * const encoded = await auth.makePassword("correct horse");
 * await auth.checkPassword("correct horse", encoded); // true
 * ```
 * @module
 */
export {
  makePassword,
  checkPassword,
  verifyPassword,
  isPasswordUsable,
  identifyHasher,
  DEFAULT_PASSWORD_HASHERS,
  UNUSABLE_PASSWORD_PREFIX,
} from "./hashers.ts";
export { PBKDF2PasswordHasher, PBKDF2SHA1PasswordHasher, PBKDF2_ITERATIONS, maskHash, type PasswordHasher } from "./pbkdf2.ts";
export {
  validatePassword,
  passwordValidatorsHelpTexts,
  passwordValidatorsHelpTextHtml,
  defaultPasswordValidators,
  MinimumLengthValidator,
  UserAttributeSimilarityValidator,
  CommonPasswordValidator,
  NumericPasswordValidator,
  type PasswordValidator,
} from "./password-validation.ts";
export { AnonymousUser, type AuthUser } from "./user-like.ts";
export { loginRequired, permissionRequired, userPassesTest, redirectToLogin, resolveUrl, type LoginRedirectOptions } from "./decorators.ts";
export { authenticate, login, logout, getUser, updateSessionAuthHash } from "./login.ts";
export { AuthenticationMiddleware } from "./middleware.ts";
export { loginView, logoutView, type LoginViewOptions, type LogoutViewOptions } from "./views.ts";
export { AuthenticationForm, authenticateForm, passwordChangeForm, setPasswordForm, userCreationForm, checkNewPassword, checkPasswordChange } from "./forms.ts";
export { UserManager, normalizeEmail } from "./user.ts";
export { createSuperuser, superuserUsernameProblem, superuserEmailProblem, superuserPasswordProblems, type SuperuserInput, type CreateSuperuserOptions } from "./create-superuser.ts";
export type { AppAuth, User, UserClass } from "./state.ts";
