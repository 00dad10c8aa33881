/**
 * Builds the sandbox into `dist/` (or `$ONEFILE_DIST`) in three passes:
 *
 * - `vite build` (default mode): the editor page, `index.html` + `app/`, into `dist/editor/`,
 *   with a manifest and its Content-Security-Policy in a `<meta>`.
 * - `vite build --mode shell`: the editor origin's service worker (worker/shell-sw.ts), which
 *   only caches the page for offline use, at `dist/editor/sw.js`. It reads the page build's
 *   manifest to learn which files make up the app shell.
 * - `vite build --mode preview`: what a project's preview origin serves, into
 *   `dist/preview/__onefile/`: the host page (app/preview-host/), the runner (worker/runner.ts,
 *   a dedicated worker with the core inside) and the service worker (worker/sw.ts).
 *
 * Build settings come from the environment (README, "Deploying the sandbox"):
 * ONEFILE_PREVIEW_ORIGIN, ONEFILE_EDITOR_ORIGINS, ONEFILE_EMBED_ORIGINS; ONEFILE_BENCH=1 adds
 * the benchmark's no-forwarding endpoint, and is never set for a production build.
 *
 * `npm run dev` serves the editor with hot reload and the preview origins from the built
 * `dist/preview/` (the dev script builds it first).
 */
import { defineConfig, type Plugin, type UserConfig } from "vite";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { coreDeclarations } from "./app/build/dts.ts";
import { editorPolicy } from "./app/build/csp.ts";
import { tutorialsPlugin } from "./app/build/tutorials-plugin.ts";
import { previewHostMatcher, servePreview } from "./app/dist-server.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const dist = resolve(root, process.env["ONEFILE_DIST"] ?? "dist");
const editorDist = join(dist, "editor");
const previewDist = join(dist, "preview");
const env = (name: string) => process.env[name]?.trim() ?? "";

/** The build settings the code reads (app/build-settings.ts); `__ONEFILE_BENCH__` is worker/sw.ts's. */
const settings = {
  __ONEFILE_PREVIEW_ORIGIN__: JSON.stringify(env("ONEFILE_PREVIEW_ORIGIN")),
  __ONEFILE_EDITOR_ORIGINS__: JSON.stringify(env("ONEFILE_EDITOR_ORIGINS")),
  __ONEFILE_EMBED_ORIGINS__: JSON.stringify(env("ONEFILE_EMBED_ORIGINS")),
  __ONEFILE_BENCH__: JSON.stringify(env("ONEFILE_BENCH") === "1"),
};

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

/** `virtual:onefile-shell`: what the editor's service worker precaches (empty under the dev server). */
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
 * Finishes the built page: its Content-Security-Policy as a `<meta>` (dist-server.ts sends it
 * as a header too), and preloads of what the page's small first script (app/start.ts) imports
 * dynamically: the rest of the page (app/main.ts) and the compiler the first preview needs.
 */
function finishPage(): Plugin {
  return {
    name: "onefile-finish-page",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((chunk) => chunk.type === "chunk");
        const files = new Set<string>();
        const visit = (chunk: (typeof chunks)[number] | undefined) => {
          if (!chunk || files.has(chunk.fileName)) return;
          files.add(chunk.fileName);
          for (const imported of chunk.imports) visit(chunks.find((c) => c.fileName === imported));
        };
        for (const entry of ["/app/main.ts", "/app/compile.ts"]) visit(chunks.find((chunk) => chunk.facadeModuleId?.endsWith(entry)));
        return [
          { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: editorPolicy(env("ONEFILE_PREVIEW_ORIGIN")) }, injectTo: "head-prepend" as const },
          ...[...files]
            .filter((file) => !html.includes(`/${file}"`))
            .map((file) => ({ tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: `/${file}` }, injectTo: "head" as const })),
        ];
      },
    },
  };
}

/** Development server: preview hosts get the built preview files, as from dist-server.ts. */
function previewOrigins(): Plugin {
  const isPreview = previewHostMatcher(env("ONEFILE_PREVIEW_ORIGIN"));
  return {
    name: "onefile-preview-origins",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!isPreview(req.headers.host ?? "")) return next();
        const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
        servePreview(req, res, previewDist, pathname, { editorOrigins: env("ONEFILE_EDITOR_ORIGINS") }).catch(next);
      });
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
  const manifestPath = join(editorDist, ".vite", "manifest.json");
  if (!existsSync(manifestPath)) throw new Error("Build the page first (vite build), then its worker (vite build --mode shell).");
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
  // The rest of the page and the compiler are imported dynamically (app/start.ts), but every
  // visit needs them: they are shell too.
  visit("app/main.ts");
  visit("app/compile.ts");
  const hash = createHash("sha256");
  const assets: string[] = [];
  for (const file of listFiles(editorDist).sort()) {
    const path = `/${relative(editorDist, file).split("\\").join("/")}`;
    if (path.startsWith("/.vite/") || path === "/sw.js" || path === "/index.html") continue;
    hash.update(path).update(readFileSync(file));
    if (!shell.has(path)) assets.push(path);
  }
  return { version: hash.digest("hex").slice(0, 12), shell: [...shell], assets };
}

const page: UserConfig = {
  plugins: [onefileDts(), shellManifest(false), finishPage(), previewOrigins(), tutorialsPlugin(root)],
  define: settings,
  resolve: { alias: { onefile: join(root, "core/index.ts") } },
  optimizeDeps: {
    entries: ["index.html"],
    include: ["sucrase", "acorn", "acorn-walk", "fflate", "idb-keyval", "workbox-window", "@jridgewell/sourcemap-codec"],
  },
  server: { host: "127.0.0.1" },
  build: {
    outDir: editorDist,
    emptyOutDir: true,
    manifest: true,
    target: "es2022",
    chunkSizeWarningLimit: 8000,
  },
};

const shellWorker: UserConfig = {
  plugins: [shellManifest(true)],
  publicDir: false,
  define: settings,
  build: {
    outDir: editorDist,
    emptyOutDir: false,
    target: "es2022",
    copyPublicDir: false,
    rolldownOptions: {
      input: join(root, "worker/shell-sw.ts"),
      output: { format: "iife", entryFileNames: "sw.js", codeSplitting: false },
    },
  },
};

const preview: UserConfig = {
  root: join(root, "app/preview-host"),
  base: "/__onefile/",
  publicDir: false,
  define: settings,
  worker: { format: "es" },
  build: {
    outDir: join(previewDist, "__onefile"),
    emptyOutDir: true,
    target: "es2022",
    copyPublicDir: false,
    chunkSizeWarningLimit: 8000,
    rolldownOptions: {
      input: { host: join(root, "app/preview-host/host.html"), sw: join(root, "worker/sw.ts") },
      output: { entryFileNames: (chunk) => (chunk.name === "sw" ? "sw.js" : "assets/[name]-[hash].js") },
    },
  },
};

export default defineConfig(({ mode }) => (mode === "shell" ? shellWorker : mode === "preview" ? preview : page));
