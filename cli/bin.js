#!/usr/bin/env node
// The `onefile` command. Plain JavaScript so that Node runs it as it is, from a checkout
// (cli/bin.js, beside the TypeScript sources) and from the package (lib/cli/bin.js, compiled).
// It registers tsx (TypeScript with source maps, so errors point at the user's own lines) for
// the user's file, then loads the command-line code: main.ts here, main.js in the package.
import { existsSync } from "node:fs";
import { register as registerHooks } from "node:module";
import { register as registerEsm } from "tsx/esm/api";
import { register as registerCjs } from "tsx/cjs/api";
import { imported } from "./imports.js";

// First, so that it runs after tsx's resolve and can mark the user's .ts files as ES modules.
registerHooks("./module-format.js", import.meta.url);
// Running from the sources, `import "onefile"` in the user's file loads the sources too.
if (existsSync(new URL("./main.ts", import.meta.url))) registerHooks("./source-condition.js", import.meta.url);
registerEsm({ onImport: (url) => imported.add(url) });
registerCjs();
const { main } = await import("./main.ts");
await main(process.argv.slice(2));
