/**
 * The `--help` texts. Kept apart from the parser so the words can be read (and edited) in one place.
 */

/** The commands `onefile` understands. */
export type CommandName = "runserver" | "serve" | "new" | "check" | "routes" | "test" | "makemigrations" | "migrate" | "createsuperuser" | "dbshell";

/**
 * Help per command, plus the overview printed by `onefile --help`.
 *
 * @example
 * ```ts
 * console.log(HELP.runserver);
 * ```
 */
export const HELP: Record<CommandName | "overview", string> = {
  overview: `onefile — a Django-style web framework in one TypeScript file.

Usage: onefile <command> [file] [options]

Commands:
  runserver [file] [addr:port]   Development server: DEBUG pages, reload on save, request log.
  serve [file] [addr:port]       Production server: a cluster of workers, timeouts, graceful stop.
  new [file]                     Write a starter single-file project (default app.ts).
  check [file]                   Load the app and check settings, URL patterns and templates.
  routes [file]                  List the URL patterns with their names and views.
  test [file] [-k pattern]       Run the tests declared with app.test() (and tests/*.test.ts).
  makemigrations [file]          Write a migration for model changes into migrations/ beside the file.
  migrate [file]                 Apply migrations (or, without any, create the models' tables).
  createsuperuser [file]         Create a user who can log into the admin with every permission.
  dbshell [file]                 Open the database's shell (sqlite3 or psql).

The file defaults to app.ts and must "export default" an App.
Run "onefile <command> --help" for a command's options.`,

  runserver: `Usage: onefile runserver [file=app.ts] [addr:port=127.0.0.1:8000] [options]

Starts a development server. It reloads when the file (or a file it imports) is saved; a broken
save shows its error in the terminal and in the browser until the next good save. Logs one line
per request, as Django's runserver does. Serves STATIC from the file under STATIC_URL.

The address may be a port ("8080"), host:port ("0.0.0.0:8080") or [ipv6]:port ("[::1]:8080").

Options:
  --static DIR   Also serve the files in DIR under STATIC_URL (repeatable).
  --noreload     Do not watch the file; run in a single process.
  -h, --help     Show this help.

Example:
  npx onefile runserver blog.ts 8080`,

  serve: `Usage: onefile serve [file=app.ts] [addr:port=127.0.0.1:8000] [options]

Starts a production server: a cluster of worker processes behind one port. A worker that dies is
replaced, and so is one whose event loop a view blocks for longer than --timeout (it misses its
heartbeat; the log says so). SIGTERM or SIGINT stops accepting connections, lets in-flight requests finish (up to
--grace seconds) and exits. Clients never see a stack trace unless the file sets DEBUG: true
(a warning is printed if it does).

Options:
  -w, --workers N            Worker processes (default: the number of CPU cores).
  -t, --timeout S            Seconds a view may take, from when it starts (an upload does not
                             count), before the client gets a 503 (default 30).
  --headers-timeout S        Seconds to receive the request headers (default 10).
  --request-timeout S        Seconds to receive the whole request (default 60).
  --keep-alive-timeout S     Seconds an idle keep-alive connection stays open (default 5).
  --max-header-size BYTES    Largest request head accepted; larger gets 431 (default 16384).
  --grace S                  Seconds in-flight requests get on shutdown (default 30).
  --static DIR               Also serve the files in DIR under STATIC_URL (repeatable).
  -h, --help                 Show this help.

Example:
  npx onefile serve app.ts 0.0.0.0:8000 --workers 4`,

  new: `Usage: onefile new [file=app.ts] [--force]

Writes a starter single-file project that runs as it is:
  npx onefile new blog.ts && npx onefile runserver blog.ts

Refuses to overwrite an existing file unless --force is given.`,

  check: `Usage: onefile check [file=app.ts]

Loads the app and checks its settings, URL patterns, URL names and the compilation of every
template. Prints each problem and exits with status 1 if there is any, 0 otherwise.`,

  routes: `Usage: onefile routes [file=app.ts]

Lists the URL patterns in order, with their names and views, like "flask routes".`,

  test: `Usage: onefile test [file=app.ts] [-k pattern]... [--verbose]

Runs the tests declared in the file with app.test(name, async ({ client, expect }) => { … }),
then those of the project's test files: *.test.ts beside the file and under tests/ beside it,
which add tests with app.test() or with describe()/it() from "onefile/test". Test files that
import another runner (vitest, jest, node:test, @playwright/test) are left to that runner.

Each test gets a fresh test Client. Prints a dot per passing test, then each failure with the
line of the failing assertion and what it got and wanted, as Django's test runner does.
Exits 0 when all pass, 1 when one fails, 5 when no test ran.

Options:
  -k PATTERN     Run only tests whose name contains PATTERN, or matches it if it has a *
                 (repeatable: a test runs if any pattern matches).
  -v, --verbose  One line per test ("name ... ok") instead of dots.
  -h, --help     Show this help.

Example:
  npx onefile test blog.ts -k comments`,

  makemigrations: `Usage: onefile makemigrations [file=app.ts]

Compares the models with the migrations in migrations/ beside the file and writes the next one
(migrations/0002_….json): a list of schema operations, to read, commit and apply with
"onefile migrate". Prints "No changes detected" when the migrations already match the models.
Needs no database.

Example:
  npx onefile makemigrations polls.ts`,

  migrate: `Usage: onefile migrate [file=app.ts]

Applies the migrations in migrations/ that the database has not had yet, each in a transaction,
and records them (table onefile_migrations). Operations the database already has (tables that
runserver created) are skipped. Without a migrations/ folder, creates the models' tables and
applies additive changes, and refuses changes that could lose data.

The database is the one in DATABASES (default db.sqlite3 beside the file), or DATABASE_URL.

Example:
  npx onefile migrate polls.ts`,

  createsuperuser: `Usage: onefile createsuperuser [file=app.ts] [--username U] [--email E] [--noinput]

Creates a superuser: a staff user with every permission, who can log into the admin. The file
must use auth (the admin, or app.auth). Additive schema changes are applied first, as runserver
does, so this works on a new database.

Interactive (the default), it asks for the username (blank takes your login name when offered),
the email address and the password twice; a password the AUTH_PASSWORD_VALIDATORS refuse is
explained, and you may create the user anyway. Without a terminal the answers are read line by
line from standard input. Ctrl-C cancels.

With --noinput nothing is asked: --username and --email are required (or
ONEFILE_SUPERUSER_USERNAME and ONEFILE_SUPERUSER_EMAIL), and the password is read from
ONEFILE_SUPERUSER_PASSWORD, as Django's DJANGO_SUPERUSER_PASSWORD (never from the command line,
where other users of the machine could read it); the validators are not run.

Options:
  --username U        The username; asked for again if it is taken or invalid (interactive).
  --email E           The email address.
  --noinput, --no-input
                      Ask nothing; fail with a message when a value is missing or refused.
  -h, --help          Show this help.

Examples:
  npx onefile createsuperuser polls.ts
  ONEFILE_SUPERUSER_PASSWORD='correct horse battery' npx onefile createsuperuser polls.ts --username admin --email admin@example.com --noinput`,

  dbshell: `Usage: onefile dbshell [file=app.ts]

Opens the command-line client of the app's database: sqlite3 for SQLite, psql for PostgreSQL
(Debian: apt-get install sqlite3 / postgresql-client). Input and output are the terminal's.

Example:
  npx onefile dbshell polls.ts`,
};
