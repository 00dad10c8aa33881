/**
 * The package as a user gets it: `npm pack` (which builds lib/ through `prepack`), the tarball
 * installed into a fresh project, then used the ways a user would: plain `node`, a browser
 * bundle, a strict `tsc` (over a Vitest test, and a Playwright check with `onefile/playwright`),
 * Vitest with `onefile/test`, and the `onefile` command serving a real HTTP request.
 *
 * The project's fixture files are in package/consumer/. Its package.json says
 * "type": "commonjs", as `npm init` writes it: the command must still load the user's .ts file
 * as an ES module. The typed/ folder is an ES-module scope for the TypeScript and Vitest checks.
 * TypeScript, @types/node, Vitest and Playwright are linked from this checkout, not installed again.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CONSUMER = fileURLToPath(new URL("./consumer", import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  bin: Record<string, string>;
  engines: { node: string };
  exports: Record<string, string | Record<string, string>>;
  /** For TypeScript's legacy `node10` resolution, which reads no `exports`. */
  typesVersions: Record<string, Record<string, string[]>>;
};

interface PackResult {
  filename: string;
  files: { path: string }[];
}

let dir: string;
let packed: PackResult;
/** What the install brought, before the tools are linked in. */
let installed: { name: string; version: string; node?: string }[];

