/**
 * Loading the user's single file: find it, import it (tsx compiles it, with source maps so errors
 * name its own lines), and take the App it exports by default.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { App } from "../core/app.ts";
import { imported } from "./imports.js";
import { labelFromFileName } from "../core/db/names.ts";

/** The file could not be loaded as an app; the message says why and what to do. */
export class LoadError extends Error {
  override name = "LoadError";
  constructor(
    message: string,
    /** The error thrown while evaluating the file, when that is the cause. */
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/**
 * The absolute path of the user's file, or a `LoadError` that says how to create it.
 *
 * @example
 * ```ts
 * resolveAppFile("blog.ts"); // "/home/me/site/blog.ts"
 * ```
 */
export function resolveAppFile(file: string, cwd = process.cwd()): string {
  const full = resolve(cwd, file);
  if (!existsSync(full)) {
    throw new LoadError(`No such file: ${file} (looked in ${cwd}). Create one with "npx onefile new ${file}".`);
  }
  if (!statSync(full).isFile()) throw new LoadError(`${file} is a folder; give the path of the .ts file that exports the app.`);
  return full;
}

/**
 * Imports the user's file and returns its default export, checked to be an App, with the Node
 * host's hooks installed: source lines for the DEBUG page and `TEMPLATE_DIRS` loaders.
 *
 * @example
 * ```ts
 * const app = await loadApp(resolveAppFile("app.ts"));
 * ```
 */
export async function loadApp(fullPath: string): Promise<App> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(fullPath).href)) as Record<string, unknown>;
  } catch (error) {
    throw new LoadError(`Could not load ${displayPath(fullPath)}: ${firstLine(error)}`, error);
  }
  const app = module.default;
  const name = displayPath(fullPath);
  if (app === undefined) {
    throw new LoadError(`${name} has no default export. End it with "export default app;" where app is the App it builds.`);
  }
  if (!isApp(app)) {
    throw new LoadError(`The default export of ${name} is ${describe(app)}, not an App. Export the App: "export default app;".`);
  }
  app.sourceProvider ??= readSource;
  // Tables are named after the file (polls.ts → polls_question) unless APP_LABEL says otherwise.
  if (app.db && !app.db.hostLabel) app.db.hostLabel = labelFromFileName(fullPath);
  for (const dir of app.settings.TEMPLATE_DIRS) app.addTemplateLoader(folderLoader(resolve(dirname(fullPath), dir)));
  return app;
}

/** Duck-typed, so an App from another copy of onefile (say, a global install) still works. */
function isApp(value: unknown): value is App {
  const candidate = value as App | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.handle === "function" &&
    typeof candidate.fetch === "function" &&
    typeof candidate.settings === "object"
  );
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "function") return `a function (${value.name || "anonymous"})`;
  if (typeof value === "object") return `an object (${value.constructor?.name ?? "Object"})`;
  return `a ${typeof value}`;
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split("\n")[0]!;
}

/** The path relative to the working directory when that is shorter, for messages. */
export function displayPath(fullPath: string): string {
  const rel = relative(process.cwd(), fullPath);
  return rel.startsWith("..") ? fullPath : rel;
}

/** Source text by the name a stack frame uses (a path or a file: URL), for the DEBUG page. */
function readSource(fileName: string): string | undefined {
  try {
    const path = fileName.startsWith("file:") ? fileURLToPath(fileName) : fileName;
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * The files the user's app is made of, for the reloader: every module loaded through tsx that is
 * not inside node_modules.
 *
 * @example
 * ```ts
 * await loadApp(file);
 * localModules(); // ["/site/app.ts", "/site/lib/menu.ts"]
 * ```
 */
export function localModules(): string[] {
  const files: string[] = [];
  for (const url of imported) {
    if (!url.startsWith("file:")) continue;
    const path = fileURLToPath(url.replace(/\?.*$/, ""));
    if (!path.includes(`${sep}node_modules${sep}`)) files.push(path);
  }
  return files;
}

/**
 * A template loader for one `TEMPLATE_DIRS` folder: reads `dir/name` synchronously, refusing names
 * that would leave the folder, and lists the folder's files for `onefile check`.
 */
function folderLoader(dir: string) {
  const load = (name: string) => {
    const full = join(dir, name);
    if (!full.startsWith(dir + sep)) return undefined;
    try {
      return { source: readFileSync(full, "utf8"), path: full };
    } catch {
      return undefined;
    }
  };
  return Object.assign(load, { list: () => listFiles(dir, "") });
}

function listFiles(dir: string, prefix: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) =>
    entry.isDirectory() ? listFiles(dir, prefix + entry.name + "/") : entry.isFile() ? [prefix + entry.name] : [],
  );
}
