/**
 * `onefile createsuperuser [file]`: Django's `createsuperuser`. Interactive, it asks for the
 * username (offering the login name), the email address and the password twice, with Django's
 * prompts and messages, and lets the person bypass the password validators; with `--noinput`
 * it takes `--username`, `--email` and the password from `ONEFILE_SUPERUSER_PASSWORD`. The
 * checks and the creation are core's (`auth.createSuperuser`), shared with the sandbox.
 */
import { userInfo } from "node:os";
import type { App } from "../core/app.ts";
import { createSuperuser as createSuperuserIn, superuserEmailProblem, superuserPasswordProblems, superuserUsernameProblem } from "../core/auth/create-superuser.ts";
import { authOf, type AppAuth } from "../core/auth/state.ts";
import { ValidationError } from "../core/forms/errors.ts";
import type { ParsedArgs } from "./args.ts";
import { consoleOutput, type Output } from "./commands.ts";
import { prepareDatabase } from "./db/startup.ts";
import { describeLoadError, formatForTerminal } from "./load-error.ts";
import { displayPath, loadApp, resolveAppFile } from "./load.ts";
import { createPrompter, PromptCancelled, type Prompter } from "./prompt.ts";

/** What the command reads besides its arguments: the environment and, when interactive, the person. */
export interface SuperuserIo extends Output {
  env: Record<string, string | undefined>;
  prompter: () => Prompter;
}

const processIo: SuperuserIo = { ...consoleOutput, env: process.env, prompter: () => createPrompter() };

/** A problem that ends the command with a message (Django's CommandError). */
class CommandError extends Error {}

/**
 * Runs the command; returns its exit code (0 created, 1 not).
 *
 * @example
 * ```ts
 * // ONEFILE_SUPERUSER_PASSWORD=… onefile createsuperuser polls.ts --username admin --email a@example.com --noinput
 * await createsuperuser({ file: "polls.ts", username: "admin", email: "a@example.com", interactive: false });
 * ```
 */
export async function createsuperuser(args: Pick<ParsedArgs, "file" | "username" | "email" | "interactive">, io: SuperuserIo = processIo): Promise<number> {
  let app: App;
  let file: string;
  try {
    file = resolveAppFile(args.file);
    app = await loadApp(file);
  } catch (error) {
    io.err(formatForTerminal(describeLoadError(error)));
    return 1;
  }
  const auth = authOf(app);
  if (!auth) {
    io.err(
      `onefile createsuperuser: ${displayPath(file)} does not use auth, so it has no users. ` +
        `Register a model with the admin (app.admin.register(Model) and path("admin/", app.admin.urls)) or use app.auth, then run this again.`,
    );
    return 1;
  }
  try {
    await prepareDatabase(app, file, "dev", io.out);
    const input = args.interactive ? await ask(auth, args, io) : fromEnvironment(args, io.env);
    if (!args.interactive) {
      const problem = (await superuserUsernameProblem(auth, input.username)) ?? superuserEmailProblem(auth, input.email);
      if (problem) throw new CommandError(problem);
    }
    // The password was checked (or knowingly bypassed) above; scripts skip the validators, as Django's --noinput does.
    await createSuperuserIn(auth, input, { validatePassword: false });
    io.out("Superuser created successfully.");
    return 0;
  } catch (error) {
    if (error instanceof PromptCancelled) {
      io.err("\nOperation cancelled.");
      return 1;
    }
    if (error instanceof CommandError) {
      io.err(`onefile createsuperuser: ${error.message}`);
      return 1;
    }
    if (error instanceof ValidationError) {
      io.err(`onefile createsuperuser: ${error.messages.join("; ")}`);
      return 1;
    }
    io.err(formatForTerminal(describeLoadError(error)));
    return 1;
  } finally {
    if (app.db.attached) await app.db.close();
  }
}

/** `--noinput`: the values from the options, else from ONEFILE_SUPERUSER_USERNAME / _EMAIL / _PASSWORD. */
function fromEnvironment(args: Pick<ParsedArgs, "username" | "email">, env: Record<string, string | undefined>) {
  const username = args.username ?? env.ONEFILE_SUPERUSER_USERNAME;
  if (username === undefined) throw new CommandError("You must use --username with --noinput.");
  const email = args.email ?? env.ONEFILE_SUPERUSER_EMAIL;
  if (!email) throw new CommandError("You must use --email with --noinput.");
  const password = env.ONEFILE_SUPERUSER_PASSWORD;
  // Django would make a user who cannot log in; onefile has no changepassword command to fix that later.
  if (!password) {
    throw new CommandError("Set the password in the ONEFILE_SUPERUSER_PASSWORD environment variable with --noinput (never on the command line, where other users of the machine can read it).");
  }
  return { username, email, password };
}

/** The interactive questions, asked again until each answer is usable. */
async function ask(auth: AppAuth, args: Pick<ParsedArgs, "username" | "email">, io: SuperuserIo) {
  let username: string | null = args.username ?? null;
  if (username === "") throw new CommandError("Username cannot be blank.");
  if (username !== null) {
    const problem = await superuserUsernameProblem(auth, username);
    if (problem) {
      io.err(`Error: ${problem}`);
      username = null;
    }
  }
  const prompter = io.prompter();
  try {
    const fallback = await defaultUsername(auth);
    while (username === null) {
      const answer = (await prompter.ask(`Username${fallback ? ` (leave blank to use '${fallback}')` : ""}: `)) || fallback;
      const problem = answer ? await superuserUsernameProblem(auth, answer) : "This field cannot be blank.";
      if (problem) io.err(`Error: ${problem}`);
      else username = answer;
    }
    let email: string | null = args.email ?? null;
    if (email !== null && superuserEmailProblem(auth, email)) {
      io.err(`Error: ${superuserEmailProblem(auth, email)}`);
      email = null;
    }
    while (email === null) {
      const answer = (await prompter.ask("Email address: ")).trim();
      const problem = superuserEmailProblem(auth, answer);
      if (problem) io.err(`Error: ${problem}`);
      else email = answer;
    }
    const password = await askPassword(auth, prompter, { username, email }, io);
    return { username, email, password };
  } finally {
    prompter.close();
  }
}

async function askPassword(auth: AppAuth, prompter: Prompter, user: { username: string; email: string }, io: SuperuserIo): Promise<string> {
  for (;;) {
    const password = await prompter.askHidden("Password: ");
    const again = await prompter.askHidden("Password (again): ");
    if (password !== again) {
      io.err("Error: Your passwords didn't match.");
      continue;
    }
    const problems = await superuserPasswordProblems(auth, password, user);
    if (problems.length === 0) return password;
    if (password.trim() === "") {
      io.err(`Error: ${problems[0]}`);
      continue;
    }
    io.err(problems.join("\n"));
    const bypass = await prompter.ask("Bypass password validation and create user anyway? [y/N]: ");
    if (bypass.toLowerCase() === "y") return password;
  }
}

/**
 * Django's `get_default_username`: the login name of whoever runs the command, in ASCII lower
 * case without spaces, when it is a valid username nobody has taken; else "".
 */
async function defaultUsername(auth: AppAuth): Promise<string> {
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    return "";
  }
  const ascii = name
    .normalize("NFKD")
    .replace(/[^\x00-\x7f]/g, "")
    .replace(/ /g, "")
    .toLowerCase();
  if (!ascii) return "";
  return (await superuserUsernameProblem(auth, ascii)) ? "" : ascii;
}
