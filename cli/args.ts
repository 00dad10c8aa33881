/**
 * Command-line parsing for `onefile`: which command, which file, which address, which options.
 *
 * Parsing is a pure function of `argv` so it can be tested without starting anything, and every
 * mistake becomes a `UsageError` whose message says what to type instead.
 */
import { parseArgs } from "node:util";
import { HELP, type CommandName } from "./help.ts";

/** A mistake on the command line; `main` prints it with a pointer to `--help` and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    readonly command?: CommandName,
  ) {
    super(message);
  }
}

/** Where to listen. `host` is as typed, without IPv6 brackets. */
export interface Address {
  host: string;
  port: number;
}

/** The options of every command after parsing; each command reads only its own. */
export interface ParsedArgs {
  command: CommandName | "help" | "version";
  /** For `help`: the command whose help to show, if any. */
  topic?: CommandName;
  file: string;
  address: Address;
  reload: boolean;
  staticDirs: string[];
  workers: number | null;
  /** Seconds a view may run before the client gets a 503 (serve). */
  timeout: number;
  headersTimeout: number;
  keepAliveTimeout: number;
  requestTimeout: number;
  /** Seconds to let in-flight requests finish on SIGTERM/SIGINT before exiting anyway. */
  graceTimeout: number;
  maxHeaderSize: number;
  force: boolean;
  /** For `test`: run only tests whose names match one of these (`-k`, repeatable). */
  patterns: string[];
  /** For `test`: one line per test instead of dots. */
  verbose: boolean;
  /** For `createsuperuser`: the username and email given as options (undefined: ask, or read the environment). */
  username?: string;
  email?: string;
  /** For `createsuperuser`: false with `--noinput`. */
  interactive: boolean;
}

export const COMMANDS: readonly CommandName[] = ["runserver", "serve", "new", "check", "routes", "test", "makemigrations", "migrate", "createsuperuser", "dbshell"];

const DEFAULT_ADDRESS: Address = { host: "127.0.0.1", port: 8000 };

/**
 * Parses `process.argv.slice(2)`.
 *
 * @example
 * ```ts
 * parseCommandLine(["runserver", "blog.ts", "0.0.0.0:8080"]);
 * // → { command: "runserver", file: "blog.ts", address: { host: "0.0.0.0", port: 8080 }, … }
 * ```
 */
export function parseCommandLine(argv: string[]): ParsedArgs {
  const [first, ...rest] = argv;
  const base: ParsedArgs = {
    command: "help",
    file: "app.ts",
    address: { ...DEFAULT_ADDRESS },
    reload: true,
    staticDirs: [],
    workers: null,
    timeout: 30,
    headersTimeout: 10,
    keepAliveTimeout: 5,
    requestTimeout: 60,
    graceTimeout: 30,
    maxHeaderSize: 16384,
    force: false,
    patterns: [],
    verbose: false,
    interactive: true,
  };
  if (first === undefined || first === "-h" || first === "--help") return base;
  if (first === "--version" || first === "-v" || first === "version") return { ...base, command: "version" };
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined) return base;
    if (!isCommand(topic)) throw new UsageError(unknownCommandMessage(topic));
    return { ...base, topic };
  }
  if (!isCommand(first)) throw new UsageError(unknownCommandMessage(first));
  return parseCommand(first, rest, base);
}

