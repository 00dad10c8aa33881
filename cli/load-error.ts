/**
 * Showing why the user's file failed to load: a message, the place (file:line:column) and the
 * source lines around it, for the terminal and for the page runserver serves until the next save.
 */
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { escapeHtml } from "../core/util/escape-html.ts";
import { displayPath, LoadError } from "./load.ts";

const CLI_DIR = dirname(fileURLToPath(import.meta.url)) + sep;
const CORE_DIR = join(CLI_DIR, "..", "core") + sep;

/** Where in which file a load error happened. */
export interface ErrorLocation {
  file: string;
  line: number;
  column: number;
}

/** A load error, ready to print or render. */
export interface LoadErrorReport {
  title: string;
  message: string;
  location: ErrorLocation | null;
  /** Up to five source lines around the location, the failing one marked with ">". */
  frame: string;
  stack: string;
}

/**
 * Reads a load failure: esbuild's "file:line:col: ERROR: …" for syntax errors, else the first stack
 * frame outside node_modules and Node's internals (source-mapped, so these are the user's lines).
 *
 * @example
 * ```ts
 * const report = describeLoadError(error);
 * console.error(formatForTerminal(report));
 * ```
 */
export function describeLoadError(error: unknown): LoadErrorReport {
  const cause = error instanceof LoadError && error.cause !== undefined ? error.cause : error;
  const isError = cause instanceof Error;
  const rawMessage = isError ? cause.message : String(cause);
  const stack = isError ? (cause.stack ?? rawMessage) : rawMessage;
  let location: ErrorLocation | null = null;
  let message = rawMessage;
  const esbuild = /^(.+?):(\d+):(\d+): ERROR: (.*)$/m.exec(rawMessage);
  if (esbuild) {
    location = { file: esbuild[1]!, line: Number(esbuild[2]), column: Number(esbuild[3]) + 1 };
    message = esbuild[4]!;
  } else {
    location = firstUserFrame(stack);
  }
  if (error instanceof LoadError && error.cause === undefined) message = error.message;
  const missing = /Cannot find (?:package|module) '([^']+)'/.exec(rawMessage);
  if (missing && (cause as { code?: string }).code === "ERR_MODULE_NOT_FOUND") {
    const spec = missing[1]!;
    message += spec.startsWith(".") || spec.startsWith("/")
      ? ". Check the path of that import."
      : `. Install it in this project: npm install ${spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]}`;
  }
  // A LoadError of our own (no default export, say) is a plain sentence; others keep their name.
  const name = error instanceof LoadError && error.cause === undefined ? "" : isError ? cause.name : "Error";
  const where = location ? ` at ${displayPath(location.file)}:${location.line}` : "";
  return { title: name ? `${name}${where}` : "", message, location, frame: location ? codeFrame(location) : "", stack };
}

function firstUserFrame(stack: string): ErrorLocation | null {
  for (const match of stack.matchAll(/(?<=^|[\s(])((?:file:\/\/)?\/[^\s():]+):(\d+):(\d+)/gm)) {
    const file = match[1]!.startsWith("file:") ? fileURLToPath(match[1]!) : match[1]!;
    // The user's line is the useful one: skip libraries and onefile's own core and cli.
    if (file.includes("/node_modules/") || file.startsWith(CORE_DIR) || dirname(file) + sep === CLI_DIR) continue;
    return { file, line: Number(match[2]), column: Number(match[3]) };
  }
  return null;
}

/**
 * Up to five lines of `file` around `line`, the line marked with ">" and a caret under `column`;
 * "" when the file cannot be read.
 *
 * @example
 * ```ts
 * codeFrame({ file: "/site/app.ts", line: 3, column: 7 });
 * // "  2 | const app = new App({\n> 3 |   DEBUG: tru,\n    |       ^\n  4 | …"
 * ```
 */
export function codeFrame({ file, line, column }: ErrorLocation): string {
  let lines: string[];
  try {
    lines = readFileSync(file, "utf8").split("\n");
  } catch {
    return "";
  }
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 2);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${lines[n - 1] ?? ""}`);
    if (n === line) out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, column - 1))}^`);
  }
  return out.join("\n");
}

/**
 * The report as terminal text.
 *
 * @example
 * ```ts
 * console.error(formatForTerminal(describeLoadError(error)));
 * ```
 */
export function formatForTerminal(report: LoadErrorReport): string {
  const parts = [report.title ? `${report.title}: ${report.message}` : report.message];
  if (report.frame) parts.push(report.frame);
  return parts.join("\n\n");
}

/**
 * Answers a request with the load error (runserver only, so the traceback is the developer's).
 *
 * @example
 * ```ts
 * http.createServer((req, res) => sendLoadErrorPage(res, report));
 * ```
 */
export function sendLoadErrorPage(res: ServerResponse, report: LoadErrorReport): void {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(report.title || "Load error")}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:0}header{background:#ffc;padding:1em 2em;border-bottom:1px solid #ddd}
h1{font-size:1.4em;margin:0 0 .3em}pre{background:#f6f6f6;padding:1em;overflow:auto}main{padding:1em 2em}</style></head>
<body><header><h1>${escapeHtml(report.title || "The file could not be loaded")}</h1><p>${escapeHtml(report.message)}</p></header>
<main><p>The file could not be loaded. Fix it and save: the server reloads by itself, then refresh this page.</p>
${report.frame ? `<h2>Source</h2><pre>${escapeHtml(report.frame)}</pre>` : ""}
<h2>Traceback</h2><pre>${escapeHtml(report.stack)}</pre></main></body></html>`;
  const body = Buffer.from(html);
  res.writeHead(500, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length, "Cache-Control": "no-store" });
  res.end(body);
}
