/**
 * Stack traces in the user's own terms. The compiled code keeps every line where the user
 * wrote it, but not every column: `HttpResponse` became `_onefile.HttpResponse` and loops
 * gained a guard call. V8 lets a host format stacks itself (`Error.prepareStackTrace`), so
 * the runner rewrites the user's frames with the build's column map, and names them as the
 * user did (`boom`, not `Object.boom [as func]`, which only says how core happened to call it).
 */
import { decode, type SourceMapSegment } from "@jridgewell/sourcemap-codec";

/** One frame as V8 describes it (the subset of its CallSite used here). */
export interface CallSite {
  getFileName(): string | null | undefined;
  /** The `//# sourceURL` name of evaluated code (getFileName says nothing for it). */
  getScriptNameOrSourceURL?(): string | null | undefined;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
  getFunctionName(): string | null;
  getTypeName(): string | null;
  isToplevel(): boolean;
  isConstructor(): boolean;
  isAsync?(): boolean;
  toString(): string;
}

/** Maps compiled columns of the user's file back to source columns, line by line. */
export class ColumnMap {
  private readonly lines: SourceMapSegment[][];

  /** `mappings`: as a source map's, for a file whose lines did not move. */
  constructor(mappings: string) {
    this.lines = decode(mappings);
  }

  /**
   * The 1-based source column of a 1-based compiled position (the column itself when the line
   * has no mapping).
   *
   * @example
   * new ColumnMap("AAAA,UAAA").column(1, 12); // → 2
   */
  column(line: number, column: number): number {
    const segments = this.lines[line - 1];
    if (!segments || segments.length === 0) return column;
    const at = column - 1;
    let index = -1;
    for (let i = 0; i < segments.length && segments[i]![0] <= at; i++) index = i;
    if (index < 0) return column;
    const segment = segments[index]!;
    if (segment.length < 4) return column;
    let source = (segment[3] as number) + (at - segment[0]);
    // Inside a token that grew (`_onefile.App` for `App`), stop before the next source token.
    const next = segments.slice(index + 1).find((s) => s.length >= 4);
    if (next && source >= (next[3] as number)) source = Math.max(segment[3] as number, (next[3] as number) - 1);
    return source + 1;
  }
}

/** What {@link formatStack} needs to know about the user's file. */
export interface UserFile {
  /** The file name the user's frames carry (`app.ts`). */
  fileName: string;
  /** Characters of wrapper code before the user's first line, on line 1. */
  firstLineOffset: number;
  map?: ColumnMap;
}

/**
 * Formats a stack as V8 does, with the user's frames rewritten: source columns and the
 * function's own name.
 *
 * @example
 * Error.prepareStackTrace = (error, sites) => formatStack(error, sites, { fileName: "app.ts", firstLineOffset: 60, map });
 * // "Error: kaboom\n    at boom (app.ts:5:9)\n    at callView (…)"
 */
export function formatStack(error: unknown, sites: readonly CallSite[], user: UserFile): string {
  let head: string;
  try {
    head = error instanceof Error ? Error.prototype.toString.call(error) : String(error);
  } catch {
    head = "Error";
  }
  return head + sites.map((site) => `\n    at ${formatSite(site, user)}`).join("");
}

function formatSite(site: CallSite, user: UserFile): string {
  const file = site.getScriptNameOrSourceURL?.() ?? site.getFileName();
  if (file !== user.fileName) return site.toString();
  const line = site.getLineNumber() ?? 0;
  let column = site.getColumnNumber() ?? 0;
  if (line === 1) column = Math.max(1, column - user.firstLineOffset);
  if (user.map && line > 0 && column > 0) column = user.map.column(line, column);
  const where = `${file}:${line}:${column}`;
  const name = userName(site);
  const async = site.isAsync?.() ? "async " : "";
  return name ? `${async}${name} (${where})` : `${async}${where}`;
}

/** `boom`, `new Thing`, `Poll.toString`: the names the user wrote, without V8's `Object.` and `[as func]`. */
function userName(site: CallSite): string | null {
  const name = site.getFunctionName();
  if (site.isConstructor()) return `new ${name || "<anonymous>"}`;
  if (!name) return site.isToplevel() ? null : "<anonymous>";
  const type = site.getTypeName();
  if (site.isToplevel() || !type || type === "Object" || type === "global" || type === "DedicatedWorkerGlobalScope") return name;
  return `${type}.${name}`;
}