function parseCommand(command: CommandName, argv: string[], base: ParsedArgs): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS[command], allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--wokers'"; keep its words and add where to look.
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional.*$/s, "")}.`, command);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) return { ...base, command: "help", topic: command };
  const result: ParsedArgs = { ...base, command };
  const takesAddress = command === "runserver" || command === "serve";
  let fileGiven = false;
  let addressGiven = false;
  for (const arg of parsed.positionals) {
    if (takesAddress && !addressGiven && looksLikeAddress(arg)) {
      result.address = parseAddress(arg, command);
      addressGiven = true;
    } else if (!fileGiven) {
      result.file = arg;
      fileGiven = true;
    } else {
      throw new UsageError(`Unexpected argument "${arg}".`, command);
    }
  }
  if (values.noreload) result.reload = false;
  if (values.force) result.force = true;
  if (values.k) result.patterns = values.k as string[];
  if (values.verbose) result.verbose = true;
  if (values.noinput || values["no-input"]) result.interactive = false;
  if (typeof values.username === "string") result.username = values.username;
  if (typeof values.email === "string") result.email = values.email;
  if (values.static) result.staticDirs = values.static as string[];
  if (values.workers !== undefined) result.workers = positiveInteger(values.workers as string, "--workers", command);
  for (const [flag, key] of NUMBER_FLAGS) {
    const raw = values[flag];
    if (raw !== undefined) result[key] = positiveNumber(raw as string, `--${flag}`, command);
  }
  if (values["max-header-size"] !== undefined) {
    result.maxHeaderSize = positiveInteger(values["max-header-size"] as string, "--max-header-size", command);
  }
  return result;
}

const NUMBER_FLAGS: [string, "timeout" | "headersTimeout" | "keepAliveTimeout" | "requestTimeout" | "graceTimeout"][] = [
  ["timeout", "timeout"],
  ["headers-timeout", "headersTimeout"],
  ["keep-alive-timeout", "keepAliveTimeout"],
  ["request-timeout", "requestTimeout"],
  ["grace", "graceTimeout"],
];

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>["options"];
const help = { help: { type: "boolean", short: "h" } } as const;
const OPTIONS: Record<CommandName, OptionSpec> = {
  runserver: { ...help, noreload: { type: "boolean" }, static: { type: "string", multiple: true } },
  serve: {
    ...help,
    workers: { type: "string", short: "w" },
    timeout: { type: "string", short: "t" },
    "headers-timeout": { type: "string" },
    "keep-alive-timeout": { type: "string" },
    "request-timeout": { type: "string" },
    grace: { type: "string" },
    "max-header-size": { type: "string" },
    static: { type: "string", multiple: true },
  },
  new: { ...help, force: { type: "boolean" } },
  check: { ...help },
  makemigrations: { ...help },
  migrate: { ...help },
  dbshell: { ...help },
  createsuperuser: { ...help, username: { type: "string" }, email: { type: "string" }, noinput: { type: "boolean" }, "no-input": { type: "boolean" } },
  routes: { ...help },
  test: { ...help, k: { type: "string", short: "k", multiple: true }, verbose: { type: "boolean", short: "v" } },
};

function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

function unknownCommandMessage(name: string): string {
  return `Unknown command "${name}". The commands are: ${COMMANDS.join(", ")}.`;
}

/** A port ("8000"), host:port ("0.0.0.0:8000", "localhost:80") or [ipv6]:port. */
function looksLikeAddress(arg: string): boolean {
  return /^\d+$/.test(arg) || /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d+$/.test(arg);
}

/**
 * Reads Django's `addrport` argument.
 *
 * @example
 * ```ts
 * parseAddress("[::1]:8000"); // → { host: "::1", port: 8000 }
 * ```
 */
export function parseAddress(arg: string, command?: CommandName): Address {
  let host = DEFAULT_ADDRESS.host;
  let portText = arg;
  const colon = arg.lastIndexOf(":");
  if (colon !== -1) {
    host = arg.slice(0, colon).replace(/^\[(.*)\]$/, "$1");
    portText = arg.slice(colon + 1);
  }
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`"${arg}" is not a valid port: use a number from 0 to 65535, e.g. 127.0.0.1:8000.`, command);
  }
  return { host, port };
}

function positiveInteger(raw: string, flag: string, command: CommandName): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} needs a whole number of at least 1, not "${raw}".`, command);
  return n;
}

function positiveNumber(raw: string, flag: string, command: CommandName): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} needs a number of seconds above 0, not "${raw}".`, command);
  return n;
}

/** The help text for a command, or the overview. */
export function helpText(topic?: CommandName): string {
  return topic ? HELP[topic] : HELP.overview;
}
