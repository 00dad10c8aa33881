/**
 * `onefile/playwright`: check a single-file prototype in the onefile sandbox with Playwright.
 *
 * ```ts
 * import { test, expect } from "onefile/playwright";
 *
 * test("it greets", async ({ sandbox }) => {
 *   const preview = await sandbox.open(source);
 *   await expect(preview.locator("h1")).toHaveText("Hello, world");
 * });
 * ```
 *
 * The sandbox runs each project on its own origin, in a frame of another site. Chromium gives
 * such a frame a service worker only with storage partitioning, which real Chrome has on and
 * Playwright turns off; this module's `test` turns it back on (see {@link sandboxLaunchArgs}).
 */
import { test as base, expect, type FrameLocator, type Page } from "@playwright/test";

export type { SandboxApi, SandboxMessage } from "./api.ts";
export { expect };

/**
 * Chromium's `--disable-features` as Playwright sets it, without `ThirdPartyStoragePartitioning`.
 * Chromium keeps the last `--disable-features` it is given, so adding this one to a browser's
 * arguments restores partitioning (and Playwright's other choices).
 */
export const sandboxLaunchArgs: readonly string[] = [
  "--disable-features=" +
    [
      "AvoidUnnecessaryBeforeUnloadCheckSync",
      "DestroyProfileOnBrowserClose",
      "HttpsUpgrades",
      "HttpsFirstBalancedModeAutoEnable",
      "LensOverlay",
      "MediaRouter",
      "PaintHolding",
      "AvoidCorsURLLoaderRestartOnRedirect",
      "OptimizationHints",
      "NetworkTimeServiceQuerying",
    ].join(","),
];

/** How {@link Sandbox.open} shows the project. */
export interface OpenOptions {
  /** The path the preview opens at (default "/"). */
  path?: string;
  /** `full` (editor and preview, the default), `app` (the site alone) or `embed`. */
  view?: "full" | "app" | "embed";
}

/** The `sandbox` fixture. */
export interface Sandbox {
  /** The sandbox page itself (its editor, log, `window.sandbox`). */
  readonly page: Page;
  /**
   * Opens `source` (a whole single-file project) in the sandbox and resolves with the preview
   * frame once it shows; rejects with the sandbox's message if the code does not compile or
   * throws while loading.
   */
  open(source: string, options?: OpenOptions): Promise<FrameLocator>;
}

/** The fixture's options. */
export interface SandboxOptions {
  /** Where the sandbox is served (`npm start` prints it); default: the test's `baseURL`. */
  sandboxURL: string;
}

/**
 * Playwright's `test` with a `sandbox` fixture, and the browser launched as the sandbox needs.
 *
 * @example
 * test("the index links to seven", async ({ sandbox }) => {
 *   const preview = await sandbox.open(readFileSync("hello.ts", "utf8"));
 *   await preview.getByRole("link", { name: "seven" }).click();
 *   await expect(preview.locator("body")).toHaveText("Hello, 7");
 * });
 */
export const test = base.extend<{ sandbox: Sandbox } & SandboxOptions>({
  sandboxURL: [process.env["ONEFILE_SANDBOX_URL"] ?? "", { option: true }],
  launchOptions: [
    async ({ launchOptions }, use) => use({ ...launchOptions, args: [...(launchOptions.args ?? []), ...sandboxLaunchArgs] }),
    { scope: "worker" },
  ],
  sandbox: async ({ page, sandboxURL, baseURL }, use) => {
    const root = sandboxURL || baseURL;
    if (!root) throw new Error("Set the sandbox's URL: `use: { baseURL }` or `sandboxURL` in playwright.config, or ONEFILE_SANDBOX_URL.");
    await use({
      page,
      async open(source, { path = "/", view = "full" } = {}) {
        const query = new URLSearchParams({ path, ...(view === "full" ? {} : { view }) });
        await page.goto(`${new URL("/", root).href}?${query}#source=${encodeURIComponent(source)}`);
        await page.evaluate(() => window.sandbox.ready);
        const failure = page.locator("#preview-empty");
        if (await failure.isVisible()) {
          throw new Error(`The project did not run: ${await page.getByTestId("error").innerText()}`);
        }
        return page.frameLocator('[data-testid="preview"]');
      },
    });
  },
});
