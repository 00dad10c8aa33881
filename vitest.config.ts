import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    // Examples and tutorials import "onefile" (and "onefile/test") exactly as a user's project
    // does; point them at the source. Exact matches, so one does not swallow the other.
    alias: [
      { find: /^onefile$/, replacement: fileURLToPath(new URL("./core/index.ts", import.meta.url)) },
      { find: /^onefile\/test$/, replacement: fileURLToPath(new URL("./core/test/index.ts", import.meta.url)) },
    ],
  },
  test: {
    include: ["core/**/*.test.ts", "cli/**/*.test.ts", "worker/**/*.test.ts", "app/**/*.test.ts", "examples/**/*.test.ts", "bench/**/*.test.ts", "tutorials/**/*.test.ts"],
    // Fixtures and examples/grown are projects whose tests the onefile command runs (see
    // cli/test-command.test.ts), not test files of this repo.
    exclude: ["node_modules", "dist", "e2e", "**/testing/fixtures/**", "examples/grown/**"],
    // Several tests start real servers and child processes; on a shared 2-core machine that
    // can take longer than Vitest's 5 s default without anything being wrong.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
