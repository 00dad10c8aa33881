/**
 * End-to-end tests of the sandbox in Chromium (Debian's, or CHROMIUM_PATH). The web server is
 * the production build served by app/dist-server.ts, exactly what `npm start` runs.
 */
import { defineConfig } from "@playwright/test";
import fs from "node:fs";
import { register } from "node:module";
import { sandboxLaunchArgs } from "./playwright/index.ts";

// Specs import "onefile/playwright" as a user's would; here it resolves to the TypeScript source
// (the exports' "onefile-source" condition), not to a lib/ that may be stale or not built.
register("./cli/source-condition.js", import.meta.url);

const port = Number(process.env["SANDBOX_PORT"] ?? 4173);
const ci = Boolean(process.env["CI"]);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  // Generous: the machine is shared, and Monaco's TypeScript worker alone is seconds of CPU.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // The machine has two cores shared with everything else: keep the browser load modest.
  workers: ci ? 1 : 2,
  retries: ci ? 1 : 0,
  reporter: ci ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env["CHROMIUM_PATH"] || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
      // sandboxLaunchArgs: storage partitioning back on, as in Chrome (see playwright/index.ts).
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", ...sandboxLaunchArgs],
    },
  },
  webServer: {
    command: `npm run build && npx tsx app/dist-server.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !ci,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