/** Runs a command in the project and returns its stdout; a failure shows its stderr. */
function run(command: string, args: string[], cwd = dir): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 240_000 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout ?? ""}\n${stderr ?? ""}`);
  }
}

/** Every package under `modules` (nested ones too), by folder: name, version and Node engines. */
function installedPackages(modules: string): { name: string; version: string; node?: string }[] {
  if (!existsSync(modules)) return [];
  return readdirSync(modules).flatMap((entry) => {
    const folder = join(modules, entry);
    if (entry.startsWith(".") || lstatSync(folder).isSymbolicLink()) return [];
    if (entry.startsWith("@")) return installedPackages(folder);
    const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as { name: string; version: string; engines?: { node?: string } };
    return [{ name: manifest.name, version: manifest.version, node: manifest.engines?.node }, ...installedPackages(join(folder, "node_modules"))];
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "onefile-package-"));
  packed = (JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir], ROOT)) as PackResult[])[0]!;
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "site", version: "1.0.0", private: true, type: "commonjs" }));
  cpSync(CONSUMER, dir, { recursive: true });
  // --engine-strict: a dependency whose engines exclude this Node fails the install.
  run("npm", ["install", join(dir, packed.filename), "--engine-strict", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"]);
  for (const scope of ["@types", "@playwright"]) mkdirSync(join(dir, "node_modules", scope), { recursive: true });
  installed = installedPackages(join(dir, "node_modules"));
  for (const tool of ["typescript", "vitest", "@types/node", "@playwright/test", "playwright", "playwright-core"]) {
    symlinkSync(join(ROOT, "node_modules", tool), join(dir, "node_modules", tool), "dir");
  }
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("ships compiled modules, declarations and the command, and no sources, tests or tools", () => {
    const files = packed.files.map((file) => file.path);
    const unexpected = files.filter(
      (file) => !(file === "package.json" || file === "README.md" || file === "LICENSE" || /^lib\/(core|cli|playwright)\/[\w/-]+\.(js|d\.ts)$/.test(file)),
    );
    expect(unexpected).toEqual([]);
    expect(files).toContain("LICENSE");
    expect(files.filter((file) => /\.test\.|testing|fixtures|source-condition/.test(file))).toEqual([]);
    const entries = Object.values(pkg.exports).flatMap((target) =>
      typeof target === "string" ? [] : [target["types"], target["import"]].map((path) => path!.replace(/^\.\//, "")),
    );
    entries.push(...Object.values(pkg.bin).map((path) => path.replace(/^\.\//, "")));
    entries.push(...Object.values(pkg.typesVersions["*"]!).flat().map((path) => path.replace(/^\.\//, "")));
    expect(entries.filter((entry) => !files.includes(entry))).toEqual([]);
  });

  it("runs on the oldest Node its engines allow: so does every dependency it installs", () => {
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    expect(installed.map((p) => p.name)).toContain("onefile");
    const tooNew = installed.filter((p) => p.node && !semver.satisfies(oldest, p.node)).map((p) => `${p.name}@${p.version} wants Node ${p.node}`);
    expect(tooNew, `engines say Node ${pkg.engines.node}`).toEqual([]);
  });

  it("imports from plain node app.mjs", () => {
    expect(run("node", ["app.mjs"]).trim()).toBe('200 {"id":7,"path":"/hello/7/"}');
  });

  it("bundles for the browser (esbuild, no Node built-ins) into a script that runs", () => {
    // esbuild comes with the package (tsx uses it); platform "browser" refuses Node built-ins.
    const esbuild = createRequire(join(dir, "package.json"))("esbuild") as typeof import("esbuild");
    esbuild.buildSync({ absWorkingDir: dir, entryPoints: ["app.mjs"], outfile: "bundle.mjs", bundle: true, platform: "browser", format: "esm", logLevel: "silent" });
    expect(run("node", ["bundle.mjs"]).trim()).toBe('200 {"id":7,"path":"/hello/7/"}');
  });

  it("type-checks a user's files under a strict tsconfig, with no error in its declarations", () => {
    const tsc = join(dir, "node_modules", "typescript", "bin", "tsc");
    expect(run("node", [tsc, "-p", "typed"])).toBe("");
    expect(run("node", [tsc, "-p", "typed/tsconfig.playwright.json"])).toBe("");
    // Checking every declaration (@types/node's too) twice takes 80 s on a busy shared machine.
  }, 300_000);

  it("runs a user's Vitest tests with onefile/test and onefile/node", () => {
    const vitest = join(dir, "node_modules", "vitest", "vitest.mjs");
    const out = run("node", [vitest, "run", "--root", "typed"]).replace(/\x1b\[[0-9;]*m/g, "");
    expect(out).toMatch(/Tests\s+3 passed \(3\)/);
  }, 120_000);

  it("npx onefile new, check, test and runserver, which answers a real request on 127.0.0.1", async () => {
    expect(run("npx", ["--no-install", "onefile", "new", "site.ts"])).toContain("Wrote site.ts");
    // Top-level await: the file loads as an ES module although the project says commonjs.
    const site = join(dir, "site.ts");
    writeFileSync(site, readFileSync(site, "utf8").replace("export default app;", "await Promise.resolve();\nexport default app;"));
    expect(run("npx", ["--no-install", "onefile", "check", "site.ts"])).toContain("System check identified no issues.");
    // The starter's in-file tests, run by the compiled test runner.
    expect(run("npx", ["--no-install", "onefile", "test", "site.ts"])).toMatch(/Ran [1-9]\d* tests? in [\d.]+s\s+OK/);

    const server = spawn("npx", ["--no-install", "onefile", "runserver", "site.ts", "127.0.0.1:0"], { cwd: dir, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    server.stdout.on("data", (chunk) => (output += chunk));
    server.stderr.on("data", (chunk) => (output += chunk));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const deadline = setTimeout(() => reject(new Error(`runserver did not start:\n${output}`)), 60_000);
        const poll = setInterval(() => {
          const match = /Starting development server at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
          if (match) {
            clearInterval(poll);
            clearTimeout(deadline);
            resolve(Number(match[1]));
          } else if (server.exitCode !== null) {
            clearInterval(poll);
            clearTimeout(deadline);
            reject(new Error(`runserver exited (${server.exitCode}):\n${output}`));
          }
        }, 50);
      });
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<h1>Hello, world!</h1>");
      expect(await (await fetch(`http://127.0.0.1:${port}/hello/7/`)).text()).toBe("Hello, 7");
    } finally {
      // npx, the command and its server process: one process group, all started here.
      if (server.exitCode === null) process.kill(-server.pid!, "SIGTERM");
    }
  }, 120_000);
});
