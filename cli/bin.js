#!/usr/bin/env node
// The `onefile` command. Plain JavaScript so that it runs wherever onefile is installed; it
// registers tsx (TypeScript with source maps, so errors point at the user's own lines) and then
// loads the command-line code, which is TypeScript like the user's file.
import { register as registerHooks } from "node:module";
import { register as registerEsm } from "tsx/esm/api";
import { register as registerCjs } from "tsx/cjs/api";
import { imported } from "./imports.js";

// First, so that it runs after tsx's resolve and can mark the user's .ts files as ES modules.
registerHooks("./module-format.js", import.meta.url);
registerEsm({ onImport: (url) => imported.add(url) });
registerCjs();
const { main } = await import("./main.ts");
await main(process.argv.slice(2));
