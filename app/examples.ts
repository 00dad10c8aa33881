/**
 * The examples gallery: every single-file project in `examples/`, bundled as text.
 */
const files = import.meta.glob<string>("../examples/*.ts", { query: "?raw", import: "default", eager: true });

/**
 * Example name (file name without `.ts`) → source, in alphabetical order, tests excluded.
 */
export const examples: Record<string, string> = Object.fromEntries(
  Object.entries(files)
    .map(([path, source]) => [path.replace(/^.*\//, "").replace(/\.ts$/, ""), source] as const)
    .filter(([name]) => !name.endsWith(".test"))
    .sort(([a], [b]) => a.localeCompare(b)),
);

/** The example a new sandbox opens with. */
export const DEFAULT_EXAMPLE = "hello";
