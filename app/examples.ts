/**
 * The examples gallery: every single-file project in `examples/`, bundled as text.
 */
const files = import.meta.glob<string>("../examples/*.ts", { query: "?raw", import: "default", eager: true });

/**
 * Example name (file name without `.ts`) → source, in alphabetical order, tests excluded.
 * Examples with models (polls, blog) are left out until the sandbox has its own database.
 */
export const examples: Record<string, string> = Object.fromEntries(
  Object.entries(files)
    .map(([path, source]) => [path.replace(/^.*\//, "").replace(/\.ts$/, ""), source] as const)
    .filter(([name, source]) => !name.endsWith(".test") && !/\bapp\.Model\(/.test(source))
    .sort(([a], [b]) => a.localeCompare(b)),
);

/** The example a new sandbox opens with. */
export const DEFAULT_EXAMPLE = "hello";
