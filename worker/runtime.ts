/**
 * Builds a runnable project from a compiled build (app/compile.ts made it): check its imports
 * as Node would link them, evaluate it with "onefile" mapped to the bundled core, and check
 * that the module exports an app. The app is served at the root of its own origin, so it
 * sees `request.pathInfo` (and `reverse`, `url()`, redirects) exactly as on Node.
 */
import * as onefile from "../core/index.ts";
import * as onefileTest from "../core/test/index.ts";
import type { App } from "../core/index.ts";
import { evaluate, locateRuntimeError, USER_FILE } from "./evaluate.ts";
import { LoopGuard } from "./guard.ts";
import type { Build, CompileError, LogEntry } from "./protocol.ts";

/** How long loops may hold the worker's thread without a break before they are stopped. */
export const LOOP_BUDGET_MS = 1000;

/** A project ready to answer requests. */
export interface ProjectRuntime {
  id: string;
  version: number;
  source: string;
  app: App;
  guard: LoopGuard;
}

/** Why a project could not be loaded: its module threw, or exports no app. */
export interface LoadFailure {
  phase: "load";
  error: CompileError;
}

/** What the host tells {@link buildRuntime} about where the project runs. */
export interface RuntimeHost {
  /** Supplies a lasting SECRET_KEY for a project that sets none. */
  secretKeyFor?: (id: string) => Promise<string>;
  /**
   * The host name the preview is served from (its own origin's). It is added to the project's
   * ALLOWED_HOSTS: a project written for `example.com` with DEBUG off still runs in the
   * sandbox, as Django's test client always accepts "testserver".
   */
  hostname?: string;
}

/**
 * Evaluates a compiled project; `log` receives the user's console output.
 *
 * @example
 * const result = await buildRuntime({ id: "abc", version: 3, source, code }, (entry) => forward(entry), { hostname: "localhost" });
 * if ("app" in result) await result.app.fetch(request);
 */
export async function buildRuntime(
  build: Build,
  log: (entry: LogEntry) => void,
  { secretKeyFor, hostname }: RuntimeHost = {},
): Promise<ProjectRuntime | LoadFailure> {
  const { id, version, source } = build;
  const missing = missingImport(build);
  if (missing) return { phase: "load", error: missing };
  const guard = new LoopGuard(LOOP_BUDGET_MS);
  let exports: Record<string, unknown>;
  try {
    guard.arm();
    exports = await evaluate(build.code, { modules: { onefile, "onefile/test": onefileTest }, console: userConsole(log), guard: guard.check });
  } catch (error) {
    return { phase: "load", error: locateRuntimeError(error) };
  }
  const app = exports["default"];
  if (!(app instanceof onefile.App)) {
    return {
      phase: "load",
      error: {
        message: "The file must end with `export default app`, where app is a `new App({...})` from \"onefile\".",
        line: source.split("\n").length,
        column: 1,
      },
    };
  }
  try {
    // A project without its own SECRET_KEY gets one kept per project (the worker passes
    // projectSecretKey from store.ts), so its sessions survive the worker being stopped.
    const secret = app.settings.SECRET_KEY || !secretKeyFor ? {} : { SECRET_KEY: await secretKeyFor(id) };
    const allowed = app.settings.ALLOWED_HOSTS;
    const hosts = hostname && !allowed.includes(hostname) ? { ALLOWED_HOSTS: [...allowed, hostname] } : {};
    // The preview is the sandbox page's iframe, on another origin: X-Frame-Options (DENY by
    // default, as in Django) would blank it, so previews send none.
    app.configure({ X_FRAME_OPTIONS: false, ...secret, ...hosts });
  } catch (error) {
    return { phase: "load", error: locateRuntimeError(error) };
  }
  app.sourceProvider = (fileName) => (fileName === USER_FILE || fileName.endsWith(`/${USER_FILE}`) ? source : undefined);
  app.logError = (error, request) => {
    // The log shows the message and the user's own frames; the DEBUG page has the rest.
    const head = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const frames = error instanceof Error ? (error.stack ?? "").split("\n").filter((line) => line.includes(USER_FILE)) : [];
    log({ kind: "error", text: [`${request?.pathInfo ?? ""} ${head}`.trim(), ...frames.map((f) => `  ${f.trim()}`)].join("\n") });
  };
  return { id, version, source, app, guard };
}

/**
 * The first name the file imports from "onefile" that onefile does not export, as the error
 * Node gives when it links the module (before any of its code runs); null when all exist.
 */
function missingImport(build: Build): CompileError | null {
  const name = build.imports?.find((imported) => !Object.hasOwn(onefile, imported.name));
  if (!name) return null;
  return {
    message: `SyntaxError: The requested module 'onefile' does not provide an export named '${name.name}'`,
    line: name.line,
    column: name.column,
  };
}

/** A console whose output goes to the page's log panel (and to the worker's own console). */
function userConsole(log: (entry: LogEntry) => void): Console {
  const levels = ["log", "info", "warn", "error", "debug"] as const;
  const forward = Object.create(console) as Console;
  for (const level of levels) {
    forward[level] = (...args: unknown[]) => {
      log({ kind: "console", level, text: args.map(formatArg).join(" ") });
    };
  }
  return forward;
}

function formatArg(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) return value.stack ?? String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
