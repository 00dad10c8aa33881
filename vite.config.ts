/**
 * Builds the sandbox in two passes:
 *
 * - `vite build` (default mode): the page, `index.html` + `app/`, into `dist/`, with a manifest.
 * - `vite build --mode sw`: the service worker, `worker/sw.ts` with the core inside, as one
 *   self-contained script at `dist/sw.js` (root scope, so it can answer `/preview/<id>/…`),
 *   valid as a module or a classic script; the page registers it as a module. It reads the
 *   page build's manifest to learn which files make up the app shell it precaches.
 *
 * `npm run dev` serves the page and registers `worker/sw.ts` as a module worker directly.
 */
import { defineConfig, type Plugin, type UserConfig } from "vite";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { coreDeclarations } from "./app/build/dts.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const dist = join(root, "dist");

/** `virtual:onefile-dts`: the core's declarations, for the editor's IntelliSense. */
function onefileDts(): Plugin {
  const id = "virtual:onefile-dts";
  return {
    name: "onefile-dts",
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(source) {
      if (source !== `\0${id}`) return null;
      return `export default ${JSON.stringify(coreDeclarations(root))};`;
    },
  };
}

/** `virtual:onefile-shell`: what the worker precaches (empty under the dev server). */
function shellManifest(fromBuild: boolean): Plugin {
  const id = "virtual:onefile-shell";
  return {
    name: "onefile-shell",
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(source) {
      if (source !== `\0${id}`) return null;
      const manifest = fromBuild ? readShell() : { version: "dev", shell: [], assets: [] };
      return `export default ${JSON.stringify(manifest)};`;
    },
  };
}

/**
 * Starts the first visit's slowest steps while the page's own script is still downloading:
 * registers the service worker from an inline script at the top of `<head>` (app/sw-client.ts
 * registers the same script later, which returns this registration), and preloads the
 * compiler chunk the first preview needs. Build only: the dev server's worker is a module.
 */
function earlyStart(): Plugin {
  return {
    name: "onefile-early-start",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        const compiler = Object.values(context.bundle ?? {}).find((chunk) => chunk.type === "chunk" && chunk.facadeModuleId?.endsWith("/app/compile.ts"));
        return [
          {
            tag: "script",
            // A module worker, as app/sw-client.ts registers it (it explains why), else classic.
            children:
              'if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js", { scope: "/", type: "module" })' +
              '.catch(() => navigator.serviceWorker.register("/sw.js", { scope: "/" })).catch(() => {});',
            injectTo: "head-prepend",
          },
          ...(compiler ? [{ tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: `/${compiler.fileName}` }, injectTo: "head" as const }] : []),
        ];
      },
    },
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Reads the page build: the entry's JS and CSS (and what it imports statically) form the shell. */
function readShell(): { version: string; shell: string[]; assets: string[] } {
  const manifestPath = join(dist, ".vite", "manifest.json");
  if (!existsSync(manifestPath)) throw new Error("Build the page first (vite build), then the worker (vite build --mode sw).");
  type Chunk = { file: string; css?: string[]; imports?: string[]; isEntry?: boolean };
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, Chunk>;
  const shell = new Set<string>(["/"]);
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || shell.has(`/${chunk.file}`)) return;
    shell.add(`/${chunk.file}`);
    for (const css of chunk.css ?? []) shell.add(`/${css}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit("index.html");
  // The compiler is imported dynamically, but the first preview needs it: it is shell too.
  visit("app/compile.ts");
  const hash = createHash("sha256");
  const assets: string[] = [];
  for (const file of listFiles(dist).sort()) {
    const path = `/${relative(dist, file).split("\\").join("/")}`;
    if (path.startsWith("/.vite/") || path === "/sw.js" || path === "/index.html") continue;
    hash.update(path).update(readFileSync(file));
    if (!shell.has(path)) assets.push(path);
  }
  return { version: hash.digest("hex").slice(0, 12), shell: [...shell], assets };
}

const page: UserConfig = {
  plugins: [onefileDts(), shellManifest(false), earlyStart()],
  resolve: { alias: { onefile: join(root, "core/index.ts") } },
  // The dev server discovers the worker's dependencies only when the worker first runs, which
  // would re-bundle them and reload the page; list them up front instead.
  optimizeDeps: {
    entries: ["index.html", "worker/sw.ts"],
    include: ["sucrase", "acorn", "acorn-walk", "nunjucks", "cookie", "fflate", "idb-keyval", "workbox-window"],
  },
  server: {
    host: "127.0.0.1",
    // The dev server serves the worker from /worker/sw.ts; this lets it control "/".
    headers: { "Service-Worker-Allowed": "/" },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    manifest: true,
    target: "es2022",
    chunkSizeWarningLimit: 8000,
  },
};

const worker: UserConfig = {
  plugins: [shellManifest(true)],
  publicDir: false,
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2022",
    copyPublicDir: false,
    rolldownOptions: {
      input: join(root, "worker/sw.ts"),
      output: { format: "iife", entryFileNames: "sw.js", codeSplitting: false },
    },
  },
};

export default defineConfig(({ mode }) => (mode === "sw" ? worker : page));
