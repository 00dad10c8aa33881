import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import pkg from "./package.json" with { type: "json" };

/**
 * "onefile", "onefile/test", …: examples, tutorials and tests import them exactly as a user's
 * project does; here they resolve to the TypeScript sources (the package exports'
 * "onefile-source" condition) rather than to the compiled lib/. Exact matches, so one does not
 * swallow another.
 */
const sources = Object.entries(pkg.exports).flatMap(([subpath, target]) =>
  typeof target === "object"
    ? [{ find: new RegExp(`^onefile${subpath.slice(1).replace(/\//g, "\\/")}$`), replacement: fileURLToPath(new URL(target["onefile-source"], import.meta.url)) }]
    : [],
);

export default defineConfig({
  resolve: { alias: sources },
  test: {
    include: ["core/**/*.test.ts", "cli/**/*.test.ts", "worker/**/*.test.ts", "app/**/*.test.ts", "examples/**/*.test.ts", "bench/**/*.test.ts", "tutorials/**/*.test.ts", "package/*.test.ts"],
    // Fixtures and examples/grown are projects whose tests the onefile command runs (see
    // cli/test-command.test.ts), not test files of this repo.
    exclude: ["node_modules", "dist", "lib", "e2e", "**/testing/fixtures/**", "examples/grown/**"],
    // Several tests start real servers and child processes; on a shared 2-core machine that
    // can take longer than Vitest's 5 s default without anything being wrong.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
