/**
 * Creating a superuser, as Django's `createsuperuser` command checks it: the username is
 * required, valid and not taken; the email address is valid (it may be blank); the password is
 * not blank and passes the app's `AUTH_PASSWORD_VALIDATORS` unless the caller chose to bypass
 * them. One implementation for every front end: `onefile createsuperuser` asks field by field
 * with the per-field checks, a form calls `createSuperuser` and shows its errors by field.
 */
import { ValidationError } from "../forms/errors.ts";
import { validatePassword } from "./password-validation.ts";
import type { AppAuth, User } from "./state.ts";

/** What a new superuser is made of. `password: null` gives an unusable password (Django's `--noinput` without one). */
export interface SuperuserInput {
  username: string;
  email?: string;
  password: string | null;
}

/** Options of `createSuperuser`. */
export interface CreateSuperuserOptions {
  /** Run the password validators (default true). Django's prompt lets a person bypass them; scripts skip them. */
  validatePassword?: boolean;
}

/**
 * Django's messages for a username that cannot be used, or null when it can: blank, taken
 * ("That username is already taken."), or invalid (too long, characters outside @/./+/-/_).
 *
 * @example
 * ```ts
 * await superuserUsernameProblem(app.auth, "admin"); // "That username is already taken." once it exists
 * ```
 */
export async function superuserUsernameProblem(auth: AppAuth, username: string): Promise<string | null> {
  if (!username) return "Username cannot be blank.";
  const field = auth.User._meta.getField("username");
  try {
    field.clean(username as never);
  } catch (error) {
    if (error instanceof ValidationError) return error.messages.join("; ");
    throw error;
  }
  const taken = await auth.User.objects.filter({ username: username.normalize("NFKC") } as never).exists();
  return taken ? "That username is already taken." : null;
}

/**
 * Django's message for an email address the User's field refuses ("Enter a valid email
 * address."), or null. Blank is allowed, as in Django.
 */
export function superuserEmailProblem(auth: AppAuth, email: string): string | null {
  if (email === "") return null;
  try {
    auth.User._meta.getField("email").clean(email as never);
    return null;
  } catch (error) {
    if (error instanceof ValidationError) return error.messages.join("; ");
    throw error;
  }
}

/**
 * What the app's password validators say about `password` for a user with these attributes
 * (every broken rule, in Django's words); an empty list when it passes. A blank password is
 * refused before the validators run, as Django's command does.
 */
export async function superuserPasswordProblems(auth: AppAuth, password: string, user: { username: string; email?: string }): Promise<string[]> {
  if (password.trim() === "") return ["Blank passwords aren't allowed."];
  const candidate = new auth.User({ username: user.username, email: user.email ?? "" } as never);
  try {
    await validatePassword(password, candidate, auth.host.settings.AUTH_PASSWORD_VALIDATORS);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.messages;
    throw error;
  }
}

/**
 * Creates a superuser (`isStaff` and `isSuperuser` set) after Django's checks. Throws one
 * `ValidationError` whose `errorDict` holds every problem by field (`username`, `email`,
 * `password`), so a form can show them beside their fields; nothing is saved then.
 *
 * @example
 * ```ts
 * try {
 *   const user = await createSuperuser(app.auth, { username: "admin", email: "admin@example.com", password: "correct horse battery" });
 * } catch (error) {
 *   if (error instanceof ValidationError) console.log(error.errorDict); // { username: [...], password: [...] }
 * }
 * ```
 */
export async function createSuperuser(auth: AppAuth, input: SuperuserInput, options: CreateSuperuserOptions = {}): Promise<User> {
  const email = input.email ?? "";
  const errors: Record<string, ValidationError[]> = {};
  const usernameProblem = await superuserUsernameProblem(auth, input.username);
  if (usernameProblem) errors.username = [new ValidationError(usernameProblem, { code: "invalid" })];
  const emailProblem = superuserEmailProblem(auth, email);
  if (emailProblem) errors.email = [new ValidationError(emailProblem, { code: "invalid" })];
  if (input.password !== null && (options.validatePassword ?? true)) {
    const problems = await superuserPasswordProblems(auth, input.password, { username: input.username, email });
    if (problems.length) errors.password = problems.map((message) => new ValidationError(message, { code: "password_invalid" }));
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return auth.User.objects.createSuperuser(input.username, email, input.password);
}
