import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * core/ must run in Node, a service worker and edge runtimes, so it may use Web standards
 * only. This test reads every non-test source file of core/ and fails on a Node import or a
 * DOM/Node global.
 */
const CORE = new URL(".", import.meta.url).pathname;
const NODE_BUILTINS = new Set(["fs", "path", "http", "https", "net", "os", "crypto", "url", "util", "stream", "buffer", "events", "child_process", "worker_threads", "zlib", "module", "process", "cluster", "tls", "dns", "readline", "vm", "assert", "perf_hooks", "string_decoder", "timers"]);
const IMPORT = /(?:import|export)\s[^"']*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|require\s*\(\s*["']([^"']+)["']\s*\)/g;
const GLOBALS = /(?<![.\w$])(window|document|process|Buffer|localStorage|sessionStorage|navigator|__dirname|__filename|require)\s*[.([]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(name) && !/\.test\.ts$|\.test-d\.ts$/.test(name) ? [full] : [];
  });
}

/** Blanks comments and string contents so prose about `window` or "process" does not count. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, " "))
    .replace(/(^|[^:])\/\/.*$/gm, "$1")
    .replace(/`(?:\\[\s\S]|[^`\\])*`/g, "``");
}

export function violations(file: string, source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3]!;
    if (spec.startsWith("node:") || NODE_BUILTINS.has(spec.split("/")[0]!)) found.push(`${file} imports ${spec}`);
  }
  for (const match of codeOnly(source).matchAll(GLOBALS)) found.push(`${file} uses ${match[1]}`);
  return found;
}

describe("core/ is runtime-neutral", () => {
  it("imports no Node module and touches no DOM or Node global", () => {
    const files = sourceFiles(CORE);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => violations(relative(CORE, file), readFileSync(file, "utf8")));
    expect(found).toEqual([]);
  });

  it("the check itself catches offenders", () => {
    expect(violations("x.ts", `import { readFileSync } from "node:fs";`)).toEqual(["x.ts imports node:fs"]);
    expect(violations("x.ts", `import path from "path";`)).toEqual(["x.ts imports path"]);
    expect(violations("x.ts", `const u = await import("http");`)).toEqual(["x.ts imports http"]);
    expect(violations("x.ts", `if (window.location) {}`)).toEqual(["x.ts uses window"]);
    expect(violations("x.ts", `const x = document.createElement("a");`)).toEqual(["x.ts uses document"]);
    expect(violations("x.ts", `const env = process.env.X;`)).toEqual(["x.ts uses process"]);
    expect(violations("x.ts", `// process.env in a comment is fine\nconst ok = 1;`)).toEqual([]);
    expect(violations("x.ts", `request.document.x; import { a } from "cookie";`)).toEqual([]);
  });
});
