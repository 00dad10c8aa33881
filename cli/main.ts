/**
 * The `onefile` command line: parse, dispatch, turn errors into messages and exit codes.
 * Cluster workers enter here too (bin.js runs for them), and go straight to the worker code.
 */
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { helpText, parseCommandLine, UsageError } from "./args.ts";
import { check, newProject, routes } from "./commands.ts";
import { describeLoadError, formatForTerminal } from "./load-error.ts";
import { LoadError } from "./load.ts";

/**
 * Runs the command in `argv` (without node and the script) and sets `process.exitCode`:
 * 0 on success, 1 when the command failed, 2 for a usage mistake.
 *
 * @example
 * ```ts
 * await main(["check", "app.ts"]);
 * ```
 */
export async function main(argv: string[]): Promise<void> {
  if (cluster.isWorker && process.env.ONEFILE_SERVER_PROCESS) {
    const { runServerProcess } = await import("./server-process.ts");
    await runServerProcess(JSON.parse(process.env.ONEFILE_SERVER_PROCESS));
    return;
  }
  let code: number;
  try {
    code = await run(argv);
  } catch (error) {
    code = report(error);
  }
  process.exitCode = code;
  // Servers resolve only once stopped, and tests once run; anything left (a user's timer, a
  // database connection) must not keep us alive.
  if (code !== 0 || argv[0] === "serve" || argv[0] === "runserver" || argv[0] === "test" || argv[0] === "createsuperuser") setImmediate(() => process.exit(code));
}

async function run(argv: string[]): Promise<number> {
  const args = parseCommandLine(argv);
  switch (args.command) {
    case "help":
      console.log(helpText(args.topic));
      return 0;
    case "version":
      console.log(readVersion());
      return 0;
    case "new":
      return newProject(args);
    case "check":
      return check(args);
    case "routes":
      return routes(args);
    case "runserver":
      return (await import("./runserver.ts")).runserver(args);
    case "serve":
      return (await import("./cluster.ts")).serve(args);
    case "test":
      return (await import("./test-command.ts")).testCommand(args);
    case "makemigrations":
      return (await import("./db/commands.ts")).makemigrations(args);
    case "migrate":
      return (await import("./db/commands.ts")).migrate(args);
    case "createsuperuser":
      return (await import("./createsuperuser.ts")).createsuperuser(args);
    case "dbshell":
      return (await import("./db/commands.ts")).dbshell(args);
  }
}

function report(error: unknown): number {
  if (error instanceof UsageError) {
    const help = error.command ? `onefile ${error.command} --help` : "onefile --help";
    console.error(`onefile: ${error.message}\nRun "${help}" for usage.`);
    return 2;
  }
  if (error instanceof LoadError && error.cause === undefined) {
    console.error(`onefile: ${error.message}`);
    return 1;
  }
  console.error(formatForTerminal(describeLoadError(error)));
  return 1;
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
